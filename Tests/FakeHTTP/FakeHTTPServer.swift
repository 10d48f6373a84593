import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A scripted HTTP/1.1 server on 127.0.0.1 (ephemeral port) standing in for an outside service
/// (Pinata's API and gateway in the IPFS and app tests): it records every request and answers
/// with what the test's handler returns.
public final class FakeHTTPServer: Sendable {
    public struct Request: Sendable {
        public let method: HTTPMethod
        public let uri: String
        public let headers: HTTPHeaders
        public let body: [UInt8]

        /// The parts of a multipart/form-data body, parsed by the fake itself (independent of
        /// the code under test); nil when the body is not well-formed multipart.
        public var multipartParts: [MultipartPart]? {
            guard let type = headers.first(name: "content-type"),
                let boundary = type.firstMatch(of: /multipart\/form-data; boundary=(.+)$/)?.1
            else { return nil }
            return MultipartPart.parse(body, boundary: String(boundary))
        }
    }

    public struct Response: Sendable {
        public var status: HTTPResponseStatus
        public var headers: [(String, String)]
        public var body: [UInt8]

        public init(status: HTTPResponseStatus, headers: [(String, String)] = [], body: [UInt8] = []) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public static func json(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")], body: Array(text.utf8))
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    private let channel: any Channel
    private let log: RequestLog

    /// The server's base URL, e.g. `http://127.0.0.1:54321`.
    public let baseURL: String

    private init(channel: any Channel, log: RequestLog) {
        self.channel = channel
        self.log = log
        self.baseURL = "http://127.0.0.1:\(channel.localAddress!.port!)"
    }

    public static func start(_ handler: @escaping Handler) async throws -> FakeHTTPServer {
        let log = RequestLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(ScriptedHandler(handler: handler, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return FakeHTTPServer(channel: channel, log: log)
    }

    /// Requests received so far, in order.
    public var requests: [Request] { log.all }

    public func stop() async throws {
        try await channel.close()
    }
}

private final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [FakeHTTPServer.Request] = []

    func append(_ request: FakeHTTPServer.Request) {
        lock.withLock { requests.append(request) }
    }

    var all: [FakeHTTPServer.Request] { lock.withLock { requests } }
}

private final class ScriptedHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: FakeHTTPServer.Handler
    private let log: RequestLog
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(handler: @escaping FakeHTTPServer.Handler, log: RequestLog) {
        self.handler = handler
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(let buffer):
            body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let head else { return }
            let request = FakeHTTPServer.Request(method: head.method, uri: head.uri, headers: head.headers, body: body)
            log.append(request)
            let response = handler(request)
            var headers = HTTPHeaders(response.headers)
            headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
            context.write(
                wrapOutboundOut(
                    .head(HTTPResponseHead(version: head.version, status: response.status, headers: headers))),
                promise: nil)
            if head.method != .HEAD && !response.body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            self.head = nil
        }
    }
}

/// The parts of a multipart/form-data body (test-side parser).
public struct MultipartPart: Sendable {
    public let headers: [String: String]
    public let body: [UInt8]

    public var name: String? { headers["content-disposition"]?.firstMatch(of: /name="([^"]*)"/).map { String($0.1) } }
    public var filename: String? {
        headers["content-disposition"]?.firstMatch(of: /filename="([^"]*)"/).map { String($0.1) }
    }

    public static func parse(_ body: [UInt8], boundary: String) -> [MultipartPart]? {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [MultipartPart] = []
        guard body.starts(with: delimiter) else { return nil }
        var index = delimiter.count
        while true {
            if body[index..<index + 2].elementsEqual("--".utf8) { return parts }
            guard body[index..<index + 2].elementsEqual("\r\n".utf8) else { return nil }
            index += 2
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: body, from: index) else { return nil }
            var headers: [String: String] = [:]
            for line in String(decoding: body[index..<headerEnd], as: UTF8.self).components(separatedBy: "\r\n") {
                let pieces = line.split(separator: ":", maxSplits: 1)
                if pieces.count == 2 {
                    headers[pieces[0].lowercased()] = pieces[1].trimmingCharacters(in: .whitespaces)
                }
            }
            let contentStart = headerEnd + 4
            guard let next = find(Array("\r\n".utf8) + delimiter, in: body, from: contentStart) else { return nil }
            parts.append(MultipartPart(headers: headers, body: Array(body[contentStart..<next])))
            index = next + 2 + delimiter.count
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
