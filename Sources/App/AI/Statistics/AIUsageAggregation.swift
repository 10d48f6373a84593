import Fluent
import Foundation
import SQLKit

/// Folds generation logs into daily `AIUsageStats` rows (the daily job) and deletes logs past
/// their retention once their days are folded (the weekly job). Both are idempotent and safe
/// to run on several instances at once: a day's rows are inserted once, and logs are only
/// deleted for days whose rows exist.
enum AIUsageAggregation {
    /// A day counts as over this long after midnight UTC, so a log written by an instance whose
    /// clock lags slightly still lands in its day before the day is folded.
    static let closingDelay: TimeInterval = 300

    /// The last day that is over at `now`.
    static func lastClosedDay(now: Date) -> AIDay {
        AIDay(containing: now.addingTimeInterval(-closingDelay)).previous
    }

    /// Writes the statistics of every day that is over and not yet written, from the day after
    /// the watermark (or the first log's day) on; returns the days written.
    @discardableResult
    static func foldClosedDays(now: Date, on database: any Database) async throws -> [AIDay] {
        let last = lastClosedDay(now: now)
        let first: AIDay
        if let watermark = try await AIUsageStatsStore.watermark(on: database) {
            first = watermark.next
        } else if let firstLog = try await AIUsageStatsStore.firstLogDay(userID: nil, on: database) {
            first = firstLog
        } else {
            return []
        }
        let days = AIDay.through(first, last)
        for day in days {
            let logs = try await AIUsageStatsStore.logFacts(from: day.start, to: day.end, userID: nil, on: database)
            try await database.transaction { transaction in
                for (userID, userLogs) in Dictionary(grouping: logs, by: \.userID) {
                    try await AIUsageStatsStore.insertIfAbsent(
                        AIDailyUsage(day: day, logs: userLogs), scope: userID.uuidString.lowercased(), userID: userID,
                        now: now, on: transaction)
                }
                // Last: the platform row moves the watermark, so the day is complete when it shows.
                try await AIUsageStatsStore.insertIfAbsent(
                    AIDailyUsage(day: day, logs: logs), scope: AIUsageStats.platformScope, userID: nil, now: now,
                    on: transaction)
            }
        }
        return days
    }

    /// Folds what is over, then deletes the logs of days more than `retentionDays` before today
    /// (DECISIONS.md "Retention [21]") — never a day whose statistics are not written. Returns
    /// the number of logs deleted.
    @discardableResult
    static func applyRetention(retentionDays: Int, now: Date, on database: any Database) async throws -> Int {
        try await foldClosedDays(now: now, on: database)
        guard let watermark = try await AIUsageStatsStore.watermark(on: database) else { return 0 }
        let keepFrom = min(AIDay(containing: now).adding(days: -retentionDays), watermark.next)
        let sql = database.sql
        let doomed = try await AIGenerationLog.query(on: database).filter(\.$createdAt < keepFrom.start).count()
        guard doomed > 0 else { return 0 }
        try await sql.delete(from: AIGenerationLog.schema).where("created_at", .lessThan, SQLBind(keepFrom.start)).run()
        return doomed
    }
}
