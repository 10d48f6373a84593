import Foundation
import NIOConcurrencyHelpers
import Vapor

/// An OpenAI-compatible `POST /v1/chat/completions` server on 127.0.0.1 (an ephemeral port),
/// itself a small Vapor app, whose answers are scripted per model. It counts every request per
/// model; a model nobody scripted gets a 404 and is reported by `unexpectedModels`, so a test
/// sees any call it did not plan for.
final class FakeOpenAIServer: Sendable {
    /// One scripted answer.
    indirect enum Reply: Sendable {
        /// 200 with a chat completion whose message content is `content`.
        case answer(String, totalTokens: Int? = 42)
        /// 429, with `Retry-After` when given.
        case rateLimited(retryAfterSeconds: Int?)
        /// Any status with an OpenAI-style error body.
        case status(Int, message: String)
        /// `reply`, after a delay (longer than the app's request timeout: a timeout).
        case delayed(milliseconds: Int, Reply)
    }

    private struct State {
        var scripts: [String: [Reply]] = [:]
        var models: [String] = []
    }

    private let state = NIOLockedValueBox(State())
    private let app: Application
    let port: Int

    var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    private init(app: Application, port: Int) {
        self.app = app
        self.port = port
    }

    static func start() async throws -> FakeOpenAIServer {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .critical
        app.routes.defaultMaxBodySize = "1mb"
        let box = NIOLockedValueBox<FakeOpenAIServer?>(nil)
        app.post("v1", "chat", "completions") { req async throws -> Response in
            guard let server = box.withLockedValue({ $0 }) else { throw Abort(.serviceUnavailable) }
            let body =
                try JSONSerialization.jsonObject(with: Data(buffer: req.body.data ?? ByteBuffer())) as? [String: Any]
            let model = body?["model"] as? String ?? ""
            return try await Self.respond(server.nextReply(for: model), model: model)
        }
        do {
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        let server = FakeOpenAIServer(app: app, port: app.http.server.shared.localAddress?.port ?? 0)
        box.withLockedValue { $0 = server }
        return server
    }

    func shutdown() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    /// Replies for `model`, used in order; the last one repeats.
    func script(_ model: String, _ replies: Reply...) {
        state.withLockedValue { $0.scripts[model] = replies }
    }

    /// How many requests named `model`.
    func requestCount(for model: String) -> Int {
        state.withLockedValue { $0.models.filter { $0 == model }.count }
    }

    /// Every request's model, in arrival order.
    var requestedModels: [String] { state.withLockedValue { $0.models } }

    /// Requests for models nobody scripted.
    var unexpectedModels: [String] {
        state.withLockedValue { state in state.models.filter { state.scripts[$0] == nil } }
    }

    private func nextReply(for model: String) -> Reply {
        state.withLockedValue { state in
            state.models.append(model)
            guard var queue = state.scripts[model], let first = queue.first else {
                return .status(404, message: "model \(model) is not scripted")
            }
            if queue.count > 1 {
                queue.removeFirst()
                state.scripts[model] = queue
            }
            return first
        }
    }

    private static func respond(_ reply: Reply, model: String) async throws -> Response {
        switch reply {
        case .delayed(let milliseconds, let inner):
            try await Task.sleep(for: .milliseconds(milliseconds))
            return try await respond(inner, model: model)
        case .answer(let content, let totalTokens):
            var completion: [String: Any] = [
                "id": "chatcmpl-fake", "object": "chat.completion", "model": model,
                "choices": [
                    ["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]
                ],
            ]
            if let totalTokens {
                completion["usage"] = [
                    "prompt_tokens": totalTokens / 2, "completion_tokens": totalTokens - totalTokens / 2,
                    "total_tokens": totalTokens,
                ]
            }
            return json(.ok, completion)
        case .rateLimited(let retryAfter):
            let response = json(.tooManyRequests, ["error": ["message": "rate limit exceeded", "code": 429]])
            if let retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            return response
        case .status(let code, let message):
            return json(HTTPResponseStatus(statusCode: code), ["error": ["message": message, "code": code]])
        }
    }

    private static func json(_ status: HTTPResponseStatus, _ object: [String: Any]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: status, headers: ["Content-Type": "application/json"], body: .init(data: data))
    }
}
