import Fluent
import Foundation

/// Every minute: purges expired SIWE nonces, expired refresh tokens and the dead sessions they
/// leave, ended rate-limit windows, and finished jobs older than a day. Every delete is idempotent.
struct HousekeepingJob: JobHandler {
    static let kind = "housekeeping"
    static let schedule = RecurringSchedule(kind: kind, interval: 60)
    /// Finished jobs are kept this long for inspection.
    static let jobRetention: TimeInterval = 86_400

    let rateLimiter: RateLimiter
    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        let now = context.now()
        try await Nonces.purgeExpired(now: now, on: context.database)
        try await TokenIssuer.purgeExpired(now: now, on: context.database)
        try await rateLimiter.purge(before: now, on: context.database)
        try await Job.query(on: context.database)
            .filter(\.$status ~~ [.succeeded, .failed])
            .filter(\.$finishedAt < now.addingTimeInterval(-Self.jobRetention))
            .delete()
    }
}
