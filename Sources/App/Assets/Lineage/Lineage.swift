import Fluent
import Foundation
import Vapor

/// An asset's genealogy for the lineage view: its ancestors and descendants up to a depth, as
/// nodes and edges. Only assets the viewer may see appear, and the walk never passes through
/// one they may not (that would reveal it). One query per generation and direction.
enum Lineage {
    static let defaultDepth = 3
    static let maximumDepth = 10
    /// A graph larger than this is cut off (`truncated`).
    static let maximumNodes = 500

    struct Node: Content {
        let uuid: UUID
        let title: String
        let assetType: AssetType
        let mediaURL: String
        let ipID: String?
        /// 0 for the asset itself, negative for ancestors (−1 parents), positive for descendants.
        let generation: Int
        let creator: CreatorSummary

        enum CodingKeys: String, CodingKey {
            case uuid, title, generation, creator
            case assetType = "asset_type"
            case mediaURL = "media_url"
            case ipID = "ip_id"
        }
    }

    struct Edge: Content {
        let parent: UUID
        let child: UUID
        let relationshipType: RelationshipType
        let attributionPercentage: Double
        let licenseTermsID: String

        enum CodingKeys: String, CodingKey {
            case parent, child
            case relationshipType = "relationship_type"
            case attributionPercentage = "attribution_percentage"
            case licenseTermsID = "license_terms_id"
        }
    }

    struct Graph: Content {
        let root: UUID
        let depth: Int
        let nodes: [Node]
        let edges: [Edge]
        let truncated: Bool
    }

    static func graph(of root: Asset, depth: Int, viewer: UUID?, on database: any Database) async throws -> Graph {
        let rootID = try root.requireID()
        var assets: [UUID: Asset] = [rootID: root]
        var generations: [UUID: Int] = [rootID: 0]
        var edges: [UUID: Edge] = [:]
        var truncated = false

        for direction in [-1, 1] {
            var frontier: Set<UUID> = [rootID]
            for generation in 1...depth where !frontier.isEmpty {
                let links = try await links(touching: frontier, direction: direction, on: database)
                    .with(direction < 0 ? \.$parent : \.$child)
                    .all()
                var next: Set<UUID> = []
                for link in links {
                    let other = direction < 0 ? link.parent : link.child
                    guard AssetVisibility.isVisible(other, to: viewer), let otherID = other.id else { continue }
                    if assets[otherID] == nil {
                        guard assets.count < maximumNodes else {
                            truncated = true
                            continue
                        }
                        assets[otherID] = other
                        generations[otherID] = direction * generation
                        next.insert(otherID)
                    }
                    edges[try link.requireID()] = Edge(
                        parent: link.$parent.id, child: link.$child.id, relationshipType: link.relationshipType,
                        attributionPercentage: link.attributionPercentage, licenseTermsID: link.licenseTermsID)
                }
                frontier = next
                if generation == depth, !next.isEmpty,
                    try await hasMore(beyond: next, direction: direction, on: database)
                {
                    truncated = true
                }
            }
        }

        let ownerIDs = Array(Set(assets.values.map { $0.$owner.id }))
        var owners: [UUID: User] = [:]
        for user in try await User.query(on: database).filter(\.$id ~~ ownerIDs).all() {
            owners[try user.requireID()] = user
        }
        let nodes = try assets.values.compactMap { asset -> Node? in
            guard let owner = owners[asset.$owner.id], let id = asset.id else { return nil }
            return Node(
                uuid: id, title: asset.title, assetType: asset.assetType, mediaURL: asset.mediaURL, ipID: asset.ipID,
                generation: generations[id] ?? 0, creator: try CreatorSummary(owner))
        }.sorted { ($0.generation, $0.title, $0.uuid.uuidString) < ($1.generation, $1.title, $1.uuid.uuidString) }
        return Graph(
            root: rootID, depth: depth, nodes: nodes,
            edges: edges.values.sorted {
                ($0.parent.uuidString, $0.child.uuidString) < ($1.parent.uuidString, $1.child.uuidString)
            },
            truncated: truncated)
    }

    /// Whether the generation past the depth limit has any links.
    private static func hasMore(beyond frontier: Set<UUID>, direction: Int, on database: any Database) async throws
        -> Bool
    {
        try await links(touching: frontier, direction: direction, on: database).first() != nil
    }

    /// Links to the parents (direction −1) or children (+1) of `assets`.
    private static func links(touching assets: Set<UUID>, direction: Int, on database: any Database) -> QueryBuilder<
        DerivativeLink
    > {
        direction < 0
            ? DerivativeLink.query(on: database).filter(\.$child.$id ~~ Array(assets))
            : DerivativeLink.query(on: database).filter(\.$parent.$id ~~ Array(assets))
    }
}
