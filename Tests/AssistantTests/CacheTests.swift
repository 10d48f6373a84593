import Assistant
import Foundation
import Testing

@Suite("Cache keys and the in-memory cache")
struct CacheTests {
    @Test("the key is SHA-256 of canonical JSON (sorted keys, no whitespace), as Python's json.dumps makes it")
    func canonicalKey() {
        let key = CacheKey(
            operation: .title, inputs: ["description": "a mystical forest", "asset_type": "digital_art"], tier: .fast)
        #expect(
            key.canonicalJSON
                == #"{"inputs":{"asset_type":"digital_art","description":"a mystical forest"},"model_tier":"fast","operation":"title","prompt_version":"title-v1"}"#
        )
        // hashlib.sha256(json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
        #expect(key.hex == "b3f20637b7bc7d37ea48dde47c648910071f4ba620205a3c81cd8df29278785d")
        let unicode = CacheKey(
            operation: .derivative,
            inputs: ["parent_description": "Forêt « mystique » / 森", "child_description": "a\"b\\\n\t\u{1}"],
            tier: .quality)
        #expect(
            unicode.canonicalJSON.hasPrefix(
                #"{"inputs":{"child_description":"a\"b\\\n\t\u0001","parent_description":"Forêt « mystique » / 森"}"#))
        #expect(unicode.hex == "512dece9eeedd3b8b8bdf02d927b03a172b29dac5e9fa99dd8a03eacc1fceb68")
    }

    @Test("tier, operation and inputs each change the key")
    func keyParts() {
        let base = CacheKey(operation: .title, inputs: ["description": "x"], tier: .fast)
        #expect(base != CacheKey(operation: .title, inputs: ["description": "x"], tier: .quality))
        #expect(base != CacheKey(operation: .description, inputs: ["description": "x"], tier: .fast))
        #expect(base != CacheKey(operation: .title, inputs: ["description": "y"], tier: .fast))
        #expect(base == CacheKey(operation: .title, inputs: ["description": "x"], tier: .fast))
    }

    @Test("entries expire at their time")
    func expiry() async {
        let cache = InMemoryAnswerCache()
        let now = Date(timeIntervalSince1970: 1_000)
        let answer = CachedAnswer(modelUsed: "m", payload: Data("{}".utf8))
        await cache.store(answer, forKey: "k", expiresAt: now.addingTimeInterval(60))
        #expect(await cache.answer(forKey: "k", now: now.addingTimeInterval(59)) == answer)
        #expect(await cache.answer(forKey: "k", now: now.addingTimeInterval(60)) == nil)
        #expect(await cache.count == 0)
    }

    @Test("a full cache drops expired entries first, then the oldest")
    func sizeBound() async {
        let cache = InMemoryAnswerCache(maxEntries: 3)
        let far = Date.distantFuture
        let answer = CachedAnswer(modelUsed: "m", payload: Data())
        await cache.store(answer, forKey: "a", expiresAt: far)
        await cache.store(answer, forKey: "b", expiresAt: far)
        await cache.store(answer, forKey: "a", expiresAt: far)  // replacing keeps one entry, now the newest
        await cache.store(answer, forKey: "c", expiresAt: far)
        await cache.store(answer, forKey: "d", expiresAt: far)  // evicts b, the oldest
        #expect(await cache.count == 3)
        #expect(await cache.answer(forKey: "b", now: Date()) == nil)
        for key in ["a", "c", "d"] {
            #expect(await cache.answer(forKey: key, now: Date()) != nil)
        }
        await cache.store(answer, forKey: "x", expiresAt: Date.distantPast)  // evicts a, now the oldest
        await cache.store(answer, forKey: "e", expiresAt: far)  // drops x, which has expired, rather than c
        #expect(await cache.count == 3)
        #expect(await cache.answer(forKey: "a", now: Date()) == nil)
        #expect(await cache.answer(forKey: "c", now: Date()) != nil)
        #expect(await cache.answer(forKey: "e", now: Date()) != nil)
    }

    @Test("the local assistant answers a repeated request from the cache with zero tokens")
    func localCacheHit() async throws {
        let assistant = Assistant.local()
        let request = TitleRequest(description: "a mystical forest with glowing mushrooms")
        let first = try await assistant.generateTitles(request)
        let second = try await assistant.generateTitles(request)
        #expect(!first.cacheHit && second.cacheHit)
        #expect(second.result == first.result)
        #expect(second.modelUsed == LocalProvider.modelName)
        #expect(second.tokensUsed == 0 && second.attempts.isEmpty)
        #expect(second.cacheKey == first.cacheKey)
        // Surrounding whitespace does not make a different request.
        let third = try await assistant.generateTitles(
            TitleRequest(description: "  a mystical forest with glowing mushrooms\n"))
        #expect(third.cacheHit)
    }
}
