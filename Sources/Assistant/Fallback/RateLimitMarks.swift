import Foundation

/// Remembers which models answered 429 and until when. In memory here; the app may store the
/// marks in its database so every instance skips a rate-limited model.
public protocol RateLimitMarks: Sendable {
    /// The moment the mark on `model` expires, or nil when the model is usable at `now`.
    func markedUntil(_ model: String, now: Date) async throws -> Date?
    /// Marks `model` rate-limited until `until` (a later mark replaces an earlier one).
    func mark(_ model: String, until: Date) async throws
}

/// Rate-limit marks of one process.
public actor InMemoryRateLimitMarks: RateLimitMarks {
    private var marks: [String: Date] = [:]

    public init() {}

    public func markedUntil(_ model: String, now: Date) -> Date? {
        guard let until = marks[model] else { return nil }
        if until <= now {
            marks[model] = nil
            return nil
        }
        return until
    }

    public func mark(_ model: String, until: Date) {
        marks[model] = max(until, marks[model] ?? until)
    }
}
