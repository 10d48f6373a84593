import Foundation

/// Start-up fails with every invalid value listed at once, not just the first.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]

    public var description: String {
        "Lore cannot start: the configuration has \(problems.count) problem(s):\n"
            + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

extension LoreConfig {
    /// Reads the process environment over the `.env` file in `directory` (if there is one).
    public static func load(
        environment processEnvironment: [String: String] = ProcessInfo.processInfo.environment,
        dotEnvDirectory directory: String = FileManager.default.currentDirectoryPath,
        defaultEnvironment: String = "development"
    ) throws -> LoreConfig {
        var values = try DotEnv.read(path: directory + "/.env")
        values.merge(processEnvironment) { _, process in process }
        return try LoreConfig(values: values, defaultEnvironment: defaultEnvironment)
    }

    /// Builds the configuration from a dictionary of variables, collecting every problem.
    public init(values: [String: String], defaultEnvironment: String = "development") throws {
        var reader = VariableReader(values: values)

        environment = reader.choice(
            "LORE_ENV", default: defaultEnvironment, among: ["development", "production", "testing"])
        host = reader.string("LORE_HOST", default: "127.0.0.1")
        port = reader.integer("LORE_PORT", default: 8080, in: 1...65535)
        let defaultPublic = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        publicURL = reader.url("LORE_PUBLIC_URL", default: defaultPublic, schemes: ["http", "https"])
        dataDirectory = reader.string("LORE_DATA_DIR", default: "data")

        if let url = reader.optional("DATABASE_URL") {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                database = .sqlite(path: String(url.dropFirst("sqlite://".count)))
            } else {
                reader.problem("DATABASE_URL must start with postgres://, postgresql:// or sqlite://")
                database = .sqlite(path: dataDirectory + "/lore.sqlite")
            }
        } else {
            database = .sqlite(path: dataDirectory + "/lore.sqlite")
        }
        databasePoolSize = reader.integer("LORE_DB_POOL_SIZE", default: 4, in: 1...100)
        databasePoolTimeout = reader.integer("LORE_DB_POOL_TIMEOUT_SECONDS", default: 10, in: 1...600)
        autoMigrate = reader.bool("LORE_AUTO_MIGRATE", default: environment != "production")

        jwtSecret = reader.optional("LORE_JWT_SECRET")
        if let secret = jwtSecret, secret.utf8.count < 32 {
            reader.problem("LORE_JWT_SECRET must be at least 32 characters (it is \(secret.utf8.count))")
        }
        accessTokenLifetime = TimeInterval(reader.integer("LORE_ACCESS_TOKEN_MINUTES", default: 60, in: 1...1440) * 60)
        refreshTokenLifetime = TimeInterval(reader.integer("LORE_REFRESH_TOKEN_DAYS", default: 7, in: 1...90) * 86_400)
        nonceLifetime = TimeInterval(reader.integer("LORE_NONCE_TTL_SECONDS", default: 300, in: 30...3600))
        var chains = Set(reader.integerList("SIWE_ACCEPTED_CHAIN_IDS", default: [1, 1315, 1514]))
        chains.insert(Self.localChainId)
        acceptedChainIds = chains

        var limits = RateLimits()
        limits.isEnabled = reader.bool("LORE_RATE_LIMITS_ENABLED", default: true)
        limits.auth = reader.integer("LORE_RATE_LIMIT_AUTH", default: limits.auth, in: 1...1_000_000)
        limits.assetRead = reader.integer("LORE_RATE_LIMIT_ASSET_READ", default: limits.assetRead, in: 1...1_000_000)
        limits.assetWrite = reader.integer("LORE_RATE_LIMIT_ASSET_WRITE", default: limits.assetWrite, in: 1...1_000_000)
        limits.ai = reader.integer("LORE_RATE_LIMIT_AI", default: limits.ai, in: 1...1_000_000)
        limits.analytics = reader.integer("LORE_RATE_LIMIT_ANALYTICS", default: limits.analytics, in: 1...1_000_000)
        rateLimits = limits
        trustForwardedFor = reader.bool("LORE_TRUST_FORWARDED_FOR", default: false)
        ledgerDirectory = reader.string("LORE_LEDGER_DIR", default: dataDirectory + "/ledger")
        maxUploadBytes = Int64(reader.integer("LORE_MAX_UPLOAD_MB", default: 1024, in: 1...65_536)) * 1_048_576
        if let jwt = reader.optional("PINATA_JWT") {
            let api = reader.url("PINATA_API_URL", default: "https://api.pinata.cloud", schemes: ["http", "https"])
            let gateway = reader.url(
                "IPFS_GATEWAY_URL", default: "https://gateway.pinata.cloud", schemes: ["http", "https"])
            pinata = PinataSettings(
                jwt: jwt, apiBaseURL: api.absoluteString, gatewayBaseURL: gateway.absoluteString,
                gatewayToken: reader.optional("IPFS_GATEWAY_TOKEN"))
        } else {
            pinata = nil
        }
        ai = AISettings.read(&reader, publicURL: publicURL, database: database)
        workerCount = reader.integer("LORE_WORKERS", default: 2, in: 0...64)
        logLevel = reader.choice(
            "LORE_LOG_LEVEL", default: "info",
            among: ["trace", "debug", "info", "notice", "warning", "error", "critical"])
        commit = reader.optional("LORE_COMMIT")

        if !reader.problems.isEmpty { throw ConfigurationError(problems: reader.problems) }
    }
}

/// Typed access to the raw variables; each bad value is recorded and a default substituted so
/// reading can continue and report everything.
struct VariableReader {
    let values: [String: String]
    private(set) var problems: [String] = []

    init(values: [String: String]) { self.values = values }

    mutating func problem(_ text: String) { problems.append(text) }

    func optional(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    func string(_ name: String, default fallback: String) -> String { optional(name) ?? fallback }

    mutating func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) -> Int {
        guard let raw = optional(name) else { return fallback }
        guard let value = Int(raw), range.contains(value) else {
            problem("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound) (got '\(raw)')")
            return fallback
        }
        return value
    }

    mutating func integerList(_ name: String, default fallback: [Int]) -> [Int] {
        guard let raw = optional(name) else { return fallback }
        let parts = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }.filter { $0 > 0 }
        guard numbers.count == parts.count, !numbers.isEmpty else {
            problem("\(name) must be a comma-separated list of positive chain ids (got '\(raw)')")
            return fallback
        }
        return numbers
    }

    mutating func bool(_ name: String, default fallback: Bool) -> Bool {
        guard let raw = optional(name)?.lowercased() else { return fallback }
        switch raw {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            problem("\(name) must be true or false (got '\(raw)')")
            return fallback
        }
    }

    mutating func choice(_ name: String, default fallback: String, among choices: [String]) -> String {
        guard let raw = optional(name) else { return fallback }
        guard choices.contains(raw) else {
            problem("\(name) must be one of \(choices.joined(separator: ", ")) (got '\(raw)')")
            return fallback
        }
        return raw
    }

    mutating func url(_ name: String, default fallback: String, schemes: Set<String>) -> URL {
        let raw = optional(name) ?? fallback
        guard let url = URL(string: raw), let scheme = url.scheme, schemes.contains(scheme), url.host != nil else {
            problem("\(name) must be an absolute \(schemes.sorted().joined(separator: " or ")) URL (got '\(raw)')")
            return URL(string: "http://127.0.0.1:8080")!
        }
        return url
    }
}
