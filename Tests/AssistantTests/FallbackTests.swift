import Assistant
import Foundation
import Testing

@Suite("Model fallback against a fake OpenAI-compatible server")
struct FallbackTests {
    @Test("500, 429, malformed JSON, wrong shape, a bad body and a timeout each move on to the next model, in order")
    func fallbackOrder() async throws {
        try await withFakeServer { server in
            server.script("m-500", .status(500, message: "upstream exploded"))
            server.script("m-429", .rateLimited(retryAfterSeconds: 120))
            server.script("m-malformed", .answer(Answers.malformedTitles, totalTokens: 30))
            server.script("m-shape", .answer(Answers.wrongShapeTitles, totalTokens: 40))
            server.script("m-body", .rawBody("<html>gateway</html>"))
            server.script("m-slow", .delayed(milliseconds: 8000, .answer(Answers.titles)))
            server.script("m-fenced", .answer(Answers.fencedTitles, totalTokens: 50))
            let models = ["m-500", "m-429", "m-malformed", "m-shape", "m-body", "m-slow", "m-fenced"]
            let harness = ModelPathHarness(server: server)
            let answer = try await harness.assistant(fast: models, timeout: .milliseconds(1500))
                .generateTitles(Answers.titleRequest)

            #expect(answer.result.titles.count == 4)
            #expect(answer.modelUsed == "m-fenced")
            #expect(answer.attempts.map(\.model) == models)
            #expect(
                answer.attempts.map(\.outcome) == [.failed, .failed, .failed, .failed, .failed, .failed, .succeeded])
            let failures = answer.attempts.compactMap(\.failure)
            #expect(failures[0] == .provider(.serverError(status: 500, message: "upstream exploded")))
            #expect(failures[1] == .provider(.rateLimited(retryAfter: .seconds(120), message: "rate limit exceeded")))
            guard case .unusableAnswer(.malformedJSON) = failures[2] else { Issue.record("\(failures[2])"); return }
            guard case .unusableAnswer(.wrongShape) = failures[3] else { Issue.record("\(failures[3])"); return }
            guard case .provider(.badResponse) = failures[4] else { Issue.record("\(failures[4])"); return }
            #expect(failures[5] == .provider(.timeout(after: .milliseconds(1500))))
            // Rejected answers cost tokens too: 30 + 40 + 50.
            #expect(answer.tokensUsed == 120)
            #expect(answer.attempts.last?.tokensUsed == 50)
            #expect(models.allSatisfy { server.requestCount(for: $0) == 1 })
            #expect(server.unexpectedModels.isEmpty)
        }
    }

    @Test("a model that answered 429 is skipped until its mark expires (5 minutes by default)")
    func rateLimitedSkippedUntilExpiry() async throws {
        try await withFakeServer { server in
            server.script("primary", .rateLimited(retryAfterSeconds: nil), .answer(Answers.titles))
            server.script("backup", .answer(Answers.titles))
            let harness = ModelPathHarness(server: server)
            let assistant = harness.assistant(fast: ["primary", "backup"])

            let first = try await assistant.generateTitles(Answers.titleRequest)
            #expect(first.modelUsed == "backup")

            harness.clock.advance(seconds: 299)
            let second = try await assistant.generateTitles(Answers.titleRequest)
            #expect(second.modelUsed == "backup")
            #expect(second.attempts.first?.outcome == .skipped)
            #expect(second.attempts.first?.failure == .rateLimitedUntil(harness.clock.now().addingTimeInterval(1)))
            #expect(server.requestCount(for: "primary") == 1)

            harness.clock.advance(seconds: 2)
            let third = try await assistant.generateTitles(Answers.titleRequest)
            #expect(third.modelUsed == "primary")
            #expect(server.requestCount(for: "primary") == 2)
        }
    }

    @Test("Retry-After sets how long the model is skipped")
    func retryAfterHonoured() async throws {
        try await withFakeServer { server in
            server.script("primary", .rateLimited(retryAfterSeconds: 30), .answer(Answers.titles))
            server.script("backup", .answer(Answers.titles))
            let harness = ModelPathHarness(server: server)
            let assistant = harness.assistant(fast: ["primary", "backup"])
            _ = try await assistant.generateTitles(Answers.titleRequest)
            harness.clock.advance(seconds: 29)
            #expect(try await assistant.generateTitles(Answers.titleRequest).modelUsed == "backup")
            harness.clock.advance(seconds: 2)
            #expect(try await assistant.generateTitles(Answers.titleRequest).modelUsed == "primary")
        }
    }

    @Test("the cache answers the second identical request without calling the provider, until the TTL ends")
    func cacheAvoidsProvider() async throws {
        try await withFakeServer { server in
            server.script("m", .answer(Answers.titles, totalTokens: 77))
            let harness = ModelPathHarness(server: server)
            let assistant = harness.assistant(fast: ["m"], cache: InMemoryAnswerCache(now: { harness.clock.now() }))

            let first = try await assistant.generateTitles(Answers.titleRequest)
            let second = try await assistant.generateTitles(Answers.titleRequest)
            #expect(server.requestCount(for: "m") == 1)
            #expect(!first.cacheHit && first.tokensUsed == 77)
            #expect(second.cacheHit && second.tokensUsed == 0 && second.attempts.isEmpty)
            #expect(second.result == first.result && second.modelUsed == "m")

            // Another tier is another key.
            _ = try? await assistant.generateTitles(Answers.titleRequest, tier: .quality)
            #expect(server.requestCount(for: "m") == 1)

            harness.clock.advance(seconds: 3601)
            let third = try await assistant.generateTitles(Answers.titleRequest)
            #expect(!third.cacheHit)
            #expect(server.requestCount(for: "m") == 2)
        }
    }

    @Test("when every model fails, the error carries every attempt and the last error, and no result")
    func allModelsFail() async throws {
        try await withFakeServer { server in
            server.script("a", .status(503, message: "overloaded"))
            server.script("b", .answer(Answers.wrongShapeTitles, totalTokens: 40))
            let harness = ModelPathHarness(server: server)
            let error = await #expect(throws: AssistantError.self) {
                try await harness.assistant(fast: ["a", "b"]).generateTitles(Answers.titleRequest)
            }
            let failure = try #require(error?.allModelsFailed)
            #expect(failure.attempts.map(\.model) == ["a", "b"])
            #expect(failure.attempts.allSatisfy { $0.outcome == .failed })
            guard case .unusableAnswer(.wrongShape)? = failure.lastFailure else { Issue.record("\(failure)"); return }
            #expect(failure.description.hasPrefix("All models failed. Last error: unusable answer"))
            #expect(failure.retryAfter == nil)
            #expect(failure.tokensUsed == 40)
            #expect(failure.operation == .title && failure.tier == .fast)
        }
    }

    @Test("when every model is rate-limited, later calls skip them all and say when to retry")
    func allRateLimited() async throws {
        try await withFakeServer { server in
            server.script("a", .rateLimited(retryAfterSeconds: nil))
            server.script("b", .rateLimited(retryAfterSeconds: 60))
            let harness = ModelPathHarness(server: server)
            let assistant = harness.assistant(fast: ["a", "b"])
            let first = await #expect(throws: AssistantError.self) {
                try await assistant.generateTitles(Answers.titleRequest)
            }
            #expect(first?.allModelsFailed?.retryAfter == harness.clock.now().addingTimeInterval(60))

            let second = await #expect(throws: AssistantError.self) {
                try await assistant.generateTitles(Answers.titleRequest)
            }
            let failure = try #require(second?.allModelsFailed)
            #expect(failure.attempts.map(\.outcome) == [.skipped, .skipped])
            #expect(failure.lastFailure == nil)
            #expect(failure.retryAfter == harness.clock.now().addingTimeInterval(60))
            #expect(server.requests.count == 2)
        }
    }

    @Test("401 stops the chain: every model shares the key")
    func unauthorizedStops() async throws {
        try await withFakeServer { server in
            server.script("a", .status(401, message: "No auth credentials found"))
            server.script("b", .answer(Answers.titles))
            let harness = ModelPathHarness(server: server)
            let error = await #expect(throws: AssistantError.self) {
                try await harness.assistant(fast: ["a", "b"]).generateTitles(Answers.titleRequest)
            }
            #expect(
                error?.allModelsFailed?.lastFailure
                    == .provider(.unauthorized(status: 401, message: "No auth credentials found")))
            #expect(server.requestCount(for: "b") == 0)
        }
    }

    @Test("the quality tier uses its own chain; an empty tier is a configuration error")
    func tiers() async throws {
        try await withFakeServer { server in
            server.script("q", .answer(Answers.titles))
            let harness = ModelPathHarness(server: server)
            let quality = try await harness.assistant(fast: [], quality: ["q"]).generateTitles(
                Answers.titleRequest, tier: .quality)
            #expect(quality.modelUsed == "q" && quality.modelTier == .quality)
            await #expect(throws: AssistantError.noModelsConfigured(.fast)) {
                try await harness.assistant(fast: [], quality: ["q"]).generateTitles(Answers.titleRequest)
            }
        }
    }
}
