import Assistant
import Foundation
import Testing

/// A cache whose database is down.
private struct UnreachableCache: AnswerCache {
    struct Down: Error {}
    func answer(forKey key: String, now: Date) async throws -> CachedAnswer? { throw Down() }
    func store(_ answer: CachedAnswer, forKey key: String, expiresAt: Date) async throws { throw Down() }
}

/// Rate-limit marks whose database is down.
private struct UnreachableMarks: RateLimitMarks {
    struct Down: Error {}
    func markedUntil(_ model: String, now: Date) async throws -> Date? { throw Down() }
    func mark(_ model: String, until: Date) async throws { throw Down() }
}

/// A cache holding an entry that no longer decodes as the result type.
private actor CorruptCache: AnswerCache {
    func answer(forKey key: String, now: Date) -> CachedAnswer? {
        CachedAnswer(modelUsed: "old", payload: Data(#"{"unexpected": true}"#.utf8))
    }
    func store(_ answer: CachedAnswer, forKey key: String, expiresAt: Date) {}
}

@Suite("Failing ports degrade to misses, never to errors")
struct PortFailureTests {
    @Test("an unreachable cache and mark store still let the models answer")
    func unreachableStores() async throws {
        let assistant = Assistant(
            provider: LocalProvider(), configuration: AssistantConfiguration(tiers: .local), cache: UnreachableCache(),
            rateLimitMarks: UnreachableMarks())
        let answer = try await assistant.generateTitles(TitleRequest(description: "a mystical forest"))
        #expect(!answer.cacheHit)
        #expect(answer.result.titles.count == 4)
    }

    @Test("a cached entry that no longer decodes is a miss")
    func corruptEntry() async throws {
        let assistant = Assistant(
            provider: LocalProvider(), configuration: AssistantConfiguration(tiers: .local), cache: CorruptCache())
        let answer = try await assistant.generateTitles(TitleRequest(description: "a mystical forest"))
        #expect(!answer.cacheHit && answer.modelUsed == LocalProvider.modelName)
    }

    @Test("a disabled cache is neither read nor written")
    func disabledCache() async throws {
        let cache = InMemoryAnswerCache()
        let assistant = Assistant(
            provider: LocalProvider(), configuration: AssistantConfiguration(tiers: .local, cacheEnabled: false),
            cache: cache)
        _ = try await assistant.generateTitles(TitleRequest(description: "a mystical forest"))
        let second = try await assistant.generateTitles(TitleRequest(description: "a mystical forest"))
        #expect(!second.cacheHit)
        #expect(await cache.count == 0)
    }

    @Test("the local provider refuses a model name it does not serve")
    func localRejectsOtherModels() async throws {
        let assistant = Assistant(
            provider: LocalProvider(),
            configuration: AssistantConfiguration(tiers: ModelTiers(fast: ["gpt-x"], quality: [])))
        let error = await #expect(throws: AssistantError.self) {
            try await assistant.generateTitles(TitleRequest(description: "a mystical forest"))
        }
        guard case .provider(.rejected(404, _))? = error?.allModelsFailed?.lastFailure else {
            Issue.record("\(String(describing: error))")
            return
        }
    }
}
