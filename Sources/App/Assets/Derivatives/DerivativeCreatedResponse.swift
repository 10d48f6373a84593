import Foundation
import Vapor

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
