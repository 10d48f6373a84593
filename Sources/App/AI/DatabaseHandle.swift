import Fluent
import SQLKit
import Vapor

/// A way for long-lived services (the assistant's cache and marks) to reach the app's default
/// database without holding the `Application` itself.
struct DatabaseHandle: Sendable {
    let databases: Databases
    let logger: Logger

    init(_ app: Application) {
        databases = app.databases
        logger = app.logger
    }

    func database() -> any Database {
        guard let database = databases.database(logger: logger, on: databases.eventLoopGroup.any()) else {
            fatalError("No default database is configured")
        }
        return database
    }

    func sql() -> any SQLDatabase { database().sql }
}
