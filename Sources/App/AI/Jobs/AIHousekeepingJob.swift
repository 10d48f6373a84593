import Fluent
import Foundation

/// Hourly: deletes expired cached answers and expired rate-limit marks (they are already ignored
/// when read; this keeps the tables small).
struct AIHousekeepingJob: JobHandler {
    static let kind = "ai.housekeeping"
    static let schedule = RecurringSchedule(kind: kind, interval: 3600)

    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        let now = context.now()
        try await DatabaseAnswerCache.purgeExpired(now: now, on: context.database)
        try await DatabaseRateLimitMarks.purgeExpired(now: now, on: context.database)
    }
}
