import Fluent
import SQLKit
import Vapor

/// `GET /healthz` and `GET /api/version`: what an operator checks first.
enum HealthController {
    /// Lore's release version.
    static let version = "0.1.0"

    struct HealthResponse: Content {
        let status: String
        let checks: [String: String]
    }

    /// 200 when every check passes, 503 naming the failing check otherwise.
    static func health(req: Request) async throws -> Response {
        var checks: [String: String] = [:]
        do {
            _ = try await req.db.sql.raw("SELECT 1 AS ok").first()
            checks["database"] = "ok"
        } catch {
            req.logger.error("Health check: database unreachable: \(String(reflecting: error))")
            checks["database"] = "failing: the database did not answer"
        }
        let healthy = checks.values.allSatisfy { $0 == "ok" }
        let response = try await HealthResponse(status: healthy ? "ok" : "unavailable", checks: checks).encodeResponse(
            for: req)
        response.status = healthy ? .ok : .serviceUnavailable
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    struct VersionResponse: Content {
        let name: String
        let version: String
        let commit: String?
        let ledger: String
        let database: String
        let contentStore: String
        let ai: String

        enum CodingKeys: String, CodingKey {
            case name, version, commit, ledger, database, ai
            case contentStore = "content_store"
        }
    }

    /// The adapters in use, so an operator sees at a glance what is embedded and what is real.
    static func version(req: Request) async throws -> VersionResponse {
        let adapters = req.lore.config.adapters
        return VersionResponse(
            name: "lore", version: Self.version, commit: req.lore.config.commit,
            ledger: adapters.ledger, database: adapters.database, contentStore: adapters.contentStore, ai: adapters.ai)
    }
}
