import Foundation

/// All of Lore's configuration, read once at start-up from the environment and an optional
/// `.env` file (the environment wins). Nothing else in the app reads environment variables.
///
/// Every variable, its default and its meaning is listed in the README; keep the two in step.
public struct LoreConfig: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The embedded default: an SQLite file.
        case sqlite(path: String)
        /// PostgreSQL, shared by every app instance.
        case postgres(url: String)
    }

    /// `development`, `production` or `testing`.
    public var environment: String
    public var host: String
    public var port: Int
    /// The origin browsers and wallets see (`scheme://host[:port]`), used for SIWE's domain and
    /// URI, for the cookies' `Secure` flag and for the CSRF origin check.
    public var publicURL: URL
    /// Where embedded state lives: the SQLite file, the JWT secret, later the ledger and IPFS.
    public var dataDirectory: String
    public var database: DatabaseChoice
    /// Connections per event loop in the database pool (PostgreSQL).
    public var databasePoolSize: Int
    /// How long a request waits for a pooled connection before failing.
    public var databasePoolTimeout: Int
    /// Run pending migrations when `lore serve` starts (default: only in development).
    public var autoMigrate: Bool
    /// HS256 secret for access tokens; `nil` means generate once and keep it in the data directory.
    public var jwtSecret: String?
    public var accessTokenLifetime: TimeInterval
    public var refreshTokenLifetime: TimeInterval
    public var nonceLifetime: TimeInterval
    /// Chain ids a SIWE message may name (DECISIONS.md "Chain id"); the ledger's is always added.
    public var acceptedChainIds: Set<Int>
    public var rateLimits: RateLimits
    /// Honour `X-Forwarded-For` from a reverse proxy when keying rate limits by client address.
    public var trustForwardedFor: Bool
    /// The local ledger's journal directory (`<data>/ledger`).
    public var ledgerDirectory: String
    /// Largest upload accepted, in bytes (`LORE_MAX_UPLOAD_MB`).
    public var maxUploadBytes: Int64
    /// Pinata, when set; otherwise the local content store under the data directory.
    public var pinata: PinataSettings?
    /// The AI assistant: provider, model tiers, limits, cache and log retention (`AI_*`).
    public var ai: AISettings
    /// Job workers `lore serve` runs in-process (0: none; run `lore worker` separately).
    public var workerCount: Int
    public var logLevel: String
    /// Shown by `GET /api/version` when set (e.g. the git commit deployed).
    public var commit: String?

    /// The local ledger's chain id: the usual local-development chain id (DECISIONS.md).
    public static let localChainId = 31337

    /// The chain id Lore's ledger uses; SIWE messages the server prepares carry it.
    public var ledgerChainId: Int { Self.localChainId }

    public var isDevelopment: Bool { environment == "development" }
    public var isProduction: Bool { environment == "production" }

    /// Whether cookies must carry `Secure` (the public URL is https).
    public var usesHTTPS: Bool { publicURL.scheme == "https" }

    /// `host[:port]` of the public URL: SIWE's `domain`.
    public var publicAuthority: String {
        let host = publicURL.host ?? "localhost"
        if let port = publicURL.port { return "\(host):\(port)" }
        return host
    }

    /// `scheme://host[:port]` of the public URL, without a path: the expected `Origin`.
    public var publicOrigin: String {
        "\(publicURL.scheme ?? "http")://\(publicAuthority)"
    }
}

/// The Pinata adapter's settings (`PINATA_JWT` chooses it).
public struct PinataSettings: Sendable, Equatable {
    public var jwt: String
    public var apiBaseURL: String
    public var gatewayBaseURL: String
    public var gatewayToken: String?
}

/// Per-minute request limits for the documented endpoint groups (06-API-DOCUMENTATION.md).
public struct RateLimits: Sendable, Equatable {
    public var isEnabled: Bool = true
    public var auth: Int = 10
    public var assetRead: Int = 100
    public var assetWrite: Int = 20
    public var ai: Int = 60
    public var analytics: Int = 30

    public init() {}

    /// The limit for one group.
    public func limit(for group: RateLimitGroup) -> Int {
        switch group {
        case .auth: auth
        case .assetRead: assetRead
        case .assetWrite: assetWrite
        case .ai: ai
        case .analytics: analytics
        }
    }
}

/// The endpoint groups that have their own rate limit.
public enum RateLimitGroup: String, Sendable, CaseIterable {
    case auth
    case assetRead = "asset_read"
    case assetWrite = "asset_write"
    case ai
    case analytics
}
