import Fluent
import SQLKit
import Vapor

/// Creating assets and resuming their creation (`POST /api/assets/`, `retry_registration`,
/// `retry_creation`). Creation answers 201 at once; the pipeline job does the rest.
enum AssetCreationController {
    /// `POST /api/assets/` — validates, saves the asset (`pending`, `media_upload`), enqueues
    /// its pipeline and answers 201 with it.
    static func create(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.content.decode(CreateAssetRequest.self)
        let licenseRequest = try req.content.decode(LicenseFields.self)
        let services = req.lore
        let license = try LicenseSelection.make(licenseRequest, deployment: services.ledger.deployment)
        try await LicenseSelection.checkWithLedger(license, ledger: services.ledger)
        let asset = try await AssetCreation.makeAsset(
            body, license: license, owner: user, contentStore: services.contentStore)
        try await AssetCreation.start(asset, now: services.clock.now(), queue: services.jobQueue, on: req.db)
        return try await AssetResponse(asset).encodeResponse(status: .created, for: req)
    }

    struct RetryResponse: Content {
        let success: Bool
        let message: String
        let asset: AssetResponse
    }

    /// `POST /api/assets/{uuid}/retry_registration/` — redoes only the ledger registration.
    static func retryRegistration(req: Request) async throws -> RetryResponse {
        let asset = try await req.ownedAssetParameter()
        guard asset.registrationStatus == .failed, let failed = asset.failedAtStep else {
            throw APIError.conflict(
                "Only a failed asset can be retried (this one is \(asset.registrationStatus.rawValue)).")
        }
        guard failed == .storyRegistration || failed == .licenseAttachment else {
            throw APIError.conflict(
                "This asset failed at \(failed.rawValue), before registration; use retry_creation to resume from there."
            )
        }
        try await resume(asset, at: failed, req: req)
        return RetryResponse(success: true, message: "Registration retry initiated", asset: try AssetResponse(asset))
    }

    /// `POST /api/assets/{uuid}/retry_creation/` — resumes from the failed step with what the
    /// earlier steps recorded.
    static func retryCreation(req: Request) async throws -> RetryResponse {
        let asset = try await req.ownedAssetParameter()
        guard asset.registrationStatus == .failed, let failed = asset.failedAtStep else {
            throw APIError.conflict(
                "Only a failed asset can be retried (this one is \(asset.registrationStatus.rawValue)).")
        }
        try await resume(asset, at: failed, req: req)
        return RetryResponse(success: true, message: "Creation retry initiated", asset: try AssetResponse(asset))
    }

    /// Moves the asset from `failed` to `retrying` — one request wins when several race: the
    /// others are 409 — and enqueues one pipeline job from `step`.
    private static func resume(_ asset: Asset, at step: CreationStep, req: Request) async throws {
        let services = req.lore
        try await req.db.transaction { transaction in
            guard try await RegistrationRetry.claim(asset, resumingAt: step, on: transaction) else {
                throw APIError.conflict("This asset is already being retried.")
            }
            try await asset.save(on: transaction)
            try await AssetCreation.enqueuePipeline(
                for: asset, now: services.clock.now(), queue: services.jobQueue, on: transaction)
        }
        services.jobQueue.wakeUp.signal()
    }
}
