import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Health, version and the error envelope")
struct HealthAndErrorTests {
    @Test(.enabled(if: !TestDatabase.isPostgres, "SQLite only"))
    func sqliteKeepsAWriteAheadLog() async throws {
        try await withLore { (client: TestClient) async throws in
            let rows = try await (client.app.db as! any SQLDatabase).raw("PRAGMA journal_mode").all()
            #expect(try rows.first?.decode(column: "journal_mode", as: String.self) == "wal")
            // Committed writes are synced at every commit, not only at checkpoints.
            let synchronous = try await (client.app.db as! any SQLDatabase).raw("PRAGMA synchronous").all()
            #expect(try synchronous.first?.decode(column: "synchronous", as: Int.self) == 2, "FULL")
        }
    }

    @Test func healthzChecksTheDatabase() async throws {
        try await withLore { (client: TestClient) async throws in
            // MUT
            let response = try await client.send(.GET, "/healthz")
            // validate
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["status"] as? String == "ok")
            #expect((body["checks"] as? [String: String])?["database"] == "ok")
        }
    }

    @Test func healthzIs503WhenTheDatabaseIsUnreachable() async throws {
        // setup: PostgreSQL on a port where nothing listens
        let installation = try TestInstallation()
        let config = try LoreConfig(
            values: installation.values(["DATABASE_URL": "postgres://lore@127.0.0.1:1/lore"]),
            defaultEnvironment: "testing")
        let app = try await Application.make(.testing)
        try await configure(app, config: config)
        // MUT
        let response = try await app.testing().sendRequest(.GET, "/healthz")
        // validate
        #expect(response.status == .serviceUnavailable)
        let checks = try response.json["checks"] as? [String: String]
        #expect(checks?["database"] == "failing: the database did not answer")
        #expect(!response.body.string.contains("127.0.0.1"))
        try await app.asyncShutdown()
        await installation.destroy(using: nil)
    }

    @Test func versionNamesTheAdaptersInUse() async throws {
        try await withLore(["LORE_COMMIT": "abc1234"]) { (client: TestClient) async throws in
            let body = try await client.send(.GET, "/api/version").json
            #expect(body["name"] as? String == "lore")
            #expect(body["version"] as? String == HealthController.version)
            #expect(body["commit"] as? String == "abc1234")
            #expect(body["database"] as? String == (TestDatabase.isPostgres ? "postgresql" : "sqlite"))
            #expect(body["ledger"] as? String == "local")
            #expect(body["content_store"] as? String == "local")
            #expect(body["ai"] as? String == "local")
        }
    }

    @Test func unknownAPIRouteIsTheJSONEnvelope() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.GET, "/api/no-such-thing/")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .json)
            #expect(response.errorTitle == "Not Found")
            #expect(response.headers.first(name: "X-Request-Id")?.isEmpty == false)
        }
    }

    @Test func unknownPageIsAnHTMLErrorPage() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.GET, "/no-such-page")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType?.subType == "html")
            #expect(response.body.string.contains("404"))
            let requestId = try #require(response.headers.first(name: "X-Request-Id"))
            #expect(response.body.string.contains(requestId))
        }
    }

    @Test func malformedJSONIs400WithTheEnvelope() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.POST, "/api/auth/verify-signature/", raw: "{not json")
            #expect(response.status == .badRequest)
            #expect(response.errorTitle == "Malformed request body")
        }
    }

    @Test func missingFieldsAreNamed() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.POST, "/api/auth/verify-signature/", json: JSONBody(["message": "x"]))
            #expect(response.status == .badRequest)
            let fields = try response.json["field_errors"] as? [String: [String]]
            #expect(fields?["signature"] == ["This field is required."])
        }
    }

    @Test func incomingRequestIdIsEchoed() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.GET, "/healthz", headers: ["X-Request-Id": "trace-42"])
            #expect(response.headers.first(name: "X-Request-Id") == "trace-42")
        }
    }
}
