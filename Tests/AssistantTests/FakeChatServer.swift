import Assistant
import Foundation
import LoreJSON
import NIOCore
import NIOHTTP1
import NIOPosix

/// An OpenAI-compatible `POST /v1/chat/completions` server on 127.0.0.1 (ephemeral port) whose
/// answers are scripted per model. Unscripted models get a 404 and are recorded as unexpected.
final class FakeChatServer: @unchecked Sendable {
    /// One scripted answer.
    indirect enum Reply: Sendable {
        /// 200 with a chat completion whose message content is `content`.
        case answer(String, totalTokens: Int? = 42)
        /// 429, with a `Retry-After` header when given.
        case rateLimited(retryAfterSeconds: Int?)
        /// Any status with an OpenAI-style error body.
        case status(Int, message: String)
        /// 200 with this exact body.
        case rawBody(String)
        /// `reply`, after a delay.
        case delayed(milliseconds: Int64, Reply)
    }

    struct RecordedRequest: Sendable {
        let model: String
        let path: String
        let headers: [String: String]
        let body: [String: JSONValue]
    }

    private let lock = NSLock()
    private var scripts: [String: [Reply]] = [:]
    private var recorded: [RecordedRequest] = []
    private var channel: (any Channel)?
    private(set) var port = 0

    var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    static func start() async throws -> FakeChatServer {
        let server = FakeChatServer()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(FakeChatHandler(server: server))
                }
            }
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        server.channel = channel
        server.port = channel.localAddress?.port ?? 0
        return server
    }

    func shutdown() async throws {
        try await channel?.close()
    }

    /// Replies for `model`, used in order; the last one repeats.
    func script(_ model: String, _ replies: Reply...) {
        lock.withLock { scripts[model] = replies }
    }

    var requests: [RecordedRequest] { lock.withLock { recorded } }

    func requestCount(for model: String) -> Int { requests.filter { $0.model == model }.count }

    /// Requests for models nobody scripted.
    var unexpectedModels: [String] {
        lock.withLock { recorded.map(\.model).filter { scripts[$0] == nil } }
    }

    func nextReply(for request: RecordedRequest) -> Reply {
        lock.withLock {
            recorded.append(request)
            guard var queue = scripts[request.model], let first = queue.first else {
                return .status(404, message: "model \(request.model) is not scripted")
            }
            if queue.count > 1 {
                queue.removeFirst()
                scripts[request.model] = queue
            }
            return first
        }
    }
}

extension JSONValue {
    var numberValue: Double? { if case .number(let value) = self { value } else { nil } }
    var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var objectValue: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }
}

private final class FakeChatHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: FakeChatServer
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(server: FakeChatServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            let json = (try? JSONDecoder().decode([String: JSONValue].self, from: Data(body.readableBytesView))) ?? [:]
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            let request = FakeChatServer.RecordedRequest(
                model: json["model"]?.stringValue ?? "", path: head.uri, headers: headers, body: json)
            respond(
                context: context, reply: server.nextReply(for: request), model: request.model,
                keepAlive: head.isKeepAlive)
        }
    }

    private func respond(context: ChannelHandlerContext, reply: FakeChatServer.Reply, model: String, keepAlive: Bool) {
        switch reply {
        case .delayed(let milliseconds, let inner):
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(milliseconds)) {
                self.respond(context: context, reply: inner, model: model, keepAlive: keepAlive)
            }
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
            let data = (try? JSONSerialization.data(withJSONObject: completion)) ?? Data()
            write(context: context, status: .ok, headers: [], body: data, keepAlive: keepAlive)
        case .rateLimited(let retryAfter):
            let headers = retryAfter.map { [("Retry-After", String($0))] } ?? []
            write(
                context: context, status: .tooManyRequests, headers: headers,
                body: Data(#"{"error":{"message":"rate limit exceeded","code":429}}"#.utf8), keepAlive: keepAlive)
        case .status(let code, let message):
            let body =
                (try? JSONSerialization.data(withJSONObject: ["error": ["message": message, "code": code]])) ?? Data()
            write(
                context: context, status: HTTPResponseStatus(statusCode: code), headers: [], body: body,
                keepAlive: keepAlive)
        case .rawBody(let text):
            write(context: context, status: .ok, headers: [], body: Data(text.utf8), keepAlive: keepAlive)
        }
    }

    private func write(
        context: ChannelHandlerContext, status: HTTPResponseStatus, headers: [(String, String)], body: Data,
        keepAlive: Bool
    ) {
        guard context.channel.isActive else { return }
        var head = HTTPResponseHead(version: .http1_1, status: status)
        head.headers.add(name: "Content-Type", value: "application/json")
        head.headers.add(name: "Content-Length", value: String(body.count))
        head.headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        for (name, value) in headers { head.headers.add(name: name, value: value) }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            done.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
