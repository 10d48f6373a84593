import Fluent
import Foundation

/// Daily: writes the `AIUsageStats` rows of every day that is over (lore-inventory.md §4.16,
/// `update_ai_statistics`). The occurrence runs just after midnight UTC, before the day is
/// considered over (`AIUsageAggregation.closingDelay`), so it also schedules a catch-up run for
/// the moment yesterday closes. Re-running is harmless: rows are written once.
struct AIUsageStatsJob: JobHandler {
    static let kind = "ai.usage-stats"
    static let schedule = RecurringSchedule(kind: kind, interval: 86_400)

    let queue: JobQueue
    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        let now = context.now()
        try await AIUsageAggregation.foldClosedDays(now: now, on: context.database)
        let yesterday = AIDay(containing: now).previous
        if AIUsageAggregation.lastClosedDay(now: now) < yesterday {
            let closes = yesterday.end.addingTimeInterval(AIUsageAggregation.closingDelay)
            try await queue.enqueue(
                kind: Self.kind, payload: [String: String](), runAt: closes, now: now, maxAttempts: 3,
                uniqueKey: "\(Self.kind)@closing-\(yesterday)", on: context.database)
        }
    }
}
