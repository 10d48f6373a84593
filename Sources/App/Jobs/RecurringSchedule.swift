import Fluent
import Foundation

/// A job that recurs every `interval`. Each occurrence is enqueued under the key
/// `kind@<start of its interval>`, so any number of instances ticking at once add it once.
struct RecurringSchedule: Sendable {
    let kind: String
    let interval: TimeInterval

    func occurrenceKey(at now: Date) -> String {
        let start = (now.timeIntervalSince1970 / interval).rounded(.down) * interval
        return "\(kind)@\(Int64(start))"
    }

    static func tick(_ schedules: [RecurringSchedule], queue: JobQueue, now: Date, on database: any Database)
        async throws
    {
        for schedule in schedules {
            try await queue.enqueue(
                kind: schedule.kind, payload: [String: String](), runAt: now, now: now, maxAttempts: 3,
                uniqueKey: schedule.occurrenceKey(at: now), on: database)
        }
    }
}
