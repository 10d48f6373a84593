import FluentKit
import Foundation
import NIOCore
import SQLKit
import Testing
import Vapor

@testable import App

@Suite("SQLite under write contention")
struct SQLiteContentionTests {
    /// In each of several apps in one process, a transaction holds SQLite's write lock while a
    /// second connection tries to write (and spins in SQLite's busy handler on a pool thread).
    /// Every holder must still get a thread to commit: on a thread pool shared by the apps, the
    /// spinners took every thread and all of them hung.
    @Test(.enabled(if: !TestDatabase.isPostgres, "SQLite only"))
    func aLockHolderAlwaysGetsAThreadToCommit() async throws {
        let apps = 4
        let finished = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await withThrowingTaskGroup(of: Void.self) { contenders in
                    for _ in 0..<apps { contenders.addTask { try await contend() } }
                    try await contenders.waitForAll()
                }
                return true
            }
            group.addTask {
                try await Task.sleep(for: .seconds(120))
                return false
            }
            let first = try await group.next() ?? false
            group.cancelAll()
            return first
        }
        #expect(finished, "a transaction never committed: its connection found no thread")
    }

    private func contend() async throws {
        let installation = try TestInstallation()
        let app = try await installation.makeApp(clock: makeTestClock())
        do {
            let loops = Array(app.eventLoopGroup.makeIterator())
            try #require(loops.count >= 2, "one connection per event loop: two loops give two connections")
            let holder = app.databases.database(logger: app.logger, on: loops[0])!
            let writer = app.databases.database(logger: app.logger, on: loops[1])!
            try await holder.sql.raw("CREATE TABLE contention (n INTEGER)").run()
            let blocked = try await holder.transaction { transaction in
                try await transaction.sql.raw("INSERT INTO contention (n) VALUES (1)").run()
                // The second connection now waits for the lock, busy on a pool thread…
                let blocked = Task { try await writer.sql.raw("INSERT INTO contention (n) VALUES (2)").run() }
                try await Task.sleep(for: .milliseconds(300))
                // …while this connection still needs a thread for its next statement and COMMIT.
                try await transaction.sql.raw("INSERT INTO contention (n) VALUES (3)").run()
                return blocked
            }
            try await blocked.value
            let rows = try await holder.sql.raw("SELECT COUNT(*) AS n FROM contention").first()
            #expect(try rows?.decode(column: "n", as: Int.self) == 3)
        } catch {
            await installation.destroy(using: app)
            try? await app.asyncShutdown()
            throw error
        }
        await installation.destroy(using: app)
        try await app.asyncShutdown()
    }
}
