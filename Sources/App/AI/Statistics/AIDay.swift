import Foundation
import SIWE

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
        self.init(index: RFC3339.daysSinceEpoch(year: year, month: month, day: day))
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
        // Exact proleptic Gregorian arithmetic (the one SIWE timestamps use), no Calendar.
        let (year, month, day) = RFC3339.civilDate(daysSinceEpoch: index)
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    static func < (lhs: AIDay, rhs: AIDay) -> Bool { lhs.index < rhs.index }

    /// Every day from `first` through `last`.
    static func through(_ first: AIDay, _ last: AIDay) -> [AIDay] {
        first <= last ? (first.index...last.index).map(AIDay.init(index:)) : []
    }
}
