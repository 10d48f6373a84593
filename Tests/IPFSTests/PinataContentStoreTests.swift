import AsyncHTTPClient
import FakeHTTP
import Foundation
import NIOCore
import NIOHTTP1
import Testing

@testable import IPFS

@Suite("Pinata content store (fake Pinata and gateway on loopback)")
struct PinataContentStoreTests {
    private static let jwt = "test-jwt-123"

    /// Runs `body` with a fake server scripted by `handler` and a store pointed at it (API and gateway).
    private func withPinata(
        _ handler: @escaping FakeHTTPServer.Handler,
        _ body: (PinataContentStore, FakeHTTPServer, TemporaryDirectory) async throws -> Void
    ) async throws {
        let server = try await FakeHTTPServer.start(handler)
        let directory = try TemporaryDirectory()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { directory.remove() }
        let configuration = PinataConfiguration(
            jwt: Self.jwt, spoolDirectory: directory.path + "/spool", maximumContentSize: 4 << 20,
            apiBaseURL: server.baseURL + "/", gatewayBaseURL: server.baseURL, requestTimeout: .seconds(10),
            uploadTimeout: .seconds(30))
        let store = try PinataContentStore(configuration: configuration, httpClient: client)
        do {
            try await body(store, server, directory)
        } catch {
            try? await client.shutdown()
            try? await server.stop()
            throw error
        }
        try await client.shutdown()
        try await server.stop()
    }

    private static func pinned(_ cid: String) -> FakeHTTPServer.Response {
        .json(#"{"IpfsHash":"\#(cid)","PinSize":1234,"Timestamp":"2025-01-01T00:00:00.000Z"}"#)
    }

    @Test func streamsAFileToPinFileToIPFSAsMultipart() async throws {
        let data = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + TestData.random(700_000)
        let cid = try TestData.cid(data)
        try await withPinata({ _ in Self.pinned(cid.description) }) { store, server, directory in
            let writer = try await store.beginWrite(name: "sun \"rise\".png")
            try await TestData.write(data, to: writer)
            let stored = try await writer.finish()
            #expect(stored.cid == cid)
            #expect(stored.mimeType == "image/png")
            #expect(stored.size == Int64(data.count))
            #expect(directory.files(under: "spool").isEmpty)

            let request = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(request.method == .POST)
            #expect(request.uri == "/pinning/pinFileToIPFS")
            #expect(request.headers.first(name: "authorization") == "Bearer \(Self.jwt)")
            #expect(request.headers.first(name: "content-length") == String(request.body.count))
            let contentType = try #require(request.headers.first(name: "content-type"))
            let boundary = try #require(contentType.firstMatch(of: /multipart\/form-data; boundary=(.+)/)).1
            let parts = try #require(MultipartPart.parse(request.body, boundary: String(boundary)))
            #expect(parts.map(\.name) == ["pinataOptions", "pinataMetadata", "file"])
            let options = try JSONSerialization.jsonObject(with: Data(parts[0].body)) as? [String: Int]
            #expect(options == ["cidVersion": 1])
            let metadata = try JSONSerialization.jsonObject(with: Data(parts[1].body)) as? [String: String]
            #expect(metadata == ["name": "sun \"rise\".png"])
            #expect(parts[2].filename == "sun %22rise%22.png")
            #expect(parts[2].headers["content-type"] == "image/png")
            #expect(parts[2].body == data)
        }
    }

    @Test func pinsJSONDocumentsWithPinJSONToIPFS() async throws {
        let document = Array(#"{"title":"Dawn","mediaUrl":"ipfs://bafkreiexample","creators":[{"name":"Ada"}]}"#.utf8)
        let cid = try TestData.cid(document)
        try await withPinata({ _ in Self.pinned(cid.description) }) { store, server, _ in
            let stored = try await store.put(bytes: document, name: "ip-metadata.json")
            #expect(stored.cid == cid)
            #expect(stored.mimeType == "application/json")
            let request = try #require(server.requests.first)
            #expect(request.uri == "/pinning/pinJSONToIPFS")
            #expect(request.headers.first(name: "authorization") == "Bearer \(Self.jwt)")
            #expect(request.headers.first(name: "content-type") == "application/json")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
            let content = try #require(body["pinataContent"] as? [String: Any])
            #expect(content["title"] as? String == "Dawn")
            #expect((body["pinataOptions"] as? [String: Int]) == ["cidVersion": 1])
            #expect((body["pinataMetadata"] as? [String: String]) == ["name": "ip-metadata.json"])
        }
    }

    @Test func aDifferentIpfsHashIsAnError() async throws {
        let data = TestData.random(300_000)
        let v0 = try TestData.cid(data, .cidV0)  // what Pinata returns when it ignores cidVersion
        let v1 = try TestData.cid(data)
        try await withPinata({ _ in Self.pinned(v0.description) }) { store, _, directory in
            await #expect(throws: ContentStoreError.cidMismatch(expected: v1.description, received: v0.description)) {
                try await store.put(bytes: data)
            }
            #expect(directory.files(under: "spool").isEmpty)
        }
    }

    @Test func mapsPinataFailuresToTypedErrors() async throws {
        let cases: [(FakeHTTPServer.Response, ContentStoreError)] = [
            (
                .json(
                    #"{"error":{"reason":"INVALID_CREDENTIALS","details":"Invalid/expired credentials provided"}}"#,
                    status: .unauthorized),
                .upstreamUnauthorized(
                    service: "Pinata", detail: "INVALID_CREDENTIALS: Invalid/expired credentials provided")
            ),
            (
                FakeHTTPServer.Response(status: .tooManyRequests, headers: [("Retry-After", "7")]),
                .upstreamRateLimited(service: "Pinata", retryAfter: 7)
            ),
            (
                .json(#"{"error":"Internal server error"}"#, status: .internalServerError),
                .upstreamFailed(service: "Pinata", status: 500, detail: "Internal server error")
            ),
            (
                FakeHTTPServer.Response(status: .badGateway),
                .upstreamFailed(service: "Pinata", status: 502, detail: "Bad Gateway")
            ),
            (.json("not json"), .upstreamInvalidResponse(service: "Pinata", detail: "no IpfsHash in not json")),
        ]
        for (response, expected) in cases {
            try await withPinata({ _ in response }) { store, _, directory in
                await #expect(throws: expected) { try await store.put(bytes: TestData.random(1000)) }
                #expect(directory.files(under: "spool").isEmpty)
                #expect(expected.isUpstreamFailure)
            }
        }
    }

    @Test func anUnreachablePinataIsATypedError() async throws {
        let server = try await FakeHTTPServer.start { _ in .json("{}") }
        let deadURL = server.baseURL
        try await server.stop()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let store = try PinataContentStore(
            configuration: PinataConfiguration(
                jwt: Self.jwt, spoolDirectory: directory.path, maximumContentSize: 1 << 20, apiBaseURL: deadURL,
                gatewayBaseURL: deadURL, requestTimeout: .seconds(2), uploadTimeout: .seconds(2)),
            httpClient: client)
        await #expect {
            try await store.put(bytes: TestData.random(100))
        } throws: { error in
            guard case .upstreamUnreachable(let service, _) = error as? ContentStoreError else { return false }
            return service == "Pinata"
        }
        let someCID = try TestData.cid([1])
        await #expect { try await store.has(someCID) } throws: { error in
            (error as? ContentStoreError)?.isUpstreamFailure == true
        }
        try await client.shutdown()
    }

