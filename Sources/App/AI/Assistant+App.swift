import Assistant
import Vapor

extension Assistant {
    /// The assistant `configure` installs: the configured provider, the answer cache and
    /// rate-limit marks in this process or in the database (shared by every instance; the
    /// default on PostgreSQL), and the app's clock for cache expiry and marks.
    static func make(settings: AISettings, app: Application, clock: LoreClock) -> Assistant {
        let database = DatabaseHandle(app)
        let namespace = settings.sharedNamespace
        let provider: any AIProvider =
            switch settings.provider {
            case .local:
                LocalProvider()
            case .openRouter(let configuration), .openAICompatible(let configuration):
                OpenAICompatibleProvider(configuration: configuration)
            }
        let now: @Sendable () -> Date = { clock.now() }
        let cache: (any AnswerCache)?
        let marks: any RateLimitMarks
        switch settings.sharedState {
        case .memory:
            cache = InMemoryAnswerCache(now: now)
            marks = InMemoryRateLimitMarks()
        case .database:
            cache = DatabaseAnswerCache(namespace: namespace, database: database)
            // The local provider never answers 429: there is nothing to share, nor to look up.
            marks =
                settings.provider == .local
                ? InMemoryRateLimitMarks() : DatabaseRateLimitMarks(namespace: namespace, database: database)
        }
        return Assistant(
            provider: provider, configuration: settings.assistant, cache: cache, rateLimitMarks: marks, now: now)
    }
}
