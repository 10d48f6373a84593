import FluentKit
import Foundation
import SQLKit
import Story
import Testing
import Vapor
import VaporTesting

@testable import App

/// Which database the app tests run on: SQLite (default) or the PostgreSQL server named by
/// `LORE_TEST_DATABASE_URL` (the README's test command starts one). On PostgreSQL every test
/// gets its own schema, so tests run in parallel without seeing each other's rows.
enum TestDatabase {
    static let postgresURL = ProcessInfo.processInfo.environment["LORE_TEST_DATABASE_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }
    static var isPostgres: Bool { postgresURL != nil }
}

/// One isolated Lore installation for a test: its own data directory and database (schema).
final class TestInstallation: Sendable {
    /// 64 bytes, so a test can also sign with HS512 under the same secret.
    static let jwtSecret = "test-secret-0123456789abcdef0123456789abcdef-0123456789abcdef-0123"
    let dataDirectory: String
    let databaseURL: String
    let schema: String?

    init() throws {
        dataDirectory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("lore-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        if let base = TestDatabase.postgresURL {
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            schema = String(name)
            databaseURL = base + (base.contains("?") ? "&" : "?") + "search_path=\(name)"
        } else {
            schema = nil
            databaseURL = "sqlite://\(dataDirectory)/lore.sqlite"
        }
    }

    /// The configuration variables for an app of this installation; `overrides` win.
    func values(_ overrides: [String: String] = [:]) -> [String: String] {
        var values = [
            "LORE_ENV": "testing",
            "LORE_DATA_DIR": dataDirectory,
            "DATABASE_URL": databaseURL,
            "LORE_PUBLIC_URL": "http://lore.test",
            "LORE_JWT_SECRET": Self.jwtSecret,
            "LORE_LOG_LEVEL": "warning",
            // Hundreds of tests run at once on a small machine: wait for a connection rather than fail.
            "LORE_DB_POOL_SIZE": "2",
            "LORE_DB_POOL_TIMEOUT_SECONDS": "120",
        ]
        values.merge(overrides) { _, new in new }
        return values
    }

    /// Creates, configures and migrates an app of this installation (on `ledger` when given).
    func makeApp(
        _ overrides: [String: String] = [:], clock: LoreClock, ledger: (any IPLedger)? = nil
    ) async throws -> Application {
        let config = try LoreConfig(values: values(overrides), defaultEnvironment: "testing")
        let app = try await Application.make(.testing)
        do {
            try await configure(app, config: config, clock: clock, ledger: ledger)
            if let schema {
                try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
            }
            try await app.autoMigrate()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Drops the schema (PostgreSQL) and removes the data directory.
    func destroy(using app: Application?) async {
        if let schema, let app {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
        }
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }
}

/// A clock frozen a few seconds into a minute, so rate-limit windows never roll over mid-test.
func makeTestClock() -> LoreClock {
    let clock = LoreClock()
    let now = Date().timeIntervalSince1970
    clock.freeze(at: Date(timeIntervalSince1970: (now / 60).rounded(.down) * 60 + 5))
    return clock
}

/// Runs `body` against a fresh, migrated Lore app (STYLE.md's one `withApp` helper), on
/// `ledger` instead of a local ledger when given.
func withLore(
    _ overrides: [String: String] = [:], ledger: (any IPLedger)? = nil,
    _ body: (TestClient) async throws -> Void
) async throws {
    let installation = try TestInstallation()
    let clock = makeTestClock()
    let app = try await installation.makeApp(overrides, clock: clock, ledger: ledger)
    do {
        try await body(TestClient(app: app, clock: clock))
    } catch {
        await installation.destroy(using: app)
        try? await app.asyncShutdown()
        throw error
    }
    await installation.destroy(using: app)
    try await app.asyncShutdown()
}
