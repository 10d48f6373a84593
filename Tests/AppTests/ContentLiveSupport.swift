import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Testing
import Vapor

@testable import App

extension TestClient {
    /// Runs `body` with the app's HTTP server listening on 127.0.0.1 (ephemeral port), for tests
    /// that need real streaming: request bodies in pieces, early answers, raw headers.
    func withLiveServer(_ body: (Int) async throws -> Void) async throws {
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body(port)
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }
}

/// One HTTP/1.1 response read off a raw connection.
struct RawHTTPResponse: Sendable {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]) ?? [:]
    }

    /// Parses `bytes` once they hold a complete response with a `Content-Length` body (none
    /// when `bodyless`: the answer to HEAD).
    static func parse(_ bytes: ByteBuffer, bodyless: Bool = false) -> RawHTTPResponse? {
        let view = bytes.readableBytesView
        guard let end = view.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let declared = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        let length = bodyless ? 0 : declared
        let bodyStart = end.upperBound
        guard view.endIndex - bodyStart >= length else { return nil }
        return RawHTTPResponse(status: status, headers: headers, body: Array(view[bodyStart..<bodyStart + length]))
    }
}

/// A raw HTTP/1.1 client: writes exactly the bytes a test gives it, piece by piece, while
/// reading the answer — so a test sees a response the server sends before the request ends.
enum RawHTTPClient {
    struct Timeout: Error {}
    struct ConnectionClosed: Error {}

    /// Sends `head`, then `pieces` one write at a time (stopping if the server answers or closes),
    /// and returns the first response. Fails after `timeout` without one (generous: thousands of
    /// awaited writes take a while when the whole suite runs at once on a small machine).
    static func exchange(
        port: Int, head: String, pieces: [[UInt8]] = [], timeout: TimeAmount = .seconds(120)
    ) async throws -> RawHTTPResponse {
        let bodyless = head.hasPrefix("HEAD ")
        let group = MultiThreadedEventLoopGroup.singleton
        let promise = group.next().makePromise(of: RawHTTPResponse.self)
        let channel = try await ClientBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ResponseCollector(promise: promise, bodyless: bodyless))
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        let timer = channel.eventLoop.scheduleTask(in: timeout) {
            channel.pipeline.fireErrorCaught(Timeout())
        }
        let writer = Task {
            try await channel.writeAndFlush(ByteBuffer(string: head)).get()
            for piece in pieces {
                try await channel.writeAndFlush(ByteBuffer(bytes: piece)).get()
            }
        }
        defer { timer.cancel() }
        let result: Result<RawHTTPResponse, any Error>
        do {
            result = .success(try await promise.futureResult.get())
        } catch {
            result = .failure(error)
        }
        try? await channel.close().get()
        _ = await writer.result
        return try result.get()
    }

    /// `pieces` as HTTP/1.1 chunked transfer coding, each piece one chunk.
    static func chunked(_ pieces: [[UInt8]], final: Bool = true) -> [[UInt8]] {
        pieces.map { Array((String($0.count, radix: 16) + "\r\n").utf8) + $0 + Array("\r\n".utf8) }
            + (final ? [Array("0\r\n\r\n".utf8)] : [])
    }

    /// Splits `bytes` into pieces of `size`.
    static func split(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }
}

/// Collects bytes until they form a response; fails on close, errors or the timeout.
private final class ResponseCollector: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    private let promise: EventLoopPromise<RawHTTPResponse>
    private var received = ByteBuffer()
    private var isDone = false
    private let bodyless: Bool

    init(promise: EventLoopPromise<RawHTTPResponse>, bodyless: Bool) {
        self.promise = promise
        self.bodyless = bodyless
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var chunk = unwrapInboundIn(data)
        received.writeBuffer(&chunk)
        if let response = RawHTTPResponse.parse(received, bodyless: bodyless) { finish(.success(response)) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.failure(RawHTTPClient.ConnectionClosed()))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failure(error))
        context.close(promise: nil)
    }

    private func finish(_ result: Result<RawHTTPResponse, any Error>) {
        guard !isDone else { return }
        isDone = true
        promise.completeWith(result)
    }
}
