import Assistant
import Fluent
import Foundation
import SQLKit

/// The assistant's answer cache in the database (table `ai_answer_cache`), so every instance
/// sees every answer, on SQLite and PostgreSQL alike. Expired rows are never served and are
/// purged hourly by `AIHousekeepingJob`.
///
/// Rows are keyed by `(namespace, cache_key)`, the namespace being ``AISettings/sharedNamespace``
/// (the provider, and for a model server its URL and models). The key alone (DECISIONS.md "AI / Cache":
/// operation, inputs, tier, prompt version) does not say which provider answered; without the
/// namespace, switching an installation from the local provider to a model — or two instances
/// configured differently on one database — would serve one provider's answers as the other's
/// for up to the TTL.
struct DatabaseAnswerCache: AnswerCache {
    static let table = "ai_answer_cache"

    let namespace: String
    let database: DatabaseHandle

    func answer(forKey key: String, now: Date) async throws -> CachedAnswer? {
        let sql = database.sql()
        let row = try await sql.select().columns("model_used", "payload").from(Self.table)
            .where("namespace", .equal, SQLBind(namespace))
            .where("cache_key", .equal, SQLBind(key))
            .where("expires_at", .greaterThan, SQLBind(now))
            .first()
        guard let row else { return nil }
        let payload = try row.decode(column: "payload", as: String.self)
        return CachedAnswer(
            modelUsed: try row.decode(column: "model_used", as: String.self), payload: Data(payload.utf8))
    }

    func store(_ answer: CachedAnswer, forKey key: String, expiresAt: Date) async throws {
        // Concurrent misses on several instances all store; the last one wins, harmlessly.
        try await database.sql().raw(
            """
            INSERT INTO ai_answer_cache (namespace, cache_key, model_used, payload, expires_at)
            VALUES (\(bind: namespace), \(bind: key), \(bind: answer.modelUsed),
                    \(bind: String(decoding: answer.payload, as: UTF8.self)), \(bind: expiresAt))
            ON CONFLICT (namespace, cache_key) DO UPDATE SET model_used = excluded.model_used,
                payload = excluded.payload, expires_at = excluded.expires_at
            """
        ).run()
    }

    /// Deletes expired answers of every namespace.
    static func purgeExpired(now: Date, on database: any Database) async throws {
        try await database.sql.delete(from: table).where("expires_at", .lessThanOrEqual, SQLBind(now)).run()
    }
}
