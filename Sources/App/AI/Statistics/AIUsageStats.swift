import Fluent
import Foundation

/// One day's AI usage, for the whole platform (`scope` = `platform`) or one user (`scope` = the
/// user's UUID), aggregated from the generation logs by the daily statistics job once the day
/// is over (lore-inventory.md §3.7, §4.15). A row is written once and never recomputed: after
/// log retention it is the only record of its day.
final class AIUsageStats: Model, @unchecked Sendable {
    static let schema = "ai_usage_stats"
    static let platformScope = "platform"

    @ID(key: .id) var id: UUID?
    /// `YYYY-MM-DD`, UTC.
    @Field(key: "date") var date: String
    @Field(key: "scope") var scope: String
    /// The user of a per-user row; nil for the platform row.
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "total_requests") var totalRequests: Int
    /// Answered, by a model or from the cache.
    @Field(key: "successful_requests") var successfulRequests: Int
    @Field(key: "failed_requests") var failedRequests: Int
    @Field(key: "cache_hits") var cacheHits: Int
    /// Sum of response times, so averages over several days stay exact.
    @Field(key: "total_response_time_ms") var totalResponseTimeMs: Int64
    @Field(key: "avg_response_time_ms") var avgResponseTimeMs: Double
    /// Nearest-rank 95th percentile of the day's response times.
    @Field(key: "p95_response_time_ms") var p95ResponseTimeMs: Int
    @Field(key: "total_tokens_used") var totalTokensUsed: Int64
    /// JSON objects of counts: by operation, by model (answered requests), by status.
    @Field(key: "requests_by_operation") var requestsByOperation: String
    @Field(key: "requests_by_model") var requestsByModel: String
    @Field(key: "requests_by_status") var requestsByStatus: String
    /// Distinct users that day (1 on a per-user row).
    @Field(key: "unique_users") var uniqueUsers: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
