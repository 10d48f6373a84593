import Logging
import Vapor

/// `lore serve | migrate [--revert] | routes | …`: reads the configuration once, configures the
/// application and runs the command.
public enum LoreMain {
    public static func run() async throws {
        let config: LoreConfig
        do {
            config = try LoreConfig.load()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
        var environment = Environment(name: config.environment, arguments: CommandLine.arguments)
        // Every logger — the app's and each request's — logs at LORE_LOG_LEVEL.
        let level = Logger.Level(rawValue: config.logLevel) ?? .info
        try LoggingSystem.bootstrap(from: &environment) { _ in
            let console = Terminal()
            return { label in ConsoleLogger(label: label, console: console, level: level) }
        }
        let app = try await Application.make(environment)
        do {
            let command = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
            let scope: ConfigureScope = ["serve", "worker"].contains(command) ? .full : .databaseOnly
            try await configure(app, config: config, scope: scope)
            if command == "serve" { try await prepareServe(app, config: config) }
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

/// What `lore serve` adds to a configured application: migrations when `LORE_AUTO_MIGRATE` is on,
/// and the scheduler and `LORE_WORKERS` job workers, started when the application boots.
public func prepareServe(_ app: Application, config: LoreConfig) async throws {
    if config.autoMigrate { try await app.autoMigrate() }
    app.lifecycle.use(BackgroundWork(workerCount: config.workerCount))
}
