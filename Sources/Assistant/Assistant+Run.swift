import Foundation

extension Assistant {
    /// Answers from the cache when it can (DECISIONS.md "AI / Cache": tokens 0, time measured),
    /// otherwise from the tier's models, caching what they produce.
    func run<Work: AssistantTask>(
        _ task: Work, tier: ModelTier
    ) async throws(AssistantError) -> AssistantAnswer<Work.Result> {
        let started = ContinuousClock.now
        let key = CacheKey(operation: Work.operation, inputs: task.cacheInputs, tier: tier)
        let cache = configuration.cacheEnabled ? self.cache : nil

        // A cache that cannot be read, or holds an entry that no longer decodes, is a miss.
        if let cache, let cached = (try? await cache.answer(forKey: key.hex, now: now())) ?? nil,
            let result = try? JSONDecoder().decode(Work.Result.self, from: cached.payload)
        {
            return AssistantAnswer(
                result: result, operation: Work.operation, modelUsed: cached.modelUsed, modelTier: tier,
                responseTimeMs: (ContinuousClock.now - started).wholeMilliseconds, tokensUsed: 0, cacheHit: true,
                attempts: [], promptVersion: Work.operation.promptVersion, cacheKey: key.hex)
        }

        let success = try await chain.run(task, tier: tier, started: started)
        if let cache, let payload = try? JSONEncoder().encode(success.result) {
            let expiresAt = now().addingTimeInterval(configuration.cacheTTL.seconds)
            // Failing to store only costs a future cache miss.
            try? await cache.store(
                CachedAnswer(modelUsed: success.modelUsed, payload: payload), forKey: key.hex, expiresAt: expiresAt)
        }
        return AssistantAnswer(
            result: success.result, operation: Work.operation, modelUsed: success.modelUsed, modelTier: tier,
            responseTimeMs: (ContinuousClock.now - started).wholeMilliseconds, tokensUsed: success.tokensUsed,
            cacheHit: false, attempts: success.attempts, promptVersion: Work.operation.promptVersion, cacheKey: key.hex)
    }
}
