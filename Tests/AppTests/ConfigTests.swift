import Foundation
import Testing

@testable import App

@Suite("Configuration")
struct ConfigTests {
    @Test func defaultsNeedNoConfiguration() throws {
        let config = try LoreConfig(values: [:])
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.database == .sqlite(path: "data/lore.sqlite"))
        #expect(config.environment == "development")
        #expect(config.autoMigrate)
        #expect(config.publicOrigin == "http://127.0.0.1:8080")
        #expect(config.publicAuthority == "127.0.0.1:8080")
        #expect(config.acceptedChainIds == [31337, 1, 1315, 1514])
        #expect(config.rateLimits.auth == 10 && config.rateLimits.assetRead == 100 && config.rateLimits.ai == 60)
    }

    @Test func everyInvalidValueIsReportedAtOnce() throws {
        let values = [
            "LORE_PORT": "eighty", "LORE_ENV": "staging", "DATABASE_URL": "mysql://x",
            "LORE_JWT_SECRET": "short", "LORE_RATE_LIMITS_ENABLED": "maybe", "SIWE_ACCEPTED_CHAIN_IDS": "1,x",
            "LORE_PUBLIC_URL": "ftp://example.com",
        ]
        // MUT
        let error = try #require(throws: ConfigurationError.self) { try LoreConfig(values: values) }
        // validate: all seven problems, each naming its variable
        #expect(error.problems.count == 7)
        for name in [
            "LORE_PORT", "LORE_ENV", "DATABASE_URL", "LORE_JWT_SECRET", "LORE_RATE_LIMITS_ENABLED",
            "SIWE_ACCEPTED_CHAIN_IDS", "LORE_PUBLIC_URL",
        ] {
            #expect(error.problems.contains { $0.hasPrefix(name) }, "\(name) not reported")
        }
    }

    @Test func postgresURLAndProductionDefaults() throws {
        let config = try LoreConfig(values: [
            "DATABASE_URL": "postgres://lore@db/lore", "LORE_ENV": "production",
            "LORE_PUBLIC_URL": "https://lore.example",
        ])
        #expect(config.database == .postgres(url: "postgres://lore@db/lore"))
        #expect(!config.autoMigrate)
        #expect(config.usesHTTPS)
        #expect(config.publicAuthority == "lore.example")
    }

    @Test func searchPathIsSplitFromThePostgresURL() {
        let (url, schema) = PostgresURL.splitSearchPath("postgres://u@h:5/db?sslmode=disable&search_path=t_1")
        #expect(url == "postgres://u@h:5/db?sslmode=disable")
        #expect(schema == "t_1")
    }

    @Test func dotEnvFileIsReadAndTheEnvironmentWins() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lore-dotenv-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "# comment\nexport LORE_PORT=9090\nLORE_HOST=\"0.0.0.0\"\nLORE_LOG_LEVEL=debug # trailing\n"
            .write(toFile: directory + "/.env", atomically: true, encoding: .utf8)
        let config = try LoreConfig.load(environment: ["LORE_HOST": "::1"], dotEnvDirectory: directory)
        #expect(config.port == 9090)
        #expect(config.host == "::1")
        #expect(config.logLevel == "debug")
    }

    @Test func malformedDotEnvLineIsAnError() {
        #expect(throws: DotEnv.SyntaxError.self) { try DotEnv.parse("LORE_PORT 9090") }
    }
}
