import Foundation

/// A calendar day in UTC, the unit of AI usage statistics (`YYYY-MM-DD`).
struct AIDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    let index: Int

    init(index: Int) { self.index = index }

    init(containing date: Date) {
        index = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Parses `YYYY-MM-DD`; nil for anything else, including impossible dates (2025-02-30).
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(index: Self.daysFromCivil(year: year, month: month, day: day))
        guard description == text else { return nil }
    }

    var start: Date { Date(timeIntervalSince1970: TimeInterval(index) * 86_400) }
    /// The start of the next day (exclusive end).
    var end: Date { next.start }
    var next: AIDay { AIDay(index: index + 1) }
    var previous: AIDay { AIDay(index: index - 1) }

    func adding(days: Int) -> AIDay { AIDay(index: index + days) }

    /// `YYYY-MM-DD`.
    var description: String {
        let (year, month, day) = Self.civilFromDays(index)
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    static func < (lhs: AIDay, rhs: AIDay) -> Bool { lhs.index < rhs.index }

    /// Every day from `first` through `last`.
    static func through(_ first: AIDay, _ last: AIDay) -> [AIDay] {
        first <= last ? (first.index...last.index).map(AIDay.init(index:)) : []
    }

    // Proleptic Gregorian calendar conversions (H. Hinnant, "chrono-Compatible Low-Level Date
    // Algorithms"): exact for every day, no Calendar or time zone involved.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
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
