import Fluent
import Foundation

/// One AI request and what became of it: every generate/enhance/analyze/suggest call writes a
/// row, answered, served from the cache or failed (lore-inventory.md §3.5).
final class AIGenerationLog: Model, @unchecked Sendable {
    static let schema = "ai_generation_logs"

    enum Status: String, Codable, Sendable, CaseIterable {
        /// A model answered.
        case success
        /// Every model failed (or was rate-limited); nothing was returned.
        case failed
        /// Served from the answer cache (DECISIONS.md "AI / Cache").
        case cached
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// The caller's asset the request was about, when the request named one.
    @OptionalParent(key: "asset_id") var asset: Asset?
    /// `title`, `description`, `analysis`, `license` or `derivative` (`AssistantOperation`).
    @Field(key: "operation_type") var operationType: String
    @Field(key: "model_tier") var modelTier: String
    /// The request's fields as JSON.
    @Field(key: "input_data") var inputData: String
    /// The answer as JSON; nil when the request failed.
    @OptionalField(key: "output_data") var outputData: String?
    /// The model that produced the answer (for a cache hit, the one that produced the cached
    /// answer); empty when no model answered.
    @Field(key: "model_used") var modelUsed: String
    @Enum(key: "status") var status: Status
    @Field(key: "cache_hit") var cacheHit: Bool
    /// Wall time of the whole call, cache lookup included.
    @Field(key: "response_time_ms") var responseTimeMs: Int
    /// As reported by the provider, summed over every model called; 0 for a cache hit, nil when
    /// the provider reports none (the local provider).
    @OptionalField(key: "tokens_used") var tokensUsed: Int?
    /// Empty unless the request failed.
    @Field(key: "error_message") var errorMessage: String
    @Field(key: "prompt_version") var promptVersion: String
    /// Every model tried, in order, with its outcome and error (JSON array).
    @Field(key: "attempts") var attempts: String
    /// SHA-256 of the request's canonical JSON (the answer-cache key).
    @Field(key: "cache_key") var cacheKey: String
    /// Set from the app's clock (not `@Timestamp`), so statistics and retention follow it.
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
