import Assistant
import Foundation
import Testing

@Suite("OpenAI-compatible provider")
struct OpenAICompatibleProviderTests {
    func request(model: String = "m", timeout: Duration = .seconds(5)) -> ChatRequest {
        ChatRequest(
            model: model, messages: [.system("sys"), .user("hello")], temperature: 0.3, maxTokens: 123,
            timeout: timeout,
            subject: .titles(description: "hello", assetKind: nil))
    }

    @Test("POSTs {base}/chat/completions with the key, OpenRouter's attribution headers and the request fields")
    func requestShape() async throws {
        try await withFakeServer { server in
            server.script("m", .answer("hi", totalTokens: 10))
            let provider = OpenAICompatibleProvider(
                configuration: OpenAICompatibleConfiguration(
                    baseURL: server.baseURL + "/", apiKey: "sk-test", referer: "https://lore.example", appTitle: "Lore")
            )
            let completion = try await provider.complete(request())
            #expect(
                completion
                    == ChatCompletion(
                        text: "hi", model: "m", usage: TokenUsage(promptTokens: 5, completionTokens: 5, totalTokens: 10)
                    ))

            let recorded = try #require(server.requests.first)
            #expect(recorded.path == "/v1/chat/completions")
            #expect(recorded.headers["authorization"] == "Bearer sk-test")
            #expect(recorded.headers["http-referer"] == "https://lore.example")
            #expect(recorded.headers["x-title"] == "Lore")
            #expect(recorded.headers["content-type"] == "application/json")
            #expect(recorded.body["model"]?.stringValue == "m")
            #expect(recorded.body["temperature"]?.numberValue == 0.3)
            #expect(recorded.body["max_tokens"]?.numberValue == 123)
            #expect(recorded.body["stream"] == .bool(false))
            let messages = try #require(recorded.body["messages"]?.arrayValue)
            #expect(messages.map { $0.objectValue?["role"]?.stringValue } == ["system", "user"])
            #expect(messages.last?.objectValue?["content"]?.stringValue == "hello")
        }
    }

    @Test("a keyless server (Ollama, llama.cpp) gets no Authorization header")
    func noKey() async throws {
        try await withFakeServer { server in
            server.script("m", .answer("hi", totalTokens: nil))
            let provider = OpenAICompatibleProvider(
                configuration: OpenAICompatibleConfiguration(baseURL: server.baseURL))
            let completion = try await provider.complete(request())
            #expect(completion.usage == nil)
            #expect(server.requests.first?.headers["authorization"] == nil)
            #expect(server.requests.first?.headers["x-title"] == nil)
        }
    }

    @Test(
        "statuses map to typed errors",
        arguments: [
            (
                FakeChatServer.Reply.status(500, message: "boom"),
                AIProviderError.serverError(status: 500, message: "boom")
            ),
            (.status(401, message: "bad key"), .unauthorized(status: 401, message: "bad key")),
            (.status(404, message: "no such model"), .rejected(status: 404, message: "no such model")),
            (.rateLimited(retryAfterSeconds: 7), .rateLimited(retryAfter: .seconds(7), message: "rate limit exceeded")),
            (
                .rawBody(#"{"error": {"message": "Rate limit exceeded upstream", "code": 429}}"#),
                .rateLimited(retryAfter: nil, message: "Rate limit exceeded upstream")
            ),
            (.rawBody(#"{"choices": []}"#), .badResponse("the completion has no choices")),
        ])
    func errors(reply: FakeChatServer.Reply, expected: AIProviderError) async throws {
        try await withFakeServer { server in
            server.script("m", reply)
            let provider = OpenAICompatibleProvider(
                configuration: OpenAICompatibleConfiguration(baseURL: server.baseURL))
            await #expect(throws: expected) { try await provider.complete(request()) }
        }
    }

    @Test("a slow server times out at the request's timeout")
    func timeout() async throws {
        try await withFakeServer { server in
            server.script("m", .delayed(milliseconds: 8000, .answer("late")))
            let provider = OpenAICompatibleProvider(
                configuration: OpenAICompatibleConfiguration(baseURL: server.baseURL))
            // A timeout, not the late answer (which would have been returned had the provider waited).
            await #expect(throws: AIProviderError.timeout(after: .milliseconds(250))) {
                try await provider.complete(request(timeout: .milliseconds(250)))
            }
        }
    }

    @Test("a server that is not listening is a connection failure")
    func connectionRefused() async throws {
        let server = try await FakeChatServer.start()
        let baseURL = server.baseURL
        try await server.shutdown()
        let provider = OpenAICompatibleProvider(configuration: OpenAICompatibleConfiguration(baseURL: baseURL))
        // A refused connection fails at once (the provider's client does not retry it until the
        // deadline); the generous timeout only keeps a loaded machine from turning it into one.
        await #expect {
            try await provider.complete(request(timeout: .seconds(15)))
        } throws: { error in
            if case AIProviderError.connectionFailed = error { return true }
            return false
        }
    }

    @Test("Retry-After accepts seconds and HTTP dates")
    func retryAfterForms() async throws {
        try await withFakeServer { server in
            server.script("m", .rateLimited(retryAfterSeconds: 0))
            let provider = OpenAICompatibleProvider(
                configuration: OpenAICompatibleConfiguration(baseURL: server.baseURL))
            await #expect(throws: AIProviderError.rateLimited(retryAfter: .seconds(0), message: "rate limit exceeded"))
            {
                try await provider.complete(request())
            }
        }
    }
}
