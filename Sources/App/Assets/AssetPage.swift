import Foundation
import Vapor

/// `GET /assets/{uuid}`: an asset's page — the NFT metadata's `external_url`. Shown to whoever
/// may see the asset (the same rule as the API); everyone else gets the 404 page.
enum AssetPage {
    struct Context: Encodable {
        struct Linked: Encodable {
            let title: String
            let url: String
            let creator: String
            let relationship: String
        }

        let title: String
        let description: String
        let assetType: String
        let creator: String
        let creatorAddress: String
        let mediaURL: String
        /// `image`, `audio`, `video` or nil: how the page shows the media.
        let mediaKind: String?
        let licenseType: String
        let commercialUse: Bool
        let derivativesAllowed: Bool
        let royaltyPercentage: String
        let registrationStatus: String
        let ipID: String?
        let parents: [Linked]
        let derivatives: [Linked]
        let derivativesCount: Int
    }

    static func show(req: Request) async throws -> View {
        let asset = try await req.visibleAssetParameter()
        let viewer = req.auth.get(Principal.self)?.user.id
        let (parents, derivatives) = try await AssetLinks.summaries(of: asset, visibleTo: viewer, on: req.db)
        let response = try AssetResponse(asset)
        func linked(_ summary: LinkedAssetSummary) -> Context.Linked {
            Context.Linked(
                title: summary.title, url: SiteURL.asset(.value(summary.uuid)).path,
                creator: summary.creator.username, relationship: summary.relationshipType.rawValue)
        }
        let media = asset.mediaType ?? ""
        let kind = ["image", "audio", "video"].first { media.hasPrefix($0 + "/") }
        let context = Context(
            title: asset.title, description: asset.description, assetType: asset.assetType.rawValue,
            creator: response.creator.username, creatorAddress: response.creator.walletAddress,
            mediaURL: SiteURL.content(cid: .value(asset.mediaCID)).path, mediaKind: kind,
            licenseType: response.license.licenseType, commercialUse: response.license.commercialUse,
            derivativesAllowed: response.license.derivativesAllowed,
            royaltyPercentage: String(format: "%g", response.license.royaltyPercentage),
            registrationStatus: asset.registrationStatus.rawValue, ipID: asset.ipID,
            parents: parents.map(linked), derivatives: derivatives.map(linked),
            derivativesCount: asset.derivativesCount)
        return try await req.view.render("asset", context)
    }
}
