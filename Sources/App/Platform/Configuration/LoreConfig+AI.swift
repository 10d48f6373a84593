import Assistant
import Crypto
import Ethereum
import Foundation

/// The AI assistant's settings: which provider answers, its model tiers and limits, the cache,
/// and how long generation logs are kept (README "AI assistant").
public struct AISettings: Sendable, Equatable {
    /// Which `AIProvider` adapter serves the assistant.
    public enum Provider: Sendable, Equatable {
        /// The embedded text-analysis provider (no network): the default.
        case local
        /// OpenRouter, chosen by `OPENROUTER_API_KEY` alone.
        case openRouter(OpenAICompatibleConfiguration)
        /// Any OpenAI-compatible server at `AI_BASE_URL` (Ollama, llama.cpp, vLLM, …).
        case openAICompatible(OpenAICompatibleConfiguration)

        /// The adapter's name, as `GET /api/version` reports it (and the first part of
        /// ``AISettings/sharedNamespace``).
        public var name: String {
            switch self {
            case .local: "local"
            case .openRouter: "openrouter"
            case .openAICompatible: "openai-compatible"
            }
        }
    }

    /// Where answers and rate-limit marks are kept: in this process, or in the database where
    /// every instance sees them (`AI_CACHE_STORE`).
    public enum SharedState: String, Sendable, Equatable {
        case memory
        case database
    }

    public var provider: Provider

    /// What the shared answer cache and rate-limit marks are keyed under: the provider's name,
    /// and for a model server a digest of its base URL and both tiers' models — instances share
    /// answers and marks only when they ask the same models of the same server.
    public var sharedNamespace: String {
        switch provider {
        case .local:
            return provider.name
        case .openRouter(let server), .openAICompatible(let server):
            let identity = [
                server.baseURL, assistant.tiers.fast.joined(separator: ","),
                assistant.tiers.quality.joined(separator: ","),
            ].joined(separator: "\n")
            return provider.name + ":" + Hex.encode(SHA256.hash(data: Data(identity.utf8)).prefix(8), prefix: false)
        }
    }
    /// `memory` by default on SQLite (one instance: the embedded defaults); `database` by
    /// default on PostgreSQL, so several instances share one cache and one set of marks.
    public var sharedState: SharedState
    /// Tiers, sampling, timeouts, cooldown and cache settings handed to the `Assistant`.
    public var assistant: AssistantConfiguration
    /// Generation logs older than this are folded into the daily statistics and deleted
    /// (DECISIONS.md "Retention [21]").
    public var logRetentionDays: Int

    /// Current OpenRouter models, cheapest-fastest first; used when only `OPENROUTER_API_KEY` is
    /// set. The original system's chains (gemini-flash-1.5, …) are no longer served.
    public static let openRouterDefaultTiers = ModelTiers(
        fast: [
            "google/gemini-2.5-flash", "meta-llama/llama-3.3-70b-instruct", "mistralai/mistral-small-3.2-24b-instruct",
        ],
        quality: ["google/gemini-2.5-pro", "anthropic/claude-sonnet-4"])
}

extension AISettings {
    /// Reads every `AI_*` variable and `OPENROUTER_API_KEY`, recording problems in `reader`.
    static func read(
        _ reader: inout VariableReader, publicURL: URL, database: LoreConfig.DatabaseChoice
    ) -> AISettings {
        var assistant = AssistantConfiguration()
        assistant.temperature = reader.decimal("AI_TEMPERATURE", default: 0.7, in: 0...2)
        assistant.maxTokens = reader.integer("AI_MAX_TOKENS", default: 500, in: 64...32_768)
        assistant.requestTimeout = .seconds(reader.integer("AI_REQUEST_TIMEOUT", default: 30, in: 1...600))
        assistant.rateLimitCooldown = .seconds(reader.integer("AI_RATE_LIMIT_COOLDOWN", default: 300, in: 1...86_400))
        assistant.maxRateLimitCooldown = max(assistant.maxRateLimitCooldown, assistant.rateLimitCooldown)
        assistant.cacheEnabled = reader.bool("AI_CACHE_ENABLED", default: true)
        assistant.cacheTTL = .seconds(reader.integer("AI_CACHE_TTL", default: 3600, in: 1...604_800))
        let retention = reader.integer("AI_LOG_RETENTION_DAYS", default: 90, in: 1...3650)

        let fast = reader.modelList("AI_MODELS_FAST")
        let quality = reader.modelList("AI_MODELS_QUALITY")
        let apiKey = reader.optional("AI_API_KEY")
        let openRouterKey = reader.optional("OPENROUTER_API_KEY")
        let provider: Provider
        if reader.optional("AI_BASE_URL") != nil {
            let baseURL = reader.url("AI_BASE_URL", default: "", schemes: ["http", "https"])
            // A compatible server names its own models (`llama3.2`, `qwen2.5:7b`): no default fits.
            if fast == nil && reader.optional("AI_MODELS_FAST") == nil {
                reader.problem(
                    "AI_MODELS_FAST is required with AI_BASE_URL: the comma-separated model names the server serves")
            }
            assistant.tiers = ModelTiers(fast: fast ?? [], quality: quality ?? fast ?? [])
            provider = .openAICompatible(
                OpenAICompatibleConfiguration(
                    baseURL: baseURL.absoluteString, apiKey: apiKey))
        } else if let openRouterKey {
            if apiKey != nil {
                reader.problem("AI_API_KEY is only used with AI_BASE_URL; OpenRouter reads OPENROUTER_API_KEY")
            }
            let defaults = openRouterDefaultTiers
            assistant.tiers = ModelTiers(fast: fast ?? defaults.fast, quality: quality ?? defaults.quality)
            provider = .openRouter(
                OpenAICompatibleConfiguration(
                    apiKey: openRouterKey, referer: publicURL.absoluteString, appTitle: "Lore"))
        } else {
            // Silently ignoring these would leave an operator believing a remote model answers.
            for name in ["AI_MODELS_FAST", "AI_MODELS_QUALITY", "AI_API_KEY"] where reader.optional(name) != nil {
                reader.problem(
                    "\(name) needs OPENROUTER_API_KEY or AI_BASE_URL (the local provider has no models to choose)")
            }
            assistant.tiers = .local
            provider = .local
        }
        let defaultState: SharedState = if case .postgres = database { .database } else { .memory }
        let sharedState = SharedState(
            rawValue: reader.choice("AI_CACHE_STORE", default: defaultState.rawValue, among: ["memory", "database"]))
        return AISettings(
            provider: provider, sharedState: sharedState ?? defaultState, assistant: assistant,
            logRetentionDays: retention)
    }
}

extension VariableReader {
    /// A decimal number within `range`.
    mutating func decimal(_ name: String, default fallback: Double, in range: ClosedRange<Double>) -> Double {
        guard let raw = optional(name) else { return fallback }
        guard let value = Double(raw), value.isFinite, range.contains(value) else {
            problem("\(name) must be a number from \(range.lowerBound) to \(range.upperBound) (got '\(raw)')")
            return fallback
        }
        return value
    }

    /// A comma-separated, ordered list of distinct model names, or nil when the variable is unset.
    mutating func modelList(_ name: String) -> [String]? {
        guard let raw = optional(name) else { return nil }
        let models = raw.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let wellFormed = models.allSatisfy { !$0.isEmpty && $0.count <= 200 && !$0.contains(where: \.isWhitespace) }
        guard wellFormed, Set(models).count == models.count else {
            problem("\(name) must be a comma-separated list of distinct model names without spaces (got '\(raw)')")
            return nil
        }
        return models
    }
}
