import FakeHTTP
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
        _ handler: @escaping @Sendable (FakeHTTPServer.Request) -> FakeHTTPServer.Response,
        _ body: (FakeHTTPServer) async throws -> Void
    ) async throws {
        let server = try await FakeHTTPServer.start(handler)
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
                guard let file = request.multipartParts?.first(where: { $0.name == "file" })?.body,
                    let cid = try? SampleFile.cid(file)
                else {
                    return .init(status: .badRequest)
                }
                pinned.add(cid.description, file)
                return .json(#"{"IpfsHash":"\#(cid)","PinSize":\#(file.count),"Timestamp":"2025-01-01T00:00:00Z"}"#)
            }
            if request.method == .GET, request.uri.hasPrefix("/ipfs/"),
                let file = pinned[String(request.uri.dropFirst(6))]
            {
                return .ranged(file, rangeHeader: request.headers.first(name: "range"))
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
                let parts = try #require(upload.multipartParts)
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

extension FakeHTTPServer.Response {
    /// A gateway answer for `file`: 206 for a single `bytes=a-b` range, 200 otherwise.
    static func ranged(_ file: [UInt8], rangeHeader: String?) -> Self {
        guard let rangeHeader, let range = ByteRangeRequest(headerValue: rangeHeader)?.resolved(size: Int64(file.count))
        else {
            return Self(status: .ok, body: file)
        }
        let slice = Array(file[Int(range.lowerBound)..<Int(range.upperBound)])
        return Self(
            status: .partialContent,
            headers: [("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(file.count)")],
            body: slice)
    }
}
