/// A model tier (`AIGenerationLog.model_tier`); each is an ordered fallback list of models.
public enum ModelTier: String, Sendable, Codable, CaseIterable {
    case fast
    case quality
}

/// The models of each tier, tried in order.
public struct ModelTiers: Sendable, Equatable {
    public var fast: [String]
    public var quality: [String]

    public init(fast: [String], quality: [String]) {
        self.fast = fast
        self.quality = quality
    }

    public subscript(tier: ModelTier) -> [String] {
        switch tier {
        case .fast: fast
        case .quality: quality
        }
    }

    /// The embedded local provider, the only "model" of both tiers.
    public static let local = ModelTiers(fast: [LocalProvider.modelName], quality: [LocalProvider.modelName])
}

/// Everything the assistant needs to know besides its provider, cache and rate-limit marks.
public struct AssistantConfiguration: Sendable, Equatable {
    /// The fallback chains (default: the local provider).
    public var tiers: ModelTiers
    /// Sampling temperature for the creative tasks, titles and descriptions (`AI_TEMPERATURE`, 0.7).
    public var temperature: Double
    /// Sampling temperature for analysis, license and derivative answers, which should be stable (0.2).
    public var analyticalTemperature: Double
    /// Upper bound on answer tokens (`AI_MAX_TOKENS`, 500).
    public var maxTokens: Int
    /// Per-model request timeout (`AI_REQUEST_TIMEOUT`, 30 s).
    public var requestTimeout: Duration
    /// How long a model that answered 429 is skipped when it sent no `Retry-After` (5 minutes).
    public var rateLimitCooldown: Duration
    /// Upper bound on a `Retry-After` the assistant honours, so one header cannot park a model for days (1 hour).
    public var maxRateLimitCooldown: Duration
    /// `AI_CACHE_ENABLED` (true).
    public var cacheEnabled: Bool
    /// `AI_CACHE_TTL` (1 hour, DECISIONS.md "AI / Cache").
    public var cacheTTL: Duration
    public var inputLimits: InputLimits

    public init(
        tiers: ModelTiers = .local,
        temperature: Double = 0.7,
        analyticalTemperature: Double = 0.2,
        maxTokens: Int = 500,
        requestTimeout: Duration = .seconds(30),
        rateLimitCooldown: Duration = .seconds(300),
        maxRateLimitCooldown: Duration = .seconds(3600),
        cacheEnabled: Bool = true,
        cacheTTL: Duration = .seconds(3600),
        inputLimits: InputLimits = InputLimits()
    ) {
        self.tiers = tiers
        self.temperature = temperature
        self.analyticalTemperature = analyticalTemperature
        self.maxTokens = maxTokens
        self.requestTimeout = requestTimeout
        self.rateLimitCooldown = rateLimitCooldown
        self.maxRateLimitCooldown = maxRateLimitCooldown
        self.cacheEnabled = cacheEnabled
        self.cacheTTL = cacheTTL
        self.inputLimits = inputLimits
    }
}
