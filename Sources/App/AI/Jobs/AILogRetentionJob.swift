import Fluent
import Foundation

/// Weekly: folds every finished day into the statistics, then deletes generation logs older
/// than `AI_LOG_RETENTION_DAYS` (DECISIONS.md "Retention [21]"). Suggestion verdicts keep their
/// content; their link to the deleted log becomes null.
struct AILogRetentionJob: JobHandler {
    static let kind = "ai.log-retention"
    static let schedule = RecurringSchedule(kind: kind, interval: 7 * 86_400)

    let retentionDays: Int
    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        let deleted = try await AIUsageAggregation.applyRetention(
            retentionDays: retentionDays, now: context.now(), on: context.database)
        if deleted > 0 {
            context.logger.info("AI log retention: deleted \(deleted) log(s) older than \(retentionDays) days")
        }
    }
}
