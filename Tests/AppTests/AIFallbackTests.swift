import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The assistant against a fake OpenAI-compatible server, through the HTTP API.
@Suite("AI model fallback, rate-limit marks and cache over HTTP")
struct AIFallbackTests {
    /// What one model did, as the log's `attempts` records it.
    private struct Attempt: Decodable {
        let model: String
        let outcome: String
        let error: String?
        let tokensUsed: Int?

        enum CodingKeys: String, CodingKey {
            case model, outcome, error
            case tokensUsed = "tokens_used"
        }
    }

    private func attempts(_ log: AIGenerationLog) throws -> [Attempt] {
        try JSONDecoder().decode([Attempt].self, from: Data(log.attempts.utf8))
    }

    @Test(
        "500, 429, malformed JSON, a wrong shape and a timeout each move on to the next model, in order; fenced JSON is read"
    )
    func fallbackOrder() async throws {
        let models = ["m-500", "m-429", "m-malformed", "m-shape", "m-timeout", "m-fenced"]
        try await withFakeOpenAI(fast: models) { client, server in
            server.script("m-500", .status(500, message: "upstream exploded"))
            server.script("m-429", .rateLimited(retryAfterSeconds: 120))
            server.script("m-malformed", .answer(ModelAnswers.malformedTitles, totalTokens: 30))
            server.script("m-shape", .answer(ModelAnswers.wrongShapeTitles, totalTokens: 40))
            server.script("m-timeout", .delayed(milliseconds: 6500, .answer(ModelAnswers.titles)))
            server.script("m-fenced", .answer(ModelAnswers.fencedTitles, totalTokens: 50))
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.generateTitles(as: user)
            // validate: the answer, from the last model, with every rejected answer's tokens counted
            #expect(response.status == .ok, "\(response.body.string)")
            let json = try response.json
            #expect(json["titles"] as? [String] == ModelAnswers.titleList)
            #expect(json["model_used"] as? String == "m-fenced")
            #expect(json["model_tier"] as? String == "fast")
            #expect(json["cache_hit"] as? Bool == false)
            #expect(json["tokens_used"] as? Int == 120)
            #expect((json["response_time_ms"] as? Int ?? -1) >= 3000, "the timeout took its three seconds")
            #expect(server.requestedModels == models)
            #expect(server.unexpectedModels.isEmpty)
            // The log row tells the whole story.
            let log = try await client.aiLog(response)
            #expect(log.status == .success && !log.cacheHit && log.modelUsed == "m-fenced" && log.tokensUsed == 120)
            #expect(log.operationType == "title" && log.modelTier == "fast" && log.promptVersion == "title-v1")
            #expect(log.errorMessage.isEmpty && log.cacheKey.count == 64)
            #expect(log.inputData.contains(forestDescription))
            #expect(log.outputData?.contains("Ethereal Mushroom Glade") == true)
            let tried = try attempts(log)
            #expect(tried.map(\.model) == models)
            #expect(tried.map(\.outcome) == ["failed", "failed", "failed", "failed", "failed", "succeeded"])
            let errors = tried.map { $0.error ?? "" }
            #expect(errors[0].contains("HTTP 500") && errors[0].contains("upstream exploded"))
            #expect(errors[1].contains("HTTP 429"))
            #expect(errors[2].contains("malformed"))
            #expect(errors[3].contains("wrong shape"))
            #expect(errors[4].contains("timed out"))
            #expect(tried.map(\.tokensUsed) == [nil, nil, 30, 40, nil, 50])
        }
    }

    /// One model, one scripted reply: what the client gets and what the log says.
    enum SingleModelCase: String, CaseIterable, Sendable {
        case success, fencedJSON, serverError, malformedJSON, wrongShape, timeout, rateLimited

        var reply: FakeOpenAIServer.Reply {
            switch self {
            case .success: .answer(ModelAnswers.titles, totalTokens: 64)
            case .fencedJSON: .answer(ModelAnswers.fencedTitles, totalTokens: 64)
            case .serverError: .status(502, message: "bad upstream")
            case .malformedJSON: .answer(ModelAnswers.malformedTitles)
            case .wrongShape: .answer(ModelAnswers.wrongShapeTitles)
            case .timeout: .delayed(milliseconds: 6500, .answer(ModelAnswers.titles))
            case .rateLimited: .rateLimited(retryAfterSeconds: 45)
            }
        }

