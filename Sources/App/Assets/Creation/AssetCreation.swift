import Fluent
import Foundation
import IPFS
import Story
import Vapor

/// `POST /api/assets/`'s body (the license fields are read by ``LicenseFields``).
struct CreateAssetRequest: Codable, Sendable {
    var title: String
    var description: String
    var assetType: String
    var mediaURL: String

    enum CodingKeys: String, CodingKey {
        case title, description
        case assetType = "asset_type"
        case mediaURL = "media_url"
    }
}

/// Validated creation input: an asset row ready to save.
enum AssetCreation {
    /// Checks every field (400 with each field's problems), then the media against the content
    /// store and the asset type (422), then builds the row.
    static func makeAsset(
        _ request: CreateAssetRequest, license: LicenseSelection?, owner: User, contentStore: any ContentStore
    ) async throws -> Asset {
        var problems: [String: [String]] = [:]
        // The same length rules as editing (AssetEdit); a new asset also needs a description.
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = AssetEdit.titleProblem(title) { problems["title"] = [problem] }
        let description = request.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty { problems["description"] = ["This field may not be blank."] }
        if let problem = AssetEdit.descriptionProblem(description) { problems["description"] = [problem] }
        let assetType = AssetType(rawValue: request.assetType)
        if assetType == nil {
            problems["asset_type"] = ["Invalid choice. Must be one of: \(AssetType.choices)."]
        }
        let cid = mediaCID(request.mediaURL)
        if cid == nil { problems["media_url"] = ["Expected ipfs://<cid> of an uploaded file."] }
        guard problems.isEmpty, let assetType, let cid else { throw APIError.validation(problems) }

        guard let media = try await contentStore.open(cid) else {
            throw APIError(
                .unprocessableEntity, "Media not found",
                detail:
                    "media_url does not point at stored content; upload the file first (POST /api/assets/upload-to-ipfs/).",
                fieldErrors: ["media_url": ["No stored content has this CID."]])
        }
        guard assetType.accepts(media.mimeType) else {
            throw APIError(
                .unprocessableEntity, "Media type not accepted",
                detail: "A \(assetType.rawValue) asset cannot be made from a file of type \(media.mimeType).",
                fieldErrors: ["media_url": ["\(media.mimeType) is not accepted for \(assetType.rawValue)."]])
        }

        let asset = Asset()
        asset.id = UUID()
        asset.$owner.id = try owner.requireID()
        asset.$owner.value = owner
        asset.title = title
        asset.description = description
        asset.assetType = assetType
        asset.mediaCID = media.cid.description
        asset.mediaURL = "ipfs://\(media.cid)"
        asset.mediaType = media.mimeType
        asset.mediaSize = media.size
        asset.mediaHash = media.sha256.map { "0x" + $0 }
        if let license { apply(license, to: asset) }
        asset.licenseTermsIDs = []
        asset.registrationStatus = .initial
        asset.creationStep = .mediaUpload
        asset.stepData = "{}"
        asset.registrationAttempts = 0
        asset.isArchived = false
        asset.derivativesCount = 0
        asset.favoritesCount = 0
        return asset
    }

    /// Describes the license on the row (and keeps the exact terms).
    static func apply(_ license: LicenseSelection, to asset: Asset) {
        asset.licenseType = license.licenseType
        asset.commercialUse = license.terms.commercialUse
        asset.derivativesAllowed = license.terms.derivativesAllowed
        asset.commercialRevShare = Int64(license.terms.commercialRevShare)
        asset.mintingFee = String(license.terms.defaultMintingFee)
        asset.licenseTerms = license.storedTerms
    }

    /// The CID of `ipfs://<cid>` (CIDv1 or v0), or nil.
    static func mediaCID(_ url: String) -> CID? {
        guard url.hasPrefix("ipfs://") else { return nil }
        let rest = url.dropFirst("ipfs://".count).split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return CID(rest)
    }

    /// Saves the row (and, for a derivative, its links) and enqueues its pipeline; returns the
    /// job's id. Idle workers start it at once —
    /// unless the caller `runsInline` (claims the job itself right away): then the job is held
    /// back from the workers for one lease, and is theirs only if that request never ran it.
    @discardableResult
    static func start(
        _ asset: Asset, links: [DerivativeLink] = [], now: Date, queue: JobQueue, runsInline: Bool = false,
        on database: any Database
    ) async throws -> UUID? {
        let runAt = runsInline ? now.addingTimeInterval(queue.lease) : now
        let jobID = try await database.transaction { transaction in
            try await asset.save(on: transaction)
            for link in links { try await link.save(on: transaction) }
            return try await enqueuePipeline(for: asset, runAt: runAt, now: now, queue: queue, on: transaction)
        }
        if !runsInline { queue.wakeUp.signal() }
        return jobID
    }

    /// Enqueues the asset's pipeline; returns the job's id. One job per creation or retry: a
    /// new asset has none, and a retry first moves its asset out of `failed` (one request wins).
    @discardableResult
    static func enqueuePipeline(
        for asset: Asset, runAt: Date? = nil, now: Date, queue: JobQueue, on database: any Database
    ) async throws -> UUID? {
        try await queue.enqueueReturningID(
            kind: CreationPipeline.kind, payload: CreationPipeline.Payload(assetID: try asset.requireID()),
            runAt: runAt ?? now, now: now, maxAttempts: 5, on: database)
    }
}
