import Fluent
import Foundation
import Vapor

/// An asset linked to another by a derivative link, as the asset detail shows it.
struct LinkedAssetSummary: Content {
    let uuid: UUID
    let title: String
    let relationshipType: RelationshipType
    /// The parent's share of the child's attribution, in percent.
    let attributionPercentage: Double
    let creator: CreatorSummary

    enum CodingKeys: String, CodingKey {
        case uuid, title, creator
        case relationshipType = "relationship_type"
        case attributionPercentage = "attribution_percentage"
    }
}

/// An asset's parents and derivatives from `derivative_links`, each side filtered by the same
/// visibility rule as the asset itself, in three queries whatever their number (links joined
/// to their assets, one per side, then every creator at once).
enum AssetLinks {
    /// The detail shows at most this many derivatives, newest first; `derivatives_count` has
    /// the total and the derivatives endpoint pages through them all.
    static let derivativesShown = 100

    static func summaries(
        of asset: Asset, visibleTo viewer: UUID?, on database: any Database
    ) async throws -> (parents: [LinkedAssetSummary], derivatives: [LinkedAssetSummary]) {
        let id = try asset.requireID()
        let parentsQuery = DerivativeLink.query(on: database).filter(\.$child.$id == id).join(parent: \.$parent)
        AssetVisibility.restrict(parentsQuery, visibleTo: viewer)
        let parentLinks =
            try await parentsQuery
            .sort(\.$attributionPercentage, .descending).sort(Asset.self, \.$createdAt).sort(Asset.self, \.$id)
            .all()
        let derivativesQuery = DerivativeLink.query(on: database).filter(\.$parent.$id == id).join(parent: \.$child)
        AssetVisibility.restrict(derivativesQuery, visibleTo: viewer)
        let derivativeLinks =
            try await derivativesQuery
            .sort(Asset.self, \.$createdAt, .descending).sort(Asset.self, \.$id, .descending)
            .limit(derivativesShown)
            .all()

        let parents = try parentLinks.map { ($0, try $0.joined(Asset.self)) }
        let derivatives = try derivativeLinks.map { ($0, try $0.joined(Asset.self)) }
        let ownerIDs = Set((parents + derivatives).map { $0.1.$owner.id })
        var owners: [UUID: User] = [:]
        if !ownerIDs.isEmpty {
            for user in try await User.query(on: database).filter(\.$id ~~ Array(ownerIDs)).all() {
                owners[try user.requireID()] = user
            }
        }
        func summary(_ pair: (DerivativeLink, Asset)) throws -> LinkedAssetSummary {
            let (link, linked) = pair
            guard let owner = owners[linked.$owner.id] else {
                throw APIError(.internalServerError, "Asset owner missing")
            }
            return LinkedAssetSummary(
                uuid: try linked.requireID(), title: linked.title, relationshipType: link.relationshipType,
                attributionPercentage: link.attributionPercentage, creator: try CreatorSummary(owner))
        }
        return (try parents.map(summary), try derivatives.map(summary))
    }
}
