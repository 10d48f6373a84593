import Foundation

/// An RFC 3339 `date-time` as it appears in a SIWE message: the exact original text (so a
/// parsed message serialises back byte for byte) and the instant it denotes.
public struct SIWETimestamp: Hashable, Sendable, CustomStringConvertible {
    /// The text as written, e.g. `2021-09-30T16:25:24.000Z` or `2021-09-30T16:25:24-02:00`.
    public let text: String
    /// The instant `text` denotes.
    public let date: Date

    /// Parses an RFC 3339 `date-time` (§5.6): `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, with
    /// calendar validation (no 31 February) and `T`/`Z` in either case, as ABNF literals are.
    /// Returns nil for anything else.
    public init?(rfc3339 text: String) {
        guard let date = RFC3339.date(from: text) else { return nil }
        self.text = text
        self.date = date
    }

    /// Formats `date` in UTC with milliseconds (`2021-09-30T16:25:24.000Z`), the form
    /// JavaScript's `toISOString()` and most SIWE clients produce. `date` is truncated to whole
    /// milliseconds so that `text` and `date` denote the same instant.
    /// Precondition: `date` lies in the years 0000–9999 (RFC 3339 has four-digit years).
    public init(_ date: Date) {
        // Round to whole microseconds first: Date stores seconds since 2001 as a Double, so an
        // instant like 1969-12-31T23:59:59.999 comes back as …59.99899995 and would truncate to .998.
        let milliseconds = ((date.timeIntervalSince1970 * 1_000_000).rounded() / 1000).rounded(.down)
        precondition(
            (RFC3339.earliestMilliseconds...RFC3339.latestMilliseconds).contains(milliseconds),
            "RFC 3339 timestamps have four-digit years")
        let text = RFC3339.string(millisecondsSince1970: Int(milliseconds))
        // Take the instant from the text, so a built and a parsed timestamp of the same text are equal.
        guard let instant = RFC3339.date(from: text) else { preconditionFailure("unparseable formatted date \(text)") }
        self.text = text
        self.date = instant
    }

    public var description: String { text }
}

/// RFC 3339 parsing and formatting without Foundation formatters (which allocate, are not
/// Sendable, and accept looser forms than the SIWE grammar allows).
public enum RFC3339 {
    static func date(from text: String) -> Date? {
        let b = Array(text.utf8)
        // Shortest: 2021-09-30T16:25:24Z (20 bytes).
        guard b.count >= 20 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var value = 0
            for i in range {
                guard RFC3986.isDigit(b[i]) else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard let year = number(0..<4), b[4] == 45, let month = number(5..<7), b[7] == 45,
            let day = number(8..<10), b[10] == 84 || b[10] == 116,
            let hour = number(11..<13), b[13] == 58, let minute = number(14..<16), b[16] == 58,
            let second = number(17..<19)
        else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }

        var i = 19
        var fraction = 0.0
        if b[i] == 46 {
            let start = i + 1
            i = start
            while i < b.count, RFC3986.isDigit(b[i]) { i += 1 }
            guard i > start, let value = Double("0." + String(decoding: b[start..<i], as: UTF8.self)) else {
                return nil
            }
            fraction = value
        }
        guard i < b.count else { return nil }
        var offsetSeconds = 0
        switch b[i] {
        case 90, 122:  // Z, z
            i += 1
        case 43, 45:  // +, -
            guard i + 6 == b.count, let offsetHour = number(i + 1..<i + 3), b[i + 3] == 58,
                let offsetMinute = number(i + 4..<i + 6), (0...23).contains(offsetHour), (0...59).contains(offsetMinute)
            else { return nil }
            offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (b[i] == 43 ? 1 : -1)
            i += 6
        default:
            return nil
        }
        guard i == b.count else { return nil }
        // A leap second (:60) simply counts into the next minute: Date has no leap seconds.
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z in milliseconds since 1970.
    static let earliestMilliseconds = Double(daysSinceEpoch(year: 0, month: 1, day: 1)) * 86_400_000
    static let latestMilliseconds = Double(daysSinceEpoch(year: 10_000, month: 1, day: 1)) * 86_400_000 - 1

    static func string(millisecondsSince1970 totalMilliseconds: Int) -> String {
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let totalSeconds = (totalMilliseconds - milliseconds) / 1000
        let secondsOfDay = ((totalSeconds % 86_400) + 86_400) % 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: (totalSeconds - secondsOfDay) / 86_400)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay / 60 % 60, 2)):\(pad(secondsOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Inverse of ``daysSinceEpoch(year:month:day:)`` (Hinnant's `civil_from_days`).
    public static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
