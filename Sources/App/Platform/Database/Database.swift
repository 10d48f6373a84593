import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// SQLite connections per event loop: one, as Fluent's default (SQLite has one writer at a time).
let sqliteConnectionsPerEventLoop = 1

/// SQLite (the embedded default) or PostgreSQL, by `DATABASE_URL`.
func configureDatabase(_ app: Application, config: LoreConfig) throws {
    switch config.database {
    case .sqlite(let path):
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // SQLite runs its statements on the app's thread pool, and a connection that finds the
        // database locked by another connection spins in SQLite's busy handler on its thread until
        // the lock is free. On the shared pool (one thread per core, shared by every app in the
        // process) such spinners could take every thread, and the lock's holder could never run
        // its COMMIT. A pool of its own with a thread more than the connections always leaves
        // the holder one.
        let eventLoops = Array(app.eventLoopGroup.makeIterator()).count
        app.threadPool = NIOThreadPool(numberOfThreads: eventLoops * sqliteConnectionsPerEventLoop + 1)
        app.databases.use(
            .sqlite(
                .file(path), maxConnectionsPerEventLoop: sqliteConnectionsPerEventLoop,
                connectionPoolTimeout: .seconds(Int64(config.databasePoolTimeout))),
            as: .sqlite)
    case .postgres(let url):
        let (plainURL, searchPath) = PostgresURL.splitSearchPath(url)
        var configuration = try SQLPostgresConfiguration(url: plainURL)
        if let searchPath { configuration.searchPath = [searchPath] }
        app.databases.use(
            .postgres(
                configuration: configuration, maxConnectionsPerEventLoop: config.databasePoolSize,
                connectionPoolTimeout: .seconds(Int64(config.databasePoolTimeout))),
            as: .psql)
    }
}

/// SQLite keeps its journal as a write-ahead log: a commit is one append and one fsync of the
/// log (with `synchronous` left at FULL, so a committed transaction survives a power cut), where
/// the default rollback journal costs several fsyncs; readers no longer wait for a writer, and a
/// second process (`lore worker`, `lore migrate`) shares the file safely. The mode is stored in
/// the database file, so setting it once per start is enough.
func prepareSQLite(_ app: Application, config: LoreConfig) async throws {
    guard case .sqlite = config.database else { return }
    let rows = try await app.db.sql.raw("PRAGMA journal_mode=WAL").all()
    let mode = try rows.first?.decode(column: "journal_mode", as: String.self)
    if mode != "wal" { app.logger.warning("SQLite kept journal mode \(mode ?? "?") instead of WAL") }
}

enum PostgresURL {
    /// `DATABASE_URL` may end in `?search_path=<schema>` to use a schema other than `public`
    /// (one PostgreSQL database can then host several isolated Lore installations — the tests
    /// use this). Other query parameters (`sslmode`, …) are passed on.
    static func splitSearchPath(_ url: String) -> (String, String?) {
        guard var components = URLComponents(string: url), let items = components.queryItems else { return (url, nil) }
        let searchPath = items.first { $0.name == "search_path" }?.value
        let rest = items.filter { $0.name != "search_path" }
        components.queryItems = rest.isEmpty ? nil : rest
        return (components.string ?? url, searchPath)
    }
}
