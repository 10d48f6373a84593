import Fluent
import Story
import Vapor

/// Remixing: creating derivatives of 1-10 parents, and reading who derives from whom.
struct DerivativeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let assets = routes.grouped("assets")
        let writes = assets.grouped(RateLimitMiddleware(group: .assetWrite), RequireUser())
        writes.on(.POST, "derivatives", body: .collect(maxSize: "64kb"), use: create)
        writes.on(.POST, "create_multi_parent_derivative", body: .collect(maxSize: "64kb"), use: create)
    }

    /// Saves the child and its links, then registers it at once (as a worker would), so that a
    /// protocol rule the ledger enforces comes back as a 422 and the refused child is removed.
    /// If registration cannot finish now (an upstream failure), the child stays pending and the
    /// job carries on in the background.
    ///
    /// `POST /api/assets/derivatives/` (one parent) and
    /// `POST /api/assets/create_multi_parent_derivative/` (1-10) share it.
    func create(req: Request) async throws -> Response {
        let request = try req.content.decode(DerivativeCreationRequest.self)
        let user = try req.requireUser()
        let services = req.lore
        let prepared = try await DerivativeCreation.prepare(
            request, owner: user, viewer: try user.requireID(), ledger: services.ledger,
            contentStore: services.contentStore, on: req.db)
        let child = prepared.child
        guard let jobID = try await AssetCreation.start(
            child, links: prepared.links, now: services.clock.now(), queue: services.jobQueue, runsInline: true,
            on: req.db)
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
