import Fluent
import Story
import Vapor

/// Remixing: creating derivatives of 1-10 parents.
enum DerivativeController {
    /// Saves the child and its links, then registers it at once (as a worker would), so that a
    /// protocol rule the ledger enforces comes back as a 422 and the refused child is removed.
    /// If registration cannot finish now (an upstream failure), the child stays pending and the
    /// job carries on in the background.
    ///
    /// `POST /api/assets/derivatives/` (one parent) and
    /// `POST /api/assets/create_multi_parent_derivative/` (1-10) share it.
    static func create(req: Request) async throws -> Response {
        let request = try req.content.decode(DerivativeCreationRequest.self)
        let user = try req.requireUser()
        let services = req.lore
        let prepared = try await DerivativeCreation.prepare(
            request, owner: user, viewer: try user.requireID(), ledger: services.ledger,
            contentStore: services.contentStore, on: req.db)
        let child = prepared.child
        guard
            let jobID = try await AssetCreation.start(
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
