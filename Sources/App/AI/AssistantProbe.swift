import Assistant
import Vapor

/// Lets `lore-bench` time the configured assistant in-process — a cache hit (in memory or in the
/// database, as configured) without HTTP, sign-in or logging around it. Not used by the app itself.
public struct AssistantProbe: Sendable {
    private let assistant: Assistant

    public init(_ app: Application) {
        assistant = app.lore.assistant
    }

    /// Asks for four titles; returns whether the answer came from the cache.
    public func generateTitles(description: String, assetType: String?) async throws -> Bool {
        try await assistant.generateTitles(TitleRequest(description: description, assetType: assetType)).cacheHit
    }
}
