import Fluent
import Vapor

/// Who derives from whom: an asset's derivatives and parents (paged), the caller's own
/// relationships, and the lineage graph.
enum LineageController {
    /// `GET /api/assets/{uuid}/derivatives/` — the asset's visible derivatives, newest first.
    static func derivatives(req: Request) async throws -> Page<LinkedAssetSummary> {
        try await linked(req, side: \.$child, asset: \.$parent)
    }

    /// `GET /api/assets/{uuid}/parents/` — the asset's visible parents.
    static func parents(req: Request) async throws -> Page<LinkedAssetSummary> {
        try await linked(req, side: \.$parent, asset: \.$child)
    }

    private static func linked(
        _ req: Request, side: KeyPath<DerivativeLink, ParentProperty<DerivativeLink, Asset>>,
        asset anchor: KeyPath<DerivativeLink, ParentProperty<DerivativeLink, Asset>>
    ) async throws -> Page<LinkedAssetSummary> {
        let asset = try await req.visibleAssetParameter()
        let viewer = req.auth.get(Principal.self)?.user.id
        let page = try PageRequest(from: req)
        let query = DerivativeLink.query(on: req.db).filter(anchor.appending(path: \.$id) == (try asset.requireID()))
            .join(parent: side)
        AssetVisibility.restrict(query, visibleTo: viewer)
        query.sort(Asset.self, \.$createdAt, .descending).sort(Asset.self, \.$id)
        let (links, count) = try await query.paginate(page)
        let others = try links.map { try $0.joined(Asset.self) }
        let owners = try await Self.owners(of: others, on: req.db)
        let results = try zip(links, others).map { link, other in
            LinkedAssetSummary(
                uuid: try other.requireID(), title: other.title, relationshipType: link.relationshipType,
                attributionPercentage: link.attributionPercentage, creator: try CreatorSummary(owners[other.$owner.id]!)
            )
        }
        return Page(results: results, count: count, request: page, for: req)
    }

    static func owners(of assets: [Asset], on database: any Database) async throws -> [UUID: User] {
        let ids = Array(Set(assets.map { $0.$owner.id }))
        guard !ids.isEmpty else { return [:] }
        var owners: [UUID: User] = [:]
        for user in try await User.query(on: database).filter(\.$id ~~ ids).all() {
            owners[try user.requireID()] = user
        }
        return owners
    }

    struct Relationship: Content {
        struct Side: Content {
            let uuid: UUID
            let title: String
            let mediaURL: String
            let ipID: String?

            enum CodingKeys: String, CodingKey {
                case uuid, title
                case mediaURL = "media_url"
                case ipID = "ip_id"
            }

            init(_ asset: Asset) throws {
                uuid = try asset.requireID()
                title = asset.title
                mediaURL = asset.mediaURL
                ipID = asset.ipID
            }
        }

        let uuid: UUID
        let childAsset: Side
        let parentAsset: Side
        let relationshipType: RelationshipType
        let attributionPercentage: Double
        let licenseTermsID: String
        let txHash: String?
        let createdAt: Date?

        enum CodingKeys: String, CodingKey {
            case uuid
            case childAsset = "child_asset"
            case parentAsset = "parent_asset"
            case relationshipType = "relationship_type"
            case attributionPercentage = "attribution_percentage"
            case licenseTermsID = "license_terms_id"
            case txHash = "tx_hash"
            case createdAt = "created_at"
        }
    }

    /// `GET /api/assets/derivatives/` — every link where the caller owns the parent or the child
    /// (and may see the other side), newest first.
    static func relationships(req: Request) async throws -> Page<Relationship> {
        let user = try req.requireUser().requireID()
        let page = try PageRequest(from: req)
        let query = DerivativeLink.query(on: req.db)
            .join(ParentSide.self, on: \DerivativeLink.$parent.$id == \ParentSide.$id)
            .join(ChildSide.self, on: \DerivativeLink.$child.$id == \ChildSide.$id)
            .group(.or) {
                $0.filter(ParentSide.self, \.$owner.$id == user).filter(ChildSide.self, \.$owner.$id == user)
            }
        // The other side must be visible too: the caller's own, or public.
        AssetVisibility.restrict(query, table: ParentSide.name, visibleTo: user)
        AssetVisibility.restrict(query, table: ChildSide.name, visibleTo: user)
        query.with(\.$parent).with(\.$child).sort(\.$createdAt, .descending).sort(\.$id)
        let (links, count) = try await query.paginate(page)
        let results = try links.map { link in
            Relationship(
                uuid: try link.requireID(), childAsset: try .init(link.child), parentAsset: try .init(link.parent),
                relationshipType: link.relationshipType, attributionPercentage: link.attributionPercentage,
                licenseTermsID: link.licenseTermsID, txHash: link.txHash, createdAt: link.createdAt)
        }
        return Page(results: results, count: count, request: page, for: req)
    }

    /// `GET /api/assets/{uuid}/lineage/?depth=N` — ancestors and descendants up to N generations
    /// (default 3, at most 10) as nodes and edges.
    static func lineage(req: Request) async throws -> Lineage.Graph {
        let asset = try await req.visibleAssetParameter()
        var depth = Lineage.defaultDepth
        if let raw = req.query[String.self, at: "depth"] {
            guard let value = Int(raw), (1...Lineage.maximumDepth).contains(value) else {
                throw APIError.validation(["depth": ["A whole number from 1 to \(Lineage.maximumDepth)."]])
            }
            depth = value
        }
        return try await Lineage.graph(
            of: asset, depth: depth, viewer: req.auth.get(Principal.self)?.user.id, on: req.db)
    }
}

/// The two ends of a link, joined under their own names.
final class ParentSide: ModelAlias {
    static let name = "parent_side"
    let model = Asset()
}

final class ChildSide: ModelAlias {
    static let name = "child_side"
    let model = Asset()
}