        var status: HTTPResponseStatus {
            switch self {
            case .success, .fencedJSON: .ok
            case .rateLimited: .serviceUnavailable
            default: .badGateway
            }
        }

        /// A phrase of the failure detail.
        var detail: String? {
            switch self {
            case .success, .fencedJSON: nil
            case .serverError: "All models failed. Last error: server error (HTTP 502): bad upstream"
            case .malformedJSON: "All models failed. Last error: unusable answer: the answer's JSON is malformed"
            case .wrongShape: "All models failed. Last error: unusable answer: the answer has the wrong shape"
            case .timeout: "All models failed. Last error: timed out after 3000 ms"
            case .rateLimited: "All models failed. Last error: rate limited (HTTP 429, retry after 45 s)"
            }
        }
    }

    @Test("each scripted case leaves the right status, body and log row", arguments: SingleModelCase.allCases)
    func singleModelCase(_ scenario: SingleModelCase) async throws {
        try await withFakeOpenAI(fast: ["only"]) { client, server in
            server.script("only", scenario.reply)
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.generateTitles(as: user)
            // validate
            #expect(response.status == scenario.status, "\(response.body.string)")
            let logs = try await client.aiLogs()
            #expect(logs.count == 1)
            let log = try #require(logs.first)
            if let detail = scenario.detail {
                #expect(response.errorDetail?.hasPrefix(detail) == true, "\(response.body.string)")
                #expect(try response.json["titles"] == nil, "nothing invented")
                #expect(log.status == .failed && log.outputData == nil && log.modelUsed.isEmpty)
                #expect(log.errorMessage == response.errorDetail)
                if scenario == .rateLimited {
                    #expect(response.errorTitle == "AI models are rate-limited")
                    #expect(response.headers.first(name: .retryAfter) == "45")
                    #expect(try response.json["retry_after"] as? Int == 45)
                } else {
                    #expect(response.errorTitle == "Failed to generate titles")
                }
            } else {
                #expect(try response.json["titles"] as? [String] == ModelAnswers.titleList)
                #expect(log.status == .success && log.modelUsed == "only" && log.tokensUsed == 64)
                #expect(log.id?.uuidString == (try response.json["log_id"] as? String)?.uppercased())
            }
            #expect(server.requestCount(for: "only") == 1)
        }
    }

    @Test("a model that answered 429 is skipped until its mark expires on the app's clock")
    func rateLimitedModelSkippedUntilExpiry() async throws {
        try await withFakeOpenAI(
            fast: ["primary", "backup"], ["AI_CACHE_ENABLED": "false", "AI_RATE_LIMIT_COOLDOWN": "300"]
        ) {
            client, server in
            server.script("primary", .rateLimited(retryAfterSeconds: nil), .answer(ModelAnswers.titles))
            server.script("backup", .answer(ModelAnswers.titles))
            let user = try await client.signIn(TestWallet())

            let first = try await client.generateTitles(as: user)
            #expect(try first.json["model_used"] as? String == "backup")

            client.clock.advance(by: 299)
            let second = try await client.generateTitles(as: user)
            #expect(try second.json["model_used"] as? String == "backup")
            let skipped = try attempts(try await client.aiLog(second))
            #expect(skipped.map(\.outcome) == ["skipped", "succeeded"])
            #expect(skipped.first?.error?.contains("rate-limited until") == true)
            #expect(server.requestCount(for: "primary") == 1, "not called while marked")

            client.clock.advance(by: 2)
            let third = try await client.generateTitles(as: user)
            #expect(try third.json["model_used"] as? String == "primary")
            #expect(server.requestCount(for: "primary") == 2)
            #expect(server.requestCount(for: "backup") == 2)
        }
    }

