import Foundation

/// ISO 8601 timestamps in UTC with milliseconds (`2026-11-22T10:30:00.123Z`); parsing also
/// accepts whole seconds.
enum ISO8601 {
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()

    static func string(from date: Date) -> String {
        date.formatted(fractional)
    }

    static func date(from text: String) -> Date? {
        (try? fractional.parse(text)) ?? (try? whole.parse(text))
    }
}
