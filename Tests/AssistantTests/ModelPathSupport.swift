import Assistant
import Foundation

/// Starts a fake server for the body and always shuts it down.
func withFakeServer(_ body: (FakeChatServer) async throws -> Void) async throws {
    let server = try await FakeChatServer.start()
    do {
        try await body(server)
    } catch {
        try? await server.shutdown()
        throw error
    }
    try await server.shutdown()
}

/// An assistant wired to the fake server, with its clock and rate-limit marks exposed.
struct ModelPathHarness {
    let server: FakeChatServer
    let clock = TestClock()
    let marks = InMemoryRateLimitMarks()

    func assistant(
        fast: [String], quality: [String] = [], timeout: Duration = .seconds(5), cache: (any AnswerCache)? = nil,
        apiKey: String? = "test-key"
    ) -> Assistant {
        let provider = OpenAICompatibleProvider(
            configuration: OpenAICompatibleConfiguration(
                baseURL: server.baseURL, apiKey: apiKey, referer: "https://lore.example", appTitle: "Lore"))
        let configuration = AssistantConfiguration(
            tiers: ModelTiers(fast: fast, quality: quality), requestTimeout: timeout)
        let clock = self.clock
        return Assistant(
            provider: provider, configuration: configuration, cache: cache, rateLimitMarks: marks, now: { clock.now() })
    }
}

enum Answers {
    static let titles =
        #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade", "Luminous Forest Sanctuary"]}"#
    static let fencedTitles = "Here you go:\n```json\n\(titles)\n```"
    static let wrongShapeTitles =
        #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade"]}"#
    static let malformedTitles = #"{"titles": ["Mystical Forest Path", "Enchanted"#
    static let titleRequest = TitleRequest(
        description: "a mystical forest with glowing mushrooms and ethereal mist", assetType: "digital_art")
}

extension AssistantError {
    var allModelsFailed: AllModelsFailed? {
        if case .allModelsFailed(let failure) = self { failure } else { nil }
    }
}
