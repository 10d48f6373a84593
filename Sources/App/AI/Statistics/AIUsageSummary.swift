import Fluent
import Foundation

/// Whose usage: one user's or the whole platform's.
enum AIUsageScope: Sendable {
    case user(UUID)
    case platform

    var storedScope: String {
        switch self {
        case .user(let id): id.uuidString.lowercased()
        case .platform: AIUsageStats.platformScope
        }
    }

    var userID: UUID? {
        if case .user(let id) = self { return id }
        return nil
    }
}

/// Usage over a range of days: totals, one entry per day, and the users seen.
struct AIUsageSummary: Sendable {
    var totals = AIUsageTotals()
    /// One entry per day through the range's end, days without requests included.
    var days: [AIDailyUsage] = []
    var users: Set<UUID> = []

    /// Days up to the statistics watermark come from `AIUsageStats` (the only record once their
    /// logs are past retention); later days — today, and any day the daily job has not reached
    /// yet — from the logs. The two never overlap, so nothing is counted twice.
    static func load(
        _ scope: AIUsageScope, from first: AIDay?, through last: AIDay, on database: any Database
    ) async throws -> AIUsageSummary {
        var byDay: [AIDay: AIDailyUsage] = [:]
        var summary = AIUsageSummary()
        let watermark = try await AIUsageStatsStore.watermark(on: database)
        if let watermark, first.map({ $0 <= watermark }) ?? true {
            let storedLast = min(last, watermark)
            for usage in try await AIUsageStatsStore.days(
                scope: scope.storedScope, from: first, through: storedLast, on: database)
            {
                byDay[usage.day] = usage
            }
            switch scope {
            case .user(let id): if !byDay.isEmpty { summary.users.insert(id) }
            case .platform:
                summary.users = try await AIUsageStatsStore.users(from: first, through: storedLast, on: database)
            }
        }
        let logsFrom = [first, watermark?.next].compactMap { $0 }.max()
        if logsFrom.map({ $0 <= last }) ?? true {
            let logs = try await AIUsageStatsStore.logFacts(
                from: logsFrom?.start, to: last.end, userID: scope.userID, on: database)
            for (day, dayLogs) in Dictionary(grouping: logs, by: { AIDay(containing: $0.createdAt) }) {
                byDay[day] = AIDailyUsage(day: day, logs: dayLogs)
            }
            summary.users.formUnion(logs.map(\.userID))
        }
        for usage in byDay.values { summary.totals.add(usage.totals) }
        // No gaps in a trend: a range of up to a year is shown whole; a longer or open range
        // starts at its first day with requests.
        let firstWithData = byDay.filter { $0.value.totals.totalRequests > 0 }.keys.min()
        let start: AIDay? =
            if let first, last.index - first.index < 366 {
                first
            } else {
                firstWithData.map { max($0, first ?? $0) }
            }
        if let start { summary.days = AIDay.through(start, last).map { byDay[$0] ?? .empty($0) } }
        return summary
    }
}
