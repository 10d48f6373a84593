import Foundation
import Vapor

/// One day of the `response_time_trend` (DECISIONS.md "Statistics [18]").
struct AIResponseTimePoint: Content {
    let date: String
    let requests: Int
    let avgResponseTimeMs: Int
    let p95ResponseTimeMs: Int

    init(_ usage: AIDailyUsage) {
        date = usage.day.description
        requests = usage.totals.totalRequests
        avgResponseTimeMs = Int(usage.totals.averageResponseTimeMs.rounded())
        p95ResponseTimeMs = usage.p95ResponseTimeMs
    }

    enum CodingKeys: String, CodingKey {
        case date, requests
        case avgResponseTimeMs = "avg_response_time_ms"
        case p95ResponseTimeMs = "p95_response_time_ms"
    }
}

/// The figures both statistics endpoints share (06-API-DOCUMENTATION.md §18-19).
struct AIUsageFigures: Encodable {
    let totalRequests: Int
    let successfulRequests: Int
    let failedRequests: Int
    let cacheHits: Int
    let cacheHitRate: Double
    let avgResponseTimeMs: Int
    let totalTokensUsed: Int64
    let requestsByOperation: [String: Int]
    let requestsByModel: [String: Int]
    let requestsByStatus: [String: Int]
    let responseTimeTrend: [AIResponseTimePoint]

    init(_ summary: AIUsageSummary) {
        let totals = summary.totals
        totalRequests = totals.totalRequests
        successfulRequests = totals.successfulRequests
        failedRequests = totals.failedRequests
        cacheHits = totals.cacheHits
        cacheHitRate = totals.cacheHitRate
        avgResponseTimeMs = Int(totals.averageResponseTimeMs.rounded())
        totalTokensUsed = totals.totalTokensUsed
        requestsByOperation = totals.requestsByOperation
        requestsByModel = totals.byModel
        requestsByStatus = totals.requestsByStatus
        responseTimeTrend = summary.days.map(AIResponseTimePoint.init)
    }

    enum CodingKeys: String, CodingKey {
        case totalRequests = "total_requests"
        case successfulRequests = "successful_requests"
        case failedRequests = "failed_requests"
        case cacheHits = "cache_hits"
        case cacheHitRate = "cache_hit_rate"
        case avgResponseTimeMs = "avg_response_time_ms"
        case totalTokensUsed = "total_tokens_used"
        case requestsByOperation = "requests_by_operation"
        case requestsByModel = "requests_by_model"
        case requestsByStatus = "requests_by_status"
        case responseTimeTrend = "response_time_trend"
    }
}

/// One of the caller's latest requests.
struct AIRecentRequest: Content {
    let id: UUID
    let operationType: String
    let status: String
    let modelUsed: String
    let modelTier: String
    let responseTimeMs: Int
    let tokensUsed: Int?
    let cacheHit: Bool
    let assetUUID: UUID?
    let errorMessage: String
    let createdAt: Date

    init(_ log: AIGenerationLog) throws {
        id = try log.requireID()
        operationType = log.operationType
        status = log.status.rawValue
        modelUsed = log.modelUsed
        modelTier = log.modelTier
        responseTimeMs = log.responseTimeMs
        tokensUsed = log.tokensUsed
        cacheHit = log.cacheHit
        assetUUID = log.$asset.id
        errorMessage = log.errorMessage
        createdAt = log.createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, status
        case operationType = "operation_type"
        case modelUsed = "model_used"
        case modelTier = "model_tier"
        case responseTimeMs = "response_time_ms"
        case tokensUsed = "tokens_used"
        case cacheHit = "cache_hit"
        case assetUUID = "asset_uuid"
        case errorMessage = "error_message"
        case createdAt = "created_at"
    }
}

/// `GET /api/assets/ai/usage-stats/`.
struct AIUsageStatsResponse: JSONResponseEncodable {
    let startDate: String?
    let endDate: String
    let figures: AIUsageFigures
    let recentRequests: [AIRecentRequest]

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date"
        case endDate = "end_date"
        case recentRequests = "recent_requests"
    }

    func encode(to encoder: any Encoder) throws {
        try figures.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(startDate, forKey: .startDate)
        try container.encode(endDate, forKey: .endDate)
        try container.encode(recentRequests, forKey: .recentRequests)
    }
}

/// `GET /api/assets/ai/platform-stats/`.
struct AIPlatformStatsResponse: JSONResponseEncodable {
    struct Day: Encodable {
        let date: String
        let totalRequests: Int
        let cacheHits: Int
        let uniqueUsers: Int

        enum CodingKeys: String, CodingKey {
            case date
            case totalRequests = "total_requests"
            case cacheHits = "cache_hits"
            case uniqueUsers = "unique_users"
        }
    }

    let days: Int
    let startDate: String
    let endDate: String
    let totalUsers: Int
    let figures: AIUsageFigures
    let dailyStats: [Day]

    enum CodingKeys: String, CodingKey {
        case days
        case startDate = "start_date"
        case endDate = "end_date"
        case totalUsers = "total_users"
        case dailyStats = "daily_stats"
    }

    func encode(to encoder: any Encoder) throws {
        try figures.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days, forKey: .days)
        try container.encode(startDate, forKey: .startDate)
        try container.encode(endDate, forKey: .endDate)
        try container.encode(totalUsers, forKey: .totalUsers)
        try container.encode(dailyStats, forKey: .dailyStats)
    }
}