    @Test func enforcesTheSizeLimitWhileSpooling() async throws {
        try await withPinata({ _ in FakeHTTPServer.Response(status: .internalServerError) }) {
            store, server, directory in
            let writer = try await store.beginWrite()
            await #expect(throws: ContentStoreError.tooLarge(limit: 4 << 20)) {
                try await TestData.write(TestData.random(5 << 20), to: writer, piece: 1 << 20)
            }
            #expect(directory.files(under: "spool").isEmpty)
            #expect(server.requests.isEmpty, "nothing reaches Pinata")
        }
    }

    @Test func readsThroughTheGatewayWithRanges() async throws {
        let data =
            Array("# Chapter one\n\nIt was a bright cold day in April.\n".utf8)
            + [UInt8](repeating: UInt8(ascii: "x"), count: 20_000)
        let cid = try TestData.cid(data)
        let missing = try TestData.cid([1, 2, 3])
        try await withPinata({ request in
            guard request.uri == "/ipfs/\(cid)" else { return FakeHTTPServer.Response(status: .notFound) }
            if request.method == .HEAD { return FakeHTTPServer.Response(status: .ok) }
            guard let header = request.headers.first(name: "range"), let range = ByteRangeRequest(headerValue: header),
                let resolved = range.resolved(size: Int64(data.count))
            else { return FakeHTTPServer.Response(status: .ok, body: data) }
            return FakeHTTPServer.Response(
                status: .partialContent,
                headers: [("Content-Range", "bytes \(resolved.lowerBound)-\(resolved.upperBound - 1)/\(data.count)")],
                body: Array(data[Int(resolved.lowerBound)..<Int(resolved.upperBound)]))
        }) { store, server, _ in
            #expect(try await store.has(cid))
            #expect(try await store.has(missing) == false)
            #expect(try await store.open(missing) == nil)
            let object = try #require(try await store.open(cid))
            #expect(object.size == Int64(data.count))
            #expect(object.mimeType == "text/markdown")
            #expect(object.filePath == nil)
            #expect(try await TestData.collect(object.chunks(in: 2..<9)) == Array(data[2..<9]))
            #expect(try await TestData.collect(object.chunks()) == data)
            let ranges = server.requests.filter { $0.method == .GET && $0.uri == "/ipfs/\(cid)" }.compactMap {
                $0.headers.first(name: "range")
            }
            #expect(ranges == ["bytes=0-8191", "bytes=2-8", "bytes=0-\(data.count - 1)"])
            #expect(store.gatewayURL(for: cid) == server.baseURL + "/ipfs/\(cid)")
        }
    }

    @Test func copesWithAGatewayThatIgnoresRange() async throws {
        let data = TestData.random(50_000)
        let cid = try TestData.cid(data)
        try await withPinata({ _ in FakeHTTPServer.Response(status: .ok, body: data) }) { store, _, _ in
            let object = try #require(try await store.open(cid))
            #expect(object.size == Int64(data.count))
            #expect(try await TestData.collect(object.chunks(in: 40_000..<40_010)) == Array(data[40_000..<40_010]))
        }
    }

    @Test func gatewayFailuresAreTypedErrors() async throws {
        try await withPinata({ _ in FakeHTTPServer.Response(status: .serviceUnavailable) }) { store, _, _ in
            await #expect(
                throws: ContentStoreError.upstreamFailed(
                    service: "IPFS gateway", status: 503, detail: "Service Unavailable")
            ) {
                try await store.open(CID(v1: .raw, multihash: .sha2_256([7])))
            }
        }
    }
}
