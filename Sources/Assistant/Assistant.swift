import Foundation

/// The AI assistant the app calls: five tasks, each validated, cached and run through a tier's
/// fallback chain of models.
public struct Assistant: Sendable {
    public let configuration: AssistantConfiguration
    let chain: ModelChain
    let cache: (any AnswerCache)?
    let now: @Sendable () -> Date

    /// - Parameters:
    ///   - provider: `LocalProvider()` (embedded default) or an `OpenAICompatibleProvider`.
    ///   - cache: where answers are kept for `configuration.cacheTTL`; nil disables caching.
    ///   - rateLimitMarks: shared with other instances when the app provides a database-backed store.
    ///   - now: the wall clock for cache expiry and rate-limit marks (tests move it forward).
    public init(
        provider: any AIProvider,
        configuration: AssistantConfiguration = AssistantConfiguration(),
        cache: (any AnswerCache)? = InMemoryAnswerCache(),
        rateLimitMarks: any RateLimitMarks = InMemoryRateLimitMarks(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.chain = ModelChain(
            provider: provider, configuration: configuration, rateLimitMarks: rateLimitMarks, now: now)
        self.cache = cache
        self.now = now
    }

    /// The embedded default: the local text-analysis provider as the only model of both tiers.
    public static func local(
        configuration: AssistantConfiguration = AssistantConfiguration(),
        cache: (any AnswerCache)? = InMemoryAnswerCache()
    ) -> Assistant {
        var configuration = configuration
        configuration.tiers = .local
        return Assistant(provider: LocalProvider(), configuration: configuration, cache: cache)
    }

    /// Four titles of two to six words for a description (`generate-title`).
    public func generateTitles(
        _ request: TitleRequest, tier: ModelTier = .fast
    ) async throws(AssistantError) -> AssistantAnswer<TitleSuggestions> {
        var validation = InputValidation(limits: configuration.inputLimits)
        let description = validation.requiredText(request.description, field: "description")
        let kind = validation.assetKind(request.assetType, required: false)
        try validation.finish()
        return try await run(TitleTask(description: description, assetKind: kind), tier: tier)
    }

    /// A 100-150-word description that keeps the original's meaning (`enhance-description`).
    public func enhanceDescription(
        _ request: DescriptionRequest, tier: ModelTier = .fast
    ) async throws(AssistantError) -> AssistantAnswer<EnhancedDescription> {
        let limits = configuration.inputLimits
        var validation = InputValidation(limits: limits)
        let description = validation.requiredText(request.description, field: "description")
        let title = validation.optionalText(request.title, field: "title", maxCharacters: limits.maxTitleCharacters)
        let kind = validation.assetKind(request.assetType, required: false)
        try validation.finish()
        return try await run(DescriptionTask(description: description, title: title, assetKind: kind), tier: tier)
    }

    /// Category, tags, style, theme, genre, mood, audience and asset type (`analyze-content`).
    public func analyzeContent(
        _ request: ContentAnalysisRequest, tier: ModelTier = .fast
    ) async throws(AssistantError) -> AssistantAnswer<ContentAnalysis> {
        let limits = configuration.inputLimits
        var validation = InputValidation(limits: limits)
        let title = validation.requiredShortText(
            request.title, field: "title", maxCharacters: limits.maxTitleCharacters)
        let description = validation.requiredText(request.description, field: "description")
        let mediaURL = validation.optionalText(
            request.mediaURL, field: "media_url", maxCharacters: limits.maxURLCharacters)
        try validation.finish()
        return try await run(
            ContentAnalysisTask(title: title, description: description, mediaURL: mediaURL), tier: tier)
    }

    /// A PIL flavor, its terms and a royalty share that fit the work and intent (`suggest-license`).
    public func suggestLicense(
        _ request: LicenseRequest, tier: ModelTier = .fast
    ) async throws(AssistantError) -> AssistantAnswer<LicenseSuggestion> {
        let limits = configuration.inputLimits
        var validation = InputValidation(limits: limits)
        let kind = validation.assetKind(request.assetType, required: true)
        let description = validation.requiredText(request.description, field: "description")
        let intendedUse = validation.optionalText(
            request.intendedUse, field: "intended_use", maxCharacters: limits.maxIntendedUseCharacters)
        try validation.finish()
        guard let kind else {
            throw .invalidInput([FieldError(field: "asset_type", message: "This field is required.")])
        }
        return try await run(
            LicenseTask(assetKind: kind, description: description, intendedUse: intendedUse), tier: tier)
    }

    /// Similarity of a derivative to its parent and a royalty share for the parent (`analyze-derivative`).
    public func analyzeDerivative(
        _ request: DerivativeRequest, tier: ModelTier = .fast
    ) async throws(AssistantError) -> AssistantAnswer<DerivativeAnalysis> {
        let limits = configuration.inputLimits
        var validation = InputValidation(limits: limits)
        let parent = validation.requiredText(request.parentDescription, field: "parent_description")
        let child = validation.requiredText(request.childDescription, field: "child_description")
        let parentURL = validation.optionalText(
            request.parentMediaURL, field: "parent_media_url", maxCharacters: limits.maxURLCharacters)
        let childURL = validation.optionalText(
            request.childMediaURL, field: "child_media_url", maxCharacters: limits.maxURLCharacters)
        try validation.finish()
        let task = DerivativeTask(
            parentDescription: parent, childDescription: child, parentMediaURL: parentURL, childMediaURL: childURL)
        return try await run(task, tier: tier)
    }
}