    @Test(
        "the cache answers the second identical request without calling the provider, logged as cached, until the TTL ends"
    )
    func cacheAnswersRepeats() async throws {
        try await withFakeOpenAI(fast: ["m"], quality: ["q"], ["AI_CACHE_TTL": "600"]) { client, server in
            server.script("m", .answer(ModelAnswers.titles, totalTokens: 77))
            server.script("q", .answer(ModelAnswers.titles, totalTokens: 90))
            let user = try await client.signIn(TestWallet())
            let other = try await client.signIn(TestWallet())

            let first = try await client.generateTitles(as: user)
            // MUT: the same request, by another user too (answers depend only on the inputs)
            let second = try await client.generateTitles(as: user)
            let third = try await client.generateTitles(as: other)
            // validate
            #expect(server.requestCount(for: "m") == 1)
            #expect(try first.json["cache_hit"] as? Bool == false && first.json["tokens_used"] as? Int == 77)
            for cached in [second, third] {
                let json = try cached.json
                #expect(json["cache_hit"] as? Bool == true)
                #expect(json["tokens_used"] as? Int == 0)
                #expect(json["model_used"] as? String == "m")
                #expect(json["titles"] as? [String] == ModelAnswers.titleList)
                let log = try await client.aiLog(cached)
                #expect(log.status == .cached && log.cacheHit && log.tokensUsed == 0 && log.modelUsed == "m")
                #expect(log.attempts == "[]")
            }

            // Other inputs, or the other tier, are other keys.
            _ = try await client.generateTitles(as: user, ["description": "a quiet harbour at dawn with fishing boats"])
            #expect(server.requestCount(for: "m") == 2)
            let quality = try await client.generateTitles(as: user, ["model_tier": "quality"])
            #expect(try quality.json["model_used"] as? String == "q" && quality.json["cache_hit"] as? Bool == false)

            client.clock.advance(by: 599)
            #expect(try await client.generateTitles(as: user).json["cache_hit"] as? Bool == true)
            client.clock.advance(by: 2)
            let expired = try await client.generateTitles(as: user)
            #expect(try expired.json["cache_hit"] as? Bool == false)
            #expect(server.requestCount(for: "m") == 3)
        }
    }

    @Test("when every model fails: 502 with the last error, nothing invented, a failed log row")
    func everyModelFails() async throws {
        try await withFakeOpenAI(fast: ["a", "b"]) { client, server in
            server.script("a", .status(503, message: "overloaded"))
            server.script("b", .answer(ModelAnswers.wrongShapeTitles, totalTokens: 40))
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.ai("enhance-description", ["description": "mystical forest"], as: user)
            // validate
            #expect(response.status == .badGateway)
            #expect(response.errorTitle == "Failed to enhance description")
            let detail = try #require(response.errorDetail)
            #expect(detail.hasPrefix("All models failed. Last error: unusable answer"))
            #expect(try response.json["enhanced_description"] == nil)
            let log = try #require(try await client.aiLogs().first)
            #expect(log.status == .failed && log.operationType == "description")
            #expect(log.modelUsed.isEmpty && log.outputData == nil && !log.cacheHit)
            #expect(log.errorMessage == detail && log.tokensUsed == 40)
            #expect(try attempts(log).map(\.model) == ["a", "b"])
            // A failure is not cached: the next request asks the models again.
            _ = try await client.ai("enhance-description", ["description": "mystical forest"], as: user)
            #expect(server.requestCount(for: "a") == 2)
        }
    }

    @Test("when every model is rate-limited: 503 with Retry-After; later requests skip them without calling")
    func everyModelRateLimited() async throws {
        try await withFakeOpenAI(fast: ["a", "b"]) { client, server in
            server.script("a", .rateLimited(retryAfterSeconds: nil))
            server.script("b", .rateLimited(retryAfterSeconds: 60))
            let user = try await client.signIn(TestWallet())
            let first = try await client.generateTitles(as: user)
            #expect(first.status == .serviceUnavailable)
            #expect(first.headers.first(name: .retryAfter) == "60")

            client.clock.advance(by: 20)
            let second = try await client.generateTitles(as: user)
            #expect(second.status == .serviceUnavailable)
            #expect(second.headers.first(name: .retryAfter) == "40")
            #expect(second.errorDetail == "All models of the fast tier are rate-limited; try again later.")
            #expect(server.requestedModels == ["a", "b"], "no call while both are marked")
            let logs = try await client.aiLogs()
            #expect(logs.count == 2 && logs.allSatisfy { $0.status == .failed })
        }
    }

    @Test("the provider's name is reported and its configuration reaches the server")
    func versionNamesTheProvider() async throws {
        try await withFakeOpenAI(fast: ["m"]) { client, _ in
            let version = try await client.send(.GET, "/api/version")
            #expect(try version.json["ai"] as? String == "openai-compatible")
        }
    }
}
