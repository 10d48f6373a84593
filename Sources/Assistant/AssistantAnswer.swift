import Foundation

/// A task's result with what the app records in `AIGenerationLog` and returns to the client.
public struct AssistantAnswer<Result: Sendable & Equatable>: Sendable, Equatable {
    public var result: Result
    public var operation: AssistantOperation
    /// The model that produced the result (for a cache hit: the one that produced the cached answer).
    public var modelUsed: String
    public var modelTier: ModelTier
    /// Wall time of the whole call, cache lookup included.
    public var responseTimeMs: Int
    /// Tokens consumed by this call as reported by the provider, summed over every model called
    /// (rejected answers cost tokens too); 0 for a cache hit; nil when the provider reports none.
    public var tokensUsed: Int?
    public var cacheHit: Bool
    /// Every model tried, in order; empty for a cache hit.
    public var attempts: [ModelAttempt]
    public var promptVersion: String
    /// The cache key of the request (hex SHA-256), also useful to correlate log rows.
    public var cacheKey: String
}

/// One model's turn in the fallback chain.
public struct ModelAttempt: Sendable, Equatable, Encodable {
    public enum Outcome: String, Sendable, Codable {
        case succeeded
        case failed
        /// Not called: marked rate-limited.
        case skipped
    }

    public var model: String
    public var outcome: Outcome
    /// Nil when the attempt succeeded.
    public var failure: ModelFailure?
    /// Time spent on this model; nil when skipped.
    public var responseTimeMs: Int?
    public var tokensUsed: Int?

    public init(model: String, outcome: Outcome, failure: ModelFailure?, responseTimeMs: Int?, tokensUsed: Int?) {
        self.model = model
        self.outcome = outcome
        self.failure = failure
        self.responseTimeMs = responseTimeMs
        self.tokensUsed = tokensUsed
    }

    /// The readable error, for logs.
    public var error: String? { failure?.description }

    enum CodingKeys: String, CodingKey {
        case model, outcome, error
        case responseTimeMs = "response_time_ms"
        case tokensUsed = "tokens_used"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(outcome, forKey: .outcome)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(responseTimeMs, forKey: .responseTimeMs)
        try container.encodeIfPresent(tokensUsed, forKey: .tokensUsed)
    }
}
