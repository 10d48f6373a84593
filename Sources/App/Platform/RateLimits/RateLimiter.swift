import Fluent
import Foundation
import SQLKit

/// Fixed one-minute windows counted in the database, so every app instance shares the same
/// counts. One upsert per request: `INSERT … ON CONFLICT DO UPDATE … RETURNING` (PostgreSQL,
/// and SQLite ≥ 3.35).
struct RateLimiter: Sendable {
    static let window: Int64 = 60

    struct Decision: Sendable, Equatable {
        let limit: Int
        let remaining: Int
        /// Epoch seconds at which the current window ends.
        let resetAt: Int64
        let isAllowed: Bool
        let retryAfter: Int
    }

    let limits: RateLimits

    /// Counts one request by `client` in `group` at `now` and says whether it may proceed.
    func hit(client: String, group: RateLimitGroup, now: Date, on database: any Database) async throws -> Decision {
        let limit = limits.limit(for: group)
        let epoch = Int64(now.timeIntervalSince1970)
        let windowStart = epoch - epoch % Self.window
        let bucket = "\(group.rawValue):\(client)"
        let sql = database.sql
        let row = try await sql.raw(
            """
            INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES (\(bind: bucket), \(bind: windowStart), 1)
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
            RETURNING hits
            """
        ).first()
        let hits = try row?.decode(column: "hits", as: Int.self) ?? 1
        let resetAt = windowStart + Self.window
        let retryAfter = Int(max(1, resetAt - epoch))
        return Decision(
            limit: limit, remaining: max(0, limit - hits), resetAt: resetAt,
            isAllowed: hits <= limit, retryAfter: retryAfter)
    }

    /// Deletes counters of windows that have ended.
    func purge(before now: Date, on database: any Database) async throws {
        let epoch = Int64(now.timeIntervalSince1970)
        let sql = database.sql
        try await sql.delete(from: "rate_limit_counters")
            .where("window_start", .lessThan, epoch - Self.window)
            .run()
    }
}
