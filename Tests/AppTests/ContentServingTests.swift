import Foundation
import IPFS
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Content: GET /ipfs/{cid}")
struct ContentServingTests {
    /// Uploads `file` and returns its CID.
    private func stored(_ file: [UInt8], client: TestClient) async throws -> String {
        let user = try await client.signIn(TestWallet())
        let response = try await client.upload(.file(file), bearer: user.access)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require(try response.json["cid"] as? String)
    }

    private func get(_ client: TestClient, _ cid: String, _ headers: [(String, String)] = [], method: HTTPMethod = .GET)
        async throws -> TestingHTTPResponse
    {
        try await client.send(method, "/ipfs/\(cid)", headers: HTTPHeaders(headers))
    }

    @Test func servesTheBytesWithImmutableCaching() async throws {
        try await withLore { (client: TestClient) async throws in
            // setup
            let file = SampleFile.png(600_000)
            let cid = try await stored(file, client: client)
            // MUT
            let response = try await get(client, cid)
            // validate
            #expect(response.status == .ok)
            #expect(response.bytes == file)
            #expect(response.headers.first(name: .contentType) == "image/png")
            #expect(response.headers.first(name: .contentLength) == "600000")
            #expect(response.headers.first(name: .eTag) == "\"\(cid)\"")
            #expect(response.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(response.headers.first(name: .acceptRanges) == "bytes")
            #expect(response.headers.first(name: .xContentTypeOptions) == "nosniff")
            #expect(response.headers.first(name: .contentSecurityPolicy) == nil)
        }
    }

    @Test func headAnswersTheHeadersWithoutTheBody() async throws {
        try await withLore { (client: TestClient) async throws in
            let cid = try await stored(SampleFile.jpeg(300_000), client: client)
            // MUT
            let response = try await get(client, cid, method: .HEAD)
            // validate
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
            #expect(response.headers.first(name: .contentLength) == "300000")
            #expect(response.headers.first(name: .contentType) == "image/jpeg")
            #expect(response.headers.first(name: .eTag) == "\"\(cid)\"")
        }
    }

