import Assistant
import Foundation
import Testing

@testable import App

@Suite("AI configuration")
struct AIConfigTests {
    @Test("no AI variables: the local provider, documented defaults")
    func localByDefault() throws {
        let ai = try LoreConfig(values: [:]).ai
        #expect(ai.provider == .local)
        #expect(ai.provider.name == "local")
        #expect(ai.assistant.tiers == .local)
        #expect(ai.assistant.temperature == 0.7 && ai.assistant.maxTokens == 500)
        #expect(ai.assistant.requestTimeout == .seconds(30) && ai.assistant.rateLimitCooldown == .seconds(300))
        #expect(ai.assistant.cacheEnabled && ai.assistant.cacheTTL == .seconds(3600))
        #expect(ai.logRetentionDays == 90)
        #expect(ai.sharedState == .memory)
    }

    @Test("AI_CACHE_STORE: in memory on SQLite, in the database on PostgreSQL, either when asked")
    func cacheStore() throws {
        let postgres = "postgres://lore@127.0.0.1:5432/lore"
        #expect(try LoreConfig(values: ["DATABASE_URL": postgres]).ai.sharedState == .database)
        #expect(
            try LoreConfig(values: ["DATABASE_URL": postgres, "AI_CACHE_STORE": "memory"]).ai.sharedState == .memory)
        #expect(try LoreConfig(values: ["AI_CACHE_STORE": "database"]).ai.sharedState == .database)
        let error = try #require(throws: ConfigurationError.self) {
            try LoreConfig(values: ["AI_CACHE_STORE": "redis"])
        }
        #expect(error.problems.contains { $0.hasPrefix("AI_CACHE_STORE") })
    }

    @Test("OPENROUTER_API_KEY alone: OpenRouter with current default tiers")
    func openRouter() throws {
        let config = try LoreConfig(values: [
            "OPENROUTER_API_KEY": "sk-or-1", "LORE_PUBLIC_URL": "https://lore.example",
        ])
        guard case .openRouter(let settings) = config.ai.provider else { Issue.record("\(config.ai.provider)"); return }
        #expect(settings.apiKey == "sk-or-1")
        #expect(settings.baseURL == OpenAICompatibleConfiguration.openRouterBaseURL)
        #expect(settings.referer == "https://lore.example" && settings.appTitle == "Lore")
        #expect(config.ai.assistant.tiers == AISettings.openRouterDefaultTiers)
        #expect(config.adapters.ai == "openrouter")
    }

    @Test("AI_BASE_URL: any compatible server, with its own models and every tuning variable")
    func compatibleServer() throws {
        let config = try LoreConfig(values: [
            "AI_BASE_URL": "http://127.0.0.1:11434/v1", "AI_MODELS_FAST": "llama3.2, qwen2.5:7b",
            "AI_TEMPERATURE": "0.3", "AI_MAX_TOKENS": "800", "AI_REQUEST_TIMEOUT": "45", "AI_RATE_LIMIT_COOLDOWN": "60",
            "AI_CACHE_ENABLED": "false", "AI_CACHE_TTL": "600", "AI_LOG_RETENTION_DAYS": "30",
        ])
        let ai = config.ai
        guard case .openAICompatible(let settings) = ai.provider else { Issue.record("\(ai.provider)"); return }
        #expect(settings.baseURL == "http://127.0.0.1:11434/v1" && settings.apiKey == nil)
        #expect(
            ai.assistant.tiers == ModelTiers(fast: ["llama3.2", "qwen2.5:7b"], quality: ["llama3.2", "qwen2.5:7b"]))
        #expect(ai.assistant.temperature == 0.3 && ai.assistant.maxTokens == 800)
        #expect(ai.assistant.requestTimeout == .seconds(45) && ai.assistant.rateLimitCooldown == .seconds(60))
        #expect(!ai.assistant.cacheEnabled && ai.assistant.cacheTTL == .seconds(600))
        #expect(ai.logRetentionDays == 30)
        #expect(config.adapters.ai == "openai-compatible")
    }

    @Test("the shared cache namespace changes with the server and the models, not with anything else")
    func sharedNamespace() throws {
        let server = ["AI_BASE_URL": "http://127.0.0.1:11434/v1", "AI_MODELS_FAST": "llama3.2"]
        func namespace(_ values: [String: String]) throws -> String {
            try LoreConfig(values: values).ai.sharedNamespace
        }
        #expect(try namespace([:]) == "local")
        let first = try namespace(server)
        #expect(first.hasPrefix("openai-compatible:") && first.count == "openai-compatible:".count + 16)
        #expect(try namespace(server.merging(["AI_TEMPERATURE": "0.1", "AI_CACHE_TTL": "60"]) { $1 }) == first)
        #expect(try namespace(server.merging(["AI_BASE_URL": "http://127.0.0.1:8081/v1"]) { $1 }) != first)
        #expect(try namespace(server.merging(["AI_MODELS_FAST": "qwen2.5:7b"]) { $1 }) != first)
        #expect(try namespace(server.merging(["AI_MODELS_QUALITY": "llama3.3"]) { $1 }) != first)
        #expect(try namespace(["OPENROUTER_API_KEY": "sk-or-1"]).hasPrefix("openrouter:"))
    }

    @Test("AI_BASE_URL never receives OPENROUTER_API_KEY: only AI_API_KEY is sent there")
    func openRouterKeyStaysWithOpenRouter() throws {
        let base = [
            "AI_BASE_URL": "http://127.0.0.1:11434/v1", "AI_MODELS_FAST": "llama3.2", "OPENROUTER_API_KEY": "sk-or-1",
        ]
        guard case .openAICompatible(let without) = try LoreConfig(values: base).ai.provider else {
            Issue.record("not the compatible provider")
            return
        }
        #expect(without.apiKey == nil)
        let withKey = try LoreConfig(values: base.merging(["AI_API_KEY": "sk-local"]) { $1 }).ai.provider
        guard case .openAICompatible(let settings) = withKey else { Issue.record("\(withKey)"); return }
        #expect(settings.apiKey == "sk-local")
    }

    @Test("every invalid AI value is a start-up problem naming its variable")
    func problems() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try LoreConfig(values: [
                "AI_BASE_URL": "ftp://models", "AI_TEMPERATURE": "hot", "AI_MAX_TOKENS": "0",
                "AI_REQUEST_TIMEOUT": "-1",
                "AI_RATE_LIMIT_COOLDOWN": "x", "AI_CACHE_ENABLED": "sometimes", "AI_CACHE_TTL": "0",
                "AI_LOG_RETENTION_DAYS": "0", "AI_MODELS_FAST": "a,,b", "AI_MODELS_QUALITY": "c,c",
            ])
        }
        for name in [
            "AI_BASE_URL", "AI_TEMPERATURE", "AI_MAX_TOKENS", "AI_REQUEST_TIMEOUT", "AI_RATE_LIMIT_COOLDOWN",
            "AI_CACHE_ENABLED", "AI_CACHE_TTL", "AI_LOG_RETENTION_DAYS", "AI_MODELS_FAST", "AI_MODELS_QUALITY",
        ] {
            #expect(error.problems.contains { $0.hasPrefix(name) }, "\(name) not reported")
        }
        #expect(error.problems.count == 10)
    }

    @Test("a compatible server needs its model names; model lists need a remote provider")
    func missingOrUselessModels() throws {
        let noModels = try #require(throws: ConfigurationError.self) {
            try LoreConfig(values: ["AI_BASE_URL": "http://127.0.0.1:8081/v1"])
        }
        #expect(
            noModels.problems == [
                "AI_MODELS_FAST is required with AI_BASE_URL: the comma-separated model names the server serves"
            ])
        let useless = try #require(throws: ConfigurationError.self) {
            try LoreConfig(values: ["AI_MODELS_FAST": "gpt-4o", "AI_API_KEY": "k"])
        }
        #expect(useless.problems.count == 2)
    }
}
