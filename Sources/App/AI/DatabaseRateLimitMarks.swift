import Assistant
import Fluent
import Foundation
import SQLKit

/// Which models answered 429 and until when, in the database (table `ai_rate_limit_marks`), so
/// a model one instance found rate-limited is skipped by all of them. Namespaced by the
/// provider adapter's name like the answer cache.
struct DatabaseRateLimitMarks: RateLimitMarks {
    static let table = "ai_rate_limit_marks"

    let namespace: String
    let database: DatabaseHandle

    func markedUntil(_ model: String, now: Date) async throws -> Date? {
        let row = try await database.sql().select().column("marked_until").from(Self.table)
            .where("namespace", .equal, SQLBind(namespace))
            .where("model", .equal, SQLBind(model))
            .where("marked_until", .greaterThan, SQLBind(now))
            .first()
        return try row?.decode(column: "marked_until", as: Date.self)
    }

    func mark(_ model: String, until: Date) async throws {
        // A later mark replaces an earlier one, never the reverse (the protocol's rule).
        try await database.sql().raw(
            """
            INSERT INTO ai_rate_limit_marks (namespace, model, marked_until) VALUES (\(bind: namespace), \(bind: model), \(bind: until))
            ON CONFLICT (namespace, model) DO UPDATE SET marked_until = CASE
                WHEN excluded.marked_until > ai_rate_limit_marks.marked_until THEN excluded.marked_until
                ELSE ai_rate_limit_marks.marked_until END
            """
        ).run()
    }

    /// Deletes marks that have expired.
    static func purgeExpired(now: Date, on database: any Database) async throws {
        try await database.sql.delete(from: table).where("marked_until", .lessThanOrEqual, SQLBind(now)).run()
    }
}
