import Assistant
import Vapor

extension Assistant {
    /// The assistant `configure` installs: the configured provider, the answer cache and
    /// rate-limit marks in the database (shared by every instance, on SQLite and PostgreSQL),
    /// and the app's clock for cache expiry and marks.
    static func make(settings: AISettings, app: Application, clock: LoreClock) -> Assistant {
        let database = DatabaseHandle(app)
        let namespace = settings.provider.name
        let provider: any AIProvider = switch settings.provider {
        case .local:
            LocalProvider()
        case .openRouter(let configuration), .openAICompatible(let configuration):
            OpenAICompatibleProvider(configuration: configuration, httpClient: app.http.client.shared)
        }
        let cache = settings.assistant.cacheEnabled ? DatabaseAnswerCache(namespace: namespace, database: database) : nil
        return Assistant(
            provider: provider, configuration: settings.assistant, cache: cache,
            rateLimitMarks: DatabaseRateLimitMarks(namespace: namespace, database: database), now: { clock.now() })
    }
}
