import Fluent
import Foundation
import Vapor

/// `GET /api/assets/ai/usage-stats/` (the caller's usage) and `GET /api/assets/ai/platform-stats/`
/// (everyone's, aggregated; every signed-in user may read it, DECISIONS.md "AI").
enum AIStatsController {
    /// How many of the caller's latest requests `recent_requests` lists.
    static let recentRequestCount = 10
    /// The longest `days` window platform-stats accepts.
    static let maximumDays = 3650

    /// `start_date` / `end_date` (YYYY-MM-DD, UTC, optional): all of the caller's history by default.
    static func usageStats(req: Request) async throws -> AIUsageStatsResponse {
        let user = try req.requireUser()
        let userID = try user.requireID()
        let today = AIDay(containing: req.lore.clock.now())
        let (first, end) = try dateRange(req)
        let last = min(end ?? today, today)
        let summary = try await AIUsageSummary.load(.user(userID), from: first, through: last, on: req.db)
        var recent = AIGenerationLog.query(on: req.db).filter(\.$user.$id == userID)
            .filter(\.$createdAt < last.end)
        if let first { recent = recent.filter(\.$createdAt >= first.start) }
        let logs = try await recent.sort(\.$createdAt, .descending).limit(recentRequestCount).all()
        return AIUsageStatsResponse(
            startDate: first?.description, endDate: last.description, figures: AIUsageFigures(summary),
            recentRequests: try logs.map(AIRecentRequest.init))
    }

    /// `days` (default 30): the last N days, today included.
    static func platformStats(req: Request) async throws -> AIPlatformStatsResponse {
        var days = 30
        if let raw = req.query[String.self, at: "days"] {
            guard let value = Int(raw), (1...maximumDays).contains(value) else {
                throw APIError.validation(["days": ["A whole number of days from 1 to \(maximumDays)."]])
            }
            days = value
        }
        let last = AIDay(containing: req.lore.clock.now())
        let first = last.adding(days: 1 - days)
        let summary = try await AIUsageSummary.load(.platform, from: first, through: last, on: req.db)
        let daily = summary.days.map {
            AIPlatformStatsResponse.Day(
                date: $0.day.description, totalRequests: $0.totals.totalRequests, cacheHits: $0.totals.cacheHits,
                uniqueUsers: $0.uniqueUsers)
        }
        return AIPlatformStatsResponse(
            days: days, startDate: first.description, endDate: last.description, totalUsers: summary.users.count,
            figures: AIUsageFigures(summary), dailyStats: daily)
    }

    /// Parses and checks the optional date range: 400 naming each bad field.
    private static func dateRange(_ req: Request) throws -> (AIDay?, AIDay?) {
        var problems: [String: [String]] = [:]
        func day(_ name: String) -> AIDay? {
            guard let raw = req.query[String.self, at: name] else { return nil }
            guard let day = AIDay(raw) else {
                problems[name] = ["A date as YYYY-MM-DD."]
                return nil
            }
            return day
        }
        let (start, end) = (day("start_date"), day("end_date"))
        if let start, let end, end < start { problems["end_date"] = ["Must not be before start_date."] }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        return (start, end)
    }
}
