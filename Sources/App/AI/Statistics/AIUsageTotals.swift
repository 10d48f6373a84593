import Assistant
import Foundation

/// The facts of one generation log that statistics need (the large JSON columns left out).
struct AILogFacts: Decodable, Sendable {
    let userID: UUID
    let operationType: String
    let modelUsed: String
    let status: String
    let cacheHit: Bool
    let responseTimeMs: Int
    let tokensUsed: Int?
    let createdAt: Date

    static let columns = [
        "user_id", "operation_type", "model_used", "status", "cache_hit", "response_time_ms", "tokens_used",
        "created_at",
    ]

    enum CodingKeys: String, CodingKey {
        case status
        case userID = "user_id"
        case operationType = "operation_type"
        case modelUsed = "model_used"
        case cacheHit = "cache_hit"
        case responseTimeMs = "response_time_ms"
        case tokensUsed = "tokens_used"
        case createdAt = "created_at"
    }
}

/// Counts and sums over a set of requests; adding two totals gives the totals of both sets, so
/// days read from `AIUsageStats` and days read from the logs combine exactly.
struct AIUsageTotals: Sendable, Equatable {
    var totalRequests = 0
    /// Answered, by a model or from the cache.
    var successfulRequests = 0
    var failedRequests = 0
    var cacheHits = 0
    var totalResponseTimeMs: Int64 = 0
    var totalTokensUsed: Int64 = 0
    var byOperation: [String: Int] = [:]
    /// Answered requests by the model that produced the answer.
    var byModel: [String: Int] = [:]
    var byStatus: [String: Int] = [:]

    mutating func add(_ log: AILogFacts) {
        totalRequests += 1
        if log.status == AIGenerationLog.Status.failed.rawValue { failedRequests += 1 } else { successfulRequests += 1 }
        if log.cacheHit { cacheHits += 1 }
        totalResponseTimeMs += Int64(log.responseTimeMs)
        totalTokensUsed += Int64(log.tokensUsed ?? 0)
        byOperation[log.operationType, default: 0] += 1
        if !log.modelUsed.isEmpty { byModel[log.modelUsed, default: 0] += 1 }
        byStatus[log.status, default: 0] += 1
    }

    mutating func add(_ other: AIUsageTotals) {
        totalRequests += other.totalRequests
        successfulRequests += other.successfulRequests
        failedRequests += other.failedRequests
        cacheHits += other.cacheHits
        totalResponseTimeMs += other.totalResponseTimeMs
        totalTokensUsed += other.totalTokensUsed
        byOperation.merge(other.byOperation, uniquingKeysWith: +)
        byModel.merge(other.byModel, uniquingKeysWith: +)
        byStatus.merge(other.byStatus, uniquingKeysWith: +)
    }

    var averageResponseTimeMs: Double {
        totalRequests == 0 ? 0 : Double(totalResponseTimeMs) / Double(totalRequests)
    }

    /// cache hits / requests × 100, two decimals (inventory §2.10: 12 of 47 → 25.53).
    var cacheHitRate: Double {
        totalRequests == 0 ? 0 : (Double(cacheHits) / Double(totalRequests) * 10_000).rounded() / 100
    }

    /// Every operation, zero included, so charts have a stable set of bars.
    var requestsByOperation: [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: AssistantOperation.allCases.map { ($0.rawValue, 0) })
        counts.merge(byOperation, uniquingKeysWith: +)
        return counts
    }

    /// Every status, zero included.
    var requestsByStatus: [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: AIGenerationLog.Status.allCases.map { ($0.rawValue, 0) })
        counts.merge(byStatus, uniquingKeysWith: +)
        return counts
    }
}

/// One day of usage: its totals, the 95th percentile of its response times and its users.
struct AIDailyUsage: Sendable, Equatable {
    let day: AIDay
    var totals: AIUsageTotals
    var p95ResponseTimeMs: Int
    var uniqueUsers: Int

    static func empty(_ day: AIDay) -> AIDailyUsage {
        AIDailyUsage(day: day, totals: AIUsageTotals(), p95ResponseTimeMs: 0, uniqueUsers: 0)
    }

    /// The usage of one day's logs.
    init(day: AIDay, logs: [AILogFacts]) {
        self.day = day
        var totals = AIUsageTotals()
        for log in logs { totals.add(log) }
        self.totals = totals
        p95ResponseTimeMs = Self.p95(logs.map(\.responseTimeMs))
        uniqueUsers = Set(logs.map(\.userID)).count
    }

    init(day: AIDay, totals: AIUsageTotals, p95ResponseTimeMs: Int, uniqueUsers: Int) {
        self.day = day
        self.totals = totals
        self.p95ResponseTimeMs = p95ResponseTimeMs
        self.uniqueUsers = uniqueUsers
    }

    /// Nearest-rank 95th percentile: the smallest value at or above 95 % of the values.
    static func p95(_ values: [Int]) -> Int {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((0.95 * Double(sorted.count)).rounded(.up))
        return sorted[max(0, rank - 1)]
    }
}
