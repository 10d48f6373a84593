import Foundation
import IPFS
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing
import Vapor

@testable import App

/// The app configured with `PINATA_JWT`, pointed at a fake Pinata API and gateway on loopback.
@Suite("Upload: through Pinata")
struct UploadPinataTests {
    private static let jwt = "pinata-test-jwt"

    /// Runs `body` with a fake Pinata scripted by `handler`, stopping it afterwards.
    private func withFakePinata(
        _ handler: @escaping @Sendable (FakePinata.Request) -> FakePinata.Response,
        _ body: (FakePinata) async throws -> Void
    ) async throws {
        let server = try await FakePinata.start(handler)
        do {
            try await body(server)
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    @Test func uploadsArePinnedWithTheLocallyComputedCID() async throws {
        // setup: a fake that pins whatever it is sent (answering the CID of the file part, as
        // Pinata does) and serves it back as a gateway, with ranges
        let pinned = PinnedFiles()
        try await withFakePinata({ request in
            if request.method == .POST && request.uri == "/pinning/pinFileToIPFS" {
                guard let file = FakePinata.filePart(of: request), let cid = try? SampleFile.cid(file) else {
                    return .init(status: .badRequest)
                }
                pinned.add(cid.description, file)
                return .json(#"{"IpfsHash":"\#(cid)","PinSize":\#(file.count),"Timestamp":"2025-01-01T00:00:00Z"}"#)
            }
            if request.method == .GET, request.uri.hasPrefix("/ipfs/"),
                let file = pinned[String(request.uri.dropFirst(6))]
            {
                return FakePinata.ranged(file, rangeHeader: request.headers.first(name: "range"))
            }
            return .init(status: .notFound)
        }) { server in
            let overrides = [
                "PINATA_JWT": Self.jwt, "PINATA_API_URL": server.baseURL, "IPFS_GATEWAY_URL": server.baseURL,
                "IPFS_GATEWAY_TOKEN": "gateway-token",
            ]
            try await withLore(overrides) { (client: TestClient) async throws in
                let user = try await client.signIn(TestWallet())
                let file = SampleFile.png(600_000)
                let cid = try SampleFile.cid(file)
                // MUT
                let response = try await client.upload(.file(file, assetType: "digital_art"), bearer: user.access)
                // validate
                #expect(response.status == .created, "\(response.body.string)")
                #expect(try response.json["cid"] as? String == cid.description)
                #expect(try response.json["gateway_url"] as? String == "\(server.baseURL)/ipfs/\(cid)")
                #expect(try response.json["sha256"] as? String == SampleFile.sha256(file))
                let upload = try #require(server.requests.first { $0.uri == "/pinning/pinFileToIPFS" })
                #expect(upload.headers.first(name: "authorization") == "Bearer \(Self.jwt)")
                let parts = try #require(FakePinata.parts(of: upload))
                #expect(
                    parts.first { $0.name == "pinataOptions" }.map { String(decoding: $0.body, as: UTF8.self) }
                        == #"{"cidVersion":1}"#)
                #expect(parts.first { $0.name == "file" }?.body == file)
                #expect(client.contentFiles().isEmpty, "the spool is removed once pinned")

                let version = try await client.send(.GET, "/api/version")
                #expect(try version.json["content_store"] as? String == "pinata")

                // Lore's own /ipfs/{cid} reads through the gateway.
                let served = try await client.send(.GET, "/ipfs/\(cid)", headers: ["Range": "bytes=100-199"])
                #expect(served.status == .partialContent)
                #expect(served.bytes == Array(file[100..<200]))
                #expect(served.headers.first(name: .contentType) == "image/png")
                #expect(
                    server.requests.contains {
                        $0.uri == "/ipfs/\(cid)" && $0.headers.first(name: "x-pinata-gateway-token") == "gateway-token"
                    })
            }
        }
    }

    @Test func aFailingPinataIs502AndLeavesNothing() async throws {
        try await withFakePinata({ _ in .json(#"{"error":"boom"}"#, status: .internalServerError) }) { server in
            try await withLore(["PINATA_JWT": Self.jwt, "PINATA_API_URL": server.baseURL]) {
                (client: TestClient) async throws in
                let user = try await client.signIn(TestWallet())
                // MUT
                let response = try await client.upload(.file(SampleFile.png(20_000)), bearer: user.access)
                // validate
                #expect(response.status == .badGateway)
                #expect(response.errorTitle == "Content store unavailable")
                #expect(client.contentFiles().isEmpty)
            }
        }
    }
}

/// Files the fake has pinned, by CID.
private final class PinnedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]

    func add(_ cid: String, _ bytes: [UInt8]) { lock.withLock { files[cid] = bytes } }
    subscript(cid: String) -> [UInt8]? { lock.withLock { files[cid] } }
}

/// A scripted HTTP/1.1 server on 127.0.0.1 standing in for Pinata's API and gateway; it records
/// every request.
final class FakePinata: Sendable {
    struct Request: Sendable {
        let method: HTTPMethod
        let uri: String
        let headers: HTTPHeaders
        let body: [UInt8]
    }

    struct Response: Sendable {
        var status: HTTPResponseStatus
        var headers: [(String, String)] = []
        var body: [UInt8] = []

        static func json(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")], body: Array(text.utf8))
        }
    }

    private let channel: any Channel
    private let log: RequestLog
    let baseURL: String

    private init(channel: any Channel, log: RequestLog) {
        self.channel = channel
        self.log = log
        self.baseURL = "http://127.0.0.1:\(channel.localAddress!.port!)"
    }

    static func start(_ handler: @escaping @Sendable (Request) -> Response) async throws -> FakePinata {
        let log = RequestLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(ScriptedHandler(handler: handler, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return FakePinata(channel: channel, log: log)
    }

    var requests: [Request] { log.all }

    func stop() async throws { try await channel.close() }

    /// A gateway answer for `file`: 206 for a single `bytes=a-b` range, 200 otherwise.
    static func ranged(_ file: [UInt8], rangeHeader: String?) -> Response {
        guard let rangeHeader, let range = ByteRangeRequest(headerValue: rangeHeader)?.resolved(size: Int64(file.count))
        else {
            return Response(status: .ok, body: file)
        }
        let slice = Array(file[Int(range.lowerBound)..<Int(range.upperBound)])
        return Response(
            status: .partialContent,
            headers: [("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(file.count)")],
            body: slice)
    }

    /// The multipart parts of a request (the fake's own parser, independent of the app's).
    static func parts(of request: Request) -> [(name: String?, body: [UInt8])]? {
        guard let type = request.headers.first(name: "content-type"),
            let boundary = type.firstMatch(of: /boundary=(.+)$/)?.1
        else { return nil }
        let text = request.body
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [(name: String?, body: [UInt8])] = []
        var index = delimiter.count
        guard text.starts(with: delimiter) else { return nil }
        while index + 2 <= text.count, !text[index..<index + 2].elementsEqual("--".utf8) {
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: text, from: index) else { return nil }
            let headers = String(decoding: text[index..<headerEnd], as: UTF8.self)
            let name = headers.firstMatch(of: /name="([^"]*)"/).map { String($0.1) }
            guard let next = find(Array("\r\n".utf8) + delimiter, in: text, from: headerEnd + 4) else { return nil }
            parts.append((name, Array(text[headerEnd + 4..<next])))
            index = next + 2 + delimiter.count
        }
        return parts
    }

    static func filePart(of request: Request) -> [UInt8]? {
        parts(of: request)?.first { $0.name == "file" }?.body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

private final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [FakePinata.Request] = []

    func append(_ request: FakePinata.Request) { lock.withLock { requests.append(request) } }
    var all: [FakePinata.Request] { lock.withLock { requests } }
}

private final class ScriptedHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let handler: @Sendable (FakePinata.Request) -> FakePinata.Response
    private let log: RequestLog
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(handler: @escaping @Sendable (FakePinata.Request) -> FakePinata.Response, log: RequestLog) {
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
            let request = FakePinata.Request(method: head.method, uri: head.uri, headers: head.headers, body: body)
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