    @Test func servesSingleByteRanges() async throws {
        try await withLore { (client: TestClient) async throws in
            let file = SampleFile.png(1_000_000)
            let cid = try await stored(file, client: client)
            let cases: [(range: String, expected: Range<Int>)] = [
                ("bytes=0-99", 0..<100),
                ("bytes=262140-262150", 262_140..<262_151),  // across a 256 KiB leaf boundary
                ("bytes=999000-", 999_000..<1_000_000),
                ("bytes=-10", 999_990..<1_000_000),
                ("bytes=999990-5000000", 999_990..<1_000_000),  // the end is clamped
                ("bytes=-5000000", 0..<1_000_000),  // a suffix longer than the content is all of it
                ("bytes=999999-999999", 999_999..<1_000_000),
            ]
            for (range, expected) in cases {
                // MUT
                let response = try await get(client, cid, [("Range", range)])
                // validate
                #expect(response.status == .partialContent, "\(range)")
                #expect(response.bytes == Array(file[expected]), "\(range)")
                #expect(
                    response.headers.first(name: .contentRange)
                        == "bytes \(expected.lowerBound)-\(expected.upperBound - 1)/1000000", "\(range)")
                #expect(response.headers.first(name: .contentLength) == String(expected.count), "\(range)")
                #expect(response.headers.first(name: .eTag) == "\"\(cid)\"")
            }
        }
    }

    @Test func unsatisfiableRangesAre416() async throws {
        try await withLore { (client: TestClient) async throws in
            let cid = try await stored(SampleFile.png(5000), client: client)
            for range in ["bytes=5000-", "bytes=6000-7000", "bytes=-0"] {
                // MUT
                let response = try await get(client, cid, [("Range", range)])
                // validate
                #expect(response.status == .rangeNotSatisfiable, "\(range)")
                #expect(response.headers.first(name: .contentRange) == "bytes */5000", "\(range)")
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/html") == true)
            }
        }
    }

    @Test func rangesThatCannotBeHonouredGetTheWholeContent() async throws {
        try await withLore { (client: TestClient) async throws in
            let file = SampleFile.png(5000)
            let cid = try await stored(file, client: client)
            // Several ranges, another unit, nonsense: the header is ignored (RFC 9110 §14.2).
            for range in ["bytes=0-1,5-6", "items=0-1", "bytes=9-3", "bytes=abc"] {
                let response = try await get(client, cid, [("Range", range)])
                #expect(response.status == .ok, "\(range)")
                #expect(response.bytes == file, "\(range)")
            }
            // If-Range: the range applies only when the tag matches.
            let matching = try await get(client, cid, [("Range", "bytes=0-9"), ("If-Range", "\"\(cid)\"")])
            #expect(matching.status == .partialContent)
            #expect(matching.bytes == Array(file[0..<10]))
            let stale = try await get(client, cid, [("Range", "bytes=0-9"), ("If-Range", "\"bafkreiother\"")])
            #expect(stale.status == .ok)
            #expect(stale.bytes == file)
            let date = try await get(
                client, cid, [("Range", "bytes=0-9"), ("If-Range", "Wed, 21 Oct 2015 07:28:00 GMT")])
            #expect(date.status == .ok)
        }
    }

    @Test func ifNoneMatchAnswersNotModified() async throws {
        try await withLore { (client: TestClient) async throws in
            let cid = try await stored(SampleFile.png(5000), client: client)
            for value in ["\"\(cid)\"", "W/\"\(cid)\"", "\"other\", \"\(cid)\"", "*"] {
                // MUT
                let response = try await get(client, cid, [("If-None-Match", value)])
                // validate
                #expect(response.status == .notModified, "\(value)")
                #expect(response.body.readableBytes == 0)
                #expect(response.headers.first(name: .eTag) == "\"\(cid)\"")
                #expect(response.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            }
            let changed = try await get(client, cid, [("If-None-Match", "\"bafkreiother\"")])
            #expect(changed.status == .ok)
            // If-None-Match wins over Range.
            let both = try await get(client, cid, [("If-None-Match", "\"\(cid)\""), ("Range", "bytes=0-1")])
            #expect(both.status == .notModified)
        }
    }

    @Test func cidV0LinksServeTheSameFile() async throws {
        try await withLore { (client: TestClient) async throws in
            let file = SampleFile.png(700_000)
            let cid = try await stored(file, client: client)
            let v0 = try SampleFile.cid(file, .cidV0).description
            #expect(v0.hasPrefix("Qm"))
            // MUT
            let response = try await get(client, v0)
            // validate
            #expect(response.status == .ok)
            #expect(response.bytes == file)
            #expect(response.headers.first(name: .eTag) == "\"\(cid)\"")
            let ranged = try await get(client, v0, [("Range", "bytes=10-19")])
            #expect(ranged.bytes == Array(file[10..<20]))
        }
    }

    @Test func unknownContentIs404AndMalformedAddressesAre400() async throws {
        try await withLore { (client: TestClient) async throws in
            let absent = try SampleFile.cid(Array("never stored".utf8))
            // MUT
            let unknown = try await client.send(.GET, "/ipfs/\(absent)")
            let unknownV0 = try await client.send(.GET, "/ipfs/\(try SampleFile.cid(Array("nope".utf8), .cidV0))")
            let malformed = try await client.send(.GET, "/ipfs/not-a-cid")
            let badBase = try await client.send(.GET, "/ipfs/bafkrei0000")
            // validate
            #expect(unknown.status == .notFound)
            #expect(unknown.headers.first(name: .contentType)?.hasPrefix("text/html") == true)
            #expect(unknownV0.status == .notFound)
            #expect(malformed.status == .badRequest)
            #expect(malformed.headers.first(name: .contentType)?.hasPrefix("text/html") == true)
            #expect(malformed.body.string.contains("Malformed content address"))
            #expect(badBase.status == .badRequest)
        }
    }

    @Test func markupIsServedInert() async throws {
        try await withLore { (client: TestClient) async throws in
            let cid = try await stored(SampleFile.svg, client: client)
            let html = try await stored(
                Array("<!doctype html><html><script>alert(1)</script></html>".utf8), client: client)
            // MUT
            let svg = try await get(client, cid)
            let page = try await get(client, html)
            // validate
            #expect(svg.headers.first(name: .contentType) == "image/svg+xml; charset=utf-8")
            #expect(
                svg.headers.first(name: .contentSecurityPolicy)
                    == "default-src 'none'; style-src 'unsafe-inline'; sandbox")
            #expect(svg.headers.first(name: .xContentTypeOptions) == "nosniff")
            #expect(page.headers.first(name: .contentType) == "text/html; charset=utf-8")
            #expect(
                page.headers.first(name: .contentSecurityPolicy)
                    == "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        }
    }

    @Test func aLargeFileStreamsOverTheWire() async throws {
        try await withLore(["LORE_LOG_LEVEL": "warning"]) { (client: TestClient) async throws in
            let file = SampleFile.png(3_000_000)
            let cid = try await stored(file, client: client)
            try await client.withLiveServer { port in
                // MUT
                let response = try await RawHTTPClient.exchange(
                    port: port, head: "GET /ipfs/\(cid) HTTP/1.1\r\nHost: lore.test\r\n\r\n")
                let head = try await RawHTTPClient.exchange(
                    port: port, head: "HEAD /ipfs/\(cid) HTTP/1.1\r\nHost: lore.test\r\n\r\n")
                let ranged = try await RawHTTPClient.exchange(
                    port: port, head: "GET /ipfs/\(cid) HTTP/1.1\r\nHost: lore.test\r\nRange: bytes=2999000-\r\n\r\n")
                let notModified = try await RawHTTPClient.exchange(
                    port: port,
                    head: "GET /ipfs/\(cid) HTTP/1.1\r\nHost: lore.test\r\nIf-None-Match: \"\(cid)\"\r\n\r\n")
                // validate
                #expect(response.status == 200)
                #expect(response.body == file)
                #expect(head.status == 200)
                #expect(head.header("Content-Length") == "3000000")
                #expect(ranged.status == 206)
                #expect(ranged.body == Array(file[2_999_000...]))
                #expect(notModified.status == 304)
                #expect(notModified.header("Content-Length") == nil && notModified.header("Transfer-Encoding") == nil)
                #expect(notModified.header("ETag") == "\"\(cid)\"")
            }
        }
    }
}
