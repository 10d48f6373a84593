import Fluent
import Foundation
import SQLKit

/// Reads and writes `ai_usage_stats` rows and reads the logs' statistical facts.
enum AIUsageStatsStore {
    /// The last day whose statistics are written: every day up to it has a platform row (zero
    /// requests included), and its logs are no longer read by the statistics.
    static func watermark(on database: any Database) async throws -> AIDay? {
        let row = try await database.sql.select()
            .column(SQLFunction("MAX", args: SQLColumn("date")), as: "last")
            .from(AIUsageStats.schema)
            .where("scope", .equal, SQLBind(AIUsageStats.platformScope))
            .first()
        guard let row, try !row.decodeNil(column: "last") else { return nil }
        return AIDay(try row.decode(column: "last", as: String.self))
    }

    /// Writes one day's row unless it exists: a day's statistics are computed once, from its
    /// complete logs, and never overwritten (its logs may have been deleted since).
    static func insertIfAbsent(
        _ usage: AIDailyUsage, scope: String, userID: UUID?, now: Date, on database: any Database
    ) async throws {
        let totals = usage.totals
        try await database.sql.insert(into: AIUsageStats.schema)
            .columns(
                "id", "date", "scope", "user_id", "total_requests", "successful_requests", "failed_requests",
                "cache_hits",
                "total_response_time_ms", "avg_response_time_ms", "p95_response_time_ms", "total_tokens_used",
                "requests_by_operation", "requests_by_model", "requests_by_status", "unique_users", "updated_at"
            )
            .values(
                SQLBind(UUID()), SQLBind(usage.day.description), SQLBind(scope), SQLBind(userID),
                SQLBind(totals.totalRequests), SQLBind(totals.successfulRequests), SQLBind(totals.failedRequests),
                SQLBind(totals.cacheHits), SQLBind(totals.totalResponseTimeMs), SQLBind(totals.averageResponseTimeMs),
                SQLBind(usage.p95ResponseTimeMs), SQLBind(totals.totalTokensUsed),
                SQLBind(try AIJSON.string(totals.byOperation)), SQLBind(try AIJSON.string(totals.byModel)),
                SQLBind(try AIJSON.string(totals.byStatus)), SQLBind(usage.uniqueUsers), SQLBind(now)
            )
            .ignoringConflicts(with: ["date", "scope"])
            .run()
    }

    /// The stored days of `scope` from `first` (or the beginning) through `last`.
    static func days(scope: String, from first: AIDay?, through last: AIDay, on database: any Database) async throws
        -> [AIDailyUsage]
    {
        var query = AIUsageStats.query(on: database).filter(\.$scope == scope).filter(\.$date <= last.description)
        if let first { query = query.filter(\.$date >= first.description) }
        return try await query.sort(\.$date).all().compactMap(dailyUsage)
    }

    /// Users with at least one request on a stored day in the range.
    static func users(from first: AIDay?, through last: AIDay, on database: any Database) async throws -> Set<UUID> {
        var query = database.sql.select().distinct().column("user_id").from(AIUsageStats.schema)
            .where("user_id", .isNot, SQLLiteral.null)
            .where("date", .lessThanOrEqual, SQLBind(last.description))
        if let first { query = query.where("date", .greaterThanOrEqual, SQLBind(first.description)) }
        return Set(try await query.all().map { try $0.decode(column: "user_id", as: UUID.self) })
    }

    /// The statistical facts of the logs created in `[start, end)`, of one user or everyone.
    static func logFacts(from start: Date?, to end: Date, userID: UUID?, on database: any Database) async throws
        -> [AILogFacts]
    {
        var query = database.sql.select().columns(AILogFacts.columns.map { SQLColumn($0) })
            .from(AIGenerationLog.schema)
            .where("created_at", .lessThan, SQLBind(end))
        if let start { query = query.where("created_at", .greaterThanOrEqual, SQLBind(start)) }
        if let userID { query = query.where("user_id", .equal, SQLBind(userID)) }
        return try await query.all(decoding: AILogFacts.self)
    }

    /// The first day any log was written, if any.
    static func firstLogDay(userID: UUID?, on database: any Database) async throws -> AIDay? {
        var query = AIGenerationLog.query(on: database)
        if let userID { query = query.filter(\.$user.$id == userID) }
        return try await query.sort(\.$createdAt).first().map { AIDay(containing: $0.createdAt) }
    }

    private static func dailyUsage(_ row: AIUsageStats) -> AIDailyUsage? {
        guard let day = AIDay(row.date) else { return nil }
        func counts(_ json: String) -> [String: Int] {
            (try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))) ?? [:]
        }
        let totals = AIUsageTotals(
            totalRequests: row.totalRequests, successfulRequests: row.successfulRequests,
            failedRequests: row.failedRequests, cacheHits: row.cacheHits, totalResponseTimeMs: row.totalResponseTimeMs,
            totalTokensUsed: row.totalTokensUsed, byOperation: counts(row.requestsByOperation),
            byModel: counts(row.requestsByModel), byStatus: counts(row.requestsByStatus))
        return AIDailyUsage(
            day: day, totals: totals, p95ResponseTimeMs: row.p95ResponseTimeMs, uniqueUsers: row.uniqueUsers)
    }
}
