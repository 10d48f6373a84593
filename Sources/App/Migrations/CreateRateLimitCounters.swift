import Fluent
import SQLKit

/// Fixed-window request counters shared by every app instance: one row per (client, group,
/// minute), bumped with a single upsert.
struct CreateRateLimitCounters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "rate_limit_counters")
            .column("bucket", type: .text, .notNull)
            .column("window_start", type: .bigint, .notNull)
            .column("hits", type: .bigint, .notNull)
            .primaryKey(["bucket", "window_start"])
            .run()
        try await sql.create(index: "rate_limit_counters_window").on("rate_limit_counters").column("window_start").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "rate_limit_counters").run()
    }
}
