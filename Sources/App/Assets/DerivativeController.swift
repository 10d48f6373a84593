import Fluent
import Story
import Vapor

/// Remixing: creating derivatives of 1-10 parents, and reading who derives from whom.
struct DerivativeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assets = routes.grouped("assets")
        let writes = assets.grouped(RateLimitMiddleware(group: .assetWrite), RequireUser())
        writes.on(.POST, "derivatives", body: .collect(maxSize: "64kb"), use: createSingleParent)
        writes.on(.POST, "create_multi_parent_derivative", body: .collect(maxSize: "64kb"), use: createMultiParent)
    }

    /// `POST /api/assets/derivatives/`'s body: one parent.
    struct SingleParentRequest: Codable, Sendable {
        var parentAssetUUID: UUID
        var licenseTermsID: String?
        var childTitle: String
        var childDescription: String
        var childMediaURL: String
        var childAssetType: String?
        var relationshipType: String?
        var royaltyPercentage: Double?
        var maxMintingFee: String?
        var licenseType: String?

        enum CodingKeys: String, CodingKey {
            case parentAssetUUID = "parent_asset_uuid"
            case licenseTermsID = "license_terms_id"
            case childTitle = "child_title"
            case childDescription = "child_description"
            case childMediaURL = "child_media_url"
            case childAssetType = "child_asset_type"
            case relationshipType = "relationship_type"
            case royaltyPercentage = "royalty_percentage"
            case maxMintingFee = "max_minting_fee"
            case licenseType = "license_type"
        }
    }

    func createSingleParent(req: Request) async throws -> Response {
        let body = try req.content.decode(SingleParentRequest.self)
        let request = DerivativeRequest(
            parentAssets: [.init(assetUUID: body.parentAssetUUID, attributionPercentage: 100, licenseTermsID: body.licenseTermsID)],
            childTitle: body.childTitle, childDescription: body.childDescription, childMediaURL: body.childMediaURL,
            childAssetType: body.childAssetType, relationshipType: body.relationshipType,
            royaltyPercentage: body.royaltyPercentage, maxMintingFee: body.maxMintingFee, licenseType: body.licenseType)
        return try await create(request, req: req)
    }

    func createMultiParent(req: Request) async throws -> Response {
        try await create(try req.content.decode(DerivativeRequest.self), req: req)
    }

    /// Saves the child and its links, then registers it at once (as a worker would), so that a
    /// protocol rule the ledger enforces comes back as a 422 and the refused child is removed.
    /// If registration cannot finish now (an upstream failure), the child stays pending and the
    /// job carries on in the background.
    private func create(_ request: DerivativeRequest, req: Request) async throws -> Response {
        let user = try req.requireUser()
        let services = req.lore
        let prepared = try await DerivativeCreation.prepare(
            request, owner: user, viewer: try user.requireID(), ledger: services.ledger,
            contentStore: services.contentStore, on: req.db)
        let child = prepared.child
        guard let jobID = try await AssetCreation.start(
            child, links: prepared.links, now: services.clock.now(), queue: services.jobQueue, on: req.db)
        else { throw APIError(.internalServerError, "Could not schedule the registration") }

        if case .failed(let error) = try await req.application.makeJobWorker().runNow(jobID: jobID),
           let refusal = (error as? PermanentJobFailure)?.underlying as? StoryError
        {
            try await req.db.transaction { transaction in
                try await Job.query(on: transaction).filter(\.$id == jobID).delete()
                try await child.delete(on: transaction)
            }
            throw LedgerRefusal.apiError(refusal, what: "The ledger refused this derivative")
        }
        guard let saved = try await AssetQueries.find(try child.requireID(), on: req.db) else {
            throw AssetQueries.notFound
        }
        let links = try await DerivativeLink.query(on: req.db).filter(\.$child.$id == saved.requireID())
            .with(\.$parent) { $0.with(\.$owner) }.sort(\.$position).all()
        let response = try DerivativeCreatedResponse(child: saved, links: links)
        return try await response.encodeResponse(status: .created, for: req)
    }
}

/// The created derivative: the child (as any asset) and its links to its parents.
struct DerivativeCreatedResponse: Content {
    struct ParentLink: Content {
        let uuid: UUID
        let title: String
        let ipID: String?
        let attributionPercentage: Double
        let licenseTermsID: String
        let creator: CreatorSummary

        enum CodingKeys: String, CodingKey {
            case uuid, title, creator
            case ipID = "ip_id"
            case attributionPercentage = "attribution_percentage"
            case licenseTermsID = "license_terms_id"
        }
    }

    let childAsset: AssetResponse
    let parentAssets: [ParentLink]
    let relationshipType: RelationshipType
    let txHash: String?

    enum CodingKeys: String, CodingKey {
        case childAsset = "child_asset"
        case parentAssets = "parent_assets"
        case relationshipType = "relationship_type"
        case txHash = "tx_hash"
    }

    init(child: Asset, links: [DerivativeLink]) throws {
        childAsset = try AssetResponse(child)
        parentAssets = try links.map { link in
            ParentLink(
                uuid: try link.parent.requireID(), title: link.parent.title, ipID: link.parent.ipID,
                attributionPercentage: link.attributionPercentage, licenseTermsID: link.licenseTermsID,
                creator: try CreatorSummary(link.parent.owner))
        }
        relationshipType = links.first?.relationshipType ?? .remix
        txHash = child.txHash
    }
}
