import AsyncHTTPClient
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import IPFS
import JWT
import Leaf
import Story
import Vapor

/// What a command needs configured.
public enum ConfigureScope: Sendable {
    /// Everything: the ledger, the content store, jobs (`serve`, `worker`, tests).
    case full
    /// The database, migrations and routes only (`migrate`, `routes`): these commands must not
    /// open the local ledger, whose journal a running server holds locked.
    case databaseOnly
}

/// The composition root: the only place that picks adapters and registers migrations,
/// middleware, commands and routes (STYLE.md). `ledger`, when given, is used instead of the
/// local ledger (app tests inject a fake).
public func configure(
    _ app: Application, config: LoreConfig, clock: LoreClock = LoreClock(), scope: ConfigureScope = .full,
    ledger: (any IPLedger)? = nil
) async throws {
    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info

    try FileManager.default.createDirectory(atPath: config.dataDirectory, withIntermediateDirectories: true)
    try configureDatabase(app, config: config)
    try await prepareSQLite(app, config: config)
    registerMigrations(app)

    app.asyncCommands.use(WorkerCommand(), as: "worker")
    configureContent()
    app.views.use(.leaf)
    if !app.environment.isRelease { app.leaf.cache.isEnabled = false }
    configureMiddleware(app)
    try routes(app)
    guard scope == .full else { return }

    let secret = try config.jwtSecret ?? JWTSecretFile.loadOrCreate(in: config.dataDirectory)
    await app.jwt.keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)

    let rateLimiter = RateLimiter(limits: config.rateLimits)
    let contentStore = try makeContentStore(app, config: config)
    let ledger: any IPLedger =
        try ledger
        ?? LocalLedger(
            directory: URL(fileURLWithPath: config.ledgerDirectory),
            clock: { UInt64(clock.now().timeIntervalSince1970) })
    let pipelineFaults = PipelineFaultSwitch()
    let jobQueue = JobQueue()
    app.lore = LoreServices(
        config: config,
        clock: clock,
        rateLimiter: rateLimiter,
        tokens: TokenIssuer(accessLifetime: config.accessTokenLifetime, refreshLifetime: config.refreshTokenLifetime),
        contentStore: contentStore,
        ledger: ledger,
        pipelineFaults: pipelineFaults,
        jobQueue: jobQueue,
        jobHandlers: [
            HousekeepingJob(rateLimiter: rateLimiter),
            CreationPipeline(
                ledger: ledger, contentStore: contentStore, publicOrigin: config.publicOrigin, faults: pipelineFaults),
            RoyaltySyncJob(sync: RoyaltySync(ledger: ledger)),
        ] + AIJobs.handlers(settings: config.ai, queue: jobQueue),
        schedules: [HousekeepingJob.schedule, RoyaltySyncJob.schedule] + AIJobs.schedules,
        assistant: .make(settings: config.ai, app: app, clock: clock))
}

/// The local content store under `data/ipfs/`, or Pinata when `PINATA_JWT` is set.
private func makeContentStore(_ app: Application, config: LoreConfig) throws -> any ContentStore {
    guard let pinata = config.pinata else {
        return try LocalContentStore(
            directory: config.dataDirectory + "/ipfs", maximumContentSize: config.maxUploadBytes,
            threadPool: app.threadPool)
    }
    let settings = PinataConfiguration(
        jwt: pinata.jwt, spoolDirectory: config.dataDirectory + "/pinata-spool",
        maximumContentSize: config.maxUploadBytes,
        apiBaseURL: pinata.apiBaseURL, gatewayBaseURL: pinata.gatewayBaseURL, gatewayToken: pinata.gatewayToken)
    return try PinataContentStore(
        configuration: settings, httpClient: app.http.client.shared, threadPool: app.threadPool)
}

/// JSON dates are ISO 8601 with fractional seconds, in requests and responses.
private func configureContent() {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(ISO8601.string(from: date))
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ISO8601.date(from: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an ISO 8601 date.")
        }
        return date
    }
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)
}

private func configureMiddleware(_ app: Application) {
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(LoreErrorMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
}
