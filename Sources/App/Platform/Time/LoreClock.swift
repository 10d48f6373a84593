import Foundation
import NIOConcurrencyHelpers

/// The app's source of "now". Production reads the system clock; tests install a clock they
/// can move, so expiry rules (nonces, tokens, SIWE windows) are tested without sleeping.
public final class LoreClock: Sendable {
    private let offset = NIOLockedValueBox<TimeInterval>(0)
    private let fixed = NIOLockedValueBox<Date?>(nil)

    public init() {}

    /// The current time.
    public func now() -> Date {
        if let date = fixed.withLockedValue({ $0 }) { return date }
        return Date().addingTimeInterval(offset.withLockedValue { $0 })
    }

    /// Moves the clock forward (tests).
    public func advance(by seconds: TimeInterval) {
        if let date = fixed.withLockedValue({ $0 }) {
            fixed.withLockedValue { $0 = date.addingTimeInterval(seconds) }
        } else {
            offset.withLockedValue { $0 += seconds }
        }
    }

    /// Freezes the clock at `date` (tests).
    public func freeze(at date: Date) {
        fixed.withLockedValue { $0 = date }
    }
}
