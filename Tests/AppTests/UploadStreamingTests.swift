import Foundation
import IPFS
import Testing
import Vapor

@testable import App

/// Uploads over a real loopback connection: the body arrives in many pieces (chunked or with
/// a length), and refusals come back before the client has sent everything.
@Suite("Upload: streamed over HTTP/1.1")
struct UploadStreamingTests {
    private func head(_ user: SignedIn, form: MultipartForm, length: Int?) -> String {
        var head =
            "POST \(TestClient.uploadPath) HTTP/1.1\r\nHost: lore.test\r\nAuthorization: Bearer \(user.access)\r\n"
        head += "Content-Type: \(form.contentType)\r\n"
        head += length.map { "Content-Length: \($0)\r\n" } ?? "Transfer-Encoding: chunked\r\n"
        return head + "\r\n"
    }

    @Test func aBodyInSmallPiecesIsStoredWhole() async throws {
        try await withLore { (client: TestClient) async throws in
            // setup: 2.5 MiB in 1000-byte pieces, so boundaries and headers straddle pieces
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.png(2_500_000)
            var form = MultipartForm()
            form.addField("asset_type", "digital_art")
            form.addFile(file, filename: "dawn.png", contentType: "image/png")
            try await client.withLiveServer { port in
                // MUT
                let response = try await RawHTTPClient.exchange(
                    port: port, head: head(user, form: form, length: form.body.count),
                    pieces: RawHTTPClient.split(form.body, size: 1000))
                // validate
                #expect(response.status == 201, "\(String(decoding: response.body, as: UTF8.self))")
                #expect(response.json["cid"] as? String == (try SampleFile.cid(file)).description)
                #expect(response.json["sha256"] as? String == SampleFile.sha256(file))
                #expect(response.json["size"] as? Int == file.count)
            }
        }
    }

    @Test func aChunkedBodyIsStored() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.wav(700_000)
            let form = MultipartForm.file(file, assetType: "music")
            try await client.withLiveServer { port in
                let response = try await RawHTTPClient.exchange(
                    port: port, head: head(user, form: form, length: nil),
                    pieces: RawHTTPClient.chunked(RawHTTPClient.split(form.body, size: 65_537)))
                #expect(response.status == 201)
                #expect(response.json["mime_type"] as? String == "audio/wav")
            }
        }
    }

    @Test func aDeclaredLengthOverTheLimitIsRefusedBeforeTheBody() async throws {
        try await withLore(["LORE_MAX_UPLOAD_MB": "1"]) { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let form = MultipartForm.file(SampleFile.png(10))
            try await client.withLiveServer { port in
                // MUT: the headers and the first bytes of a 5 GB body, then the client waits (Vapor
                // hands a request to its route once the first body bytes are in)
                let response = try await RawHTTPClient.exchange(
                    port: port, head: head(user, form: form, length: 5_000_000_000),
                    pieces: [Array(form.body.prefix(200))],
                    timeout: .seconds(10))
                // validate
                #expect(response.status == 413)
                #expect(response.json["error"] as? String == "Request body too large")
                #expect(
                    response.json["detail"] as? String == "The request body is larger than 2 MiB: the upload limit "
                        + "plus room for the form's other fields. Nothing was stored.")
                #expect(client.contentFiles().isEmpty)
            }
        }
    }

    @Test func anOversizeStreamIsRefusedAsSoonAsItPassesTheLimit() async throws {
        try await withLore(["LORE_MAX_UPLOAD_MB": "1"]) { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let form = MultipartForm.file(SampleFile.png(3_000_000))
            try await client.withLiveServer { port in
                // MUT: chunked (no length to judge by); the client sends 1.5 MiB and then waits
                let sent = RawHTTPClient.chunked(
                    RawHTTPClient.split(Array(form.body.prefix(1_500_000)), size: 50_000), final: false)
                let response = try await RawHTTPClient.exchange(
                    port: port, head: head(user, form: form, length: nil), pieces: sent, timeout: .seconds(10))
                // validate
                #expect(response.status == 413)
                #expect(response.json["error"] as? String == "File too large")
                #expect(client.contentFiles().isEmpty)
            }
        }
    }

    @Test func aBinaryTypeNobodyAcceptsIsRefusedFromItsFirstBytes() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let form = MultipartForm.file(SampleFile.random(5_000_000))
            try await client.withLiveServer { port in
                // MUT: only 100 KB of a 5 MB body is sent
                let sent = RawHTTPClient.split(Array(form.body.prefix(100_000)), size: 10_000)
                let response = try await RawHTTPClient.exchange(
                    port: port, head: head(user, form: form, length: form.body.count), pieces: sent,
                    timeout: .seconds(10))
                // validate
                #expect(response.status == 415)
                #expect(client.contentFiles().isEmpty)
            }
        }
    }

    @Test func aClientThatDisconnectsLeavesNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let form = MultipartForm.file(SampleFile.png(3_000_000))
            try await client.withLiveServer { port in
                // MUT: half the body, then the connection closes (the exchange times out and closes it)
                let sent = RawHTTPClient.split(Array(form.body.prefix(1_500_000)), size: 100_000)
                await #expect(throws: RawHTTPClient.Timeout.self) {
                    _ = try await RawHTTPClient.exchange(
                        port: port, head: head(user, form: form, length: form.body.count), pieces: sent,
                        timeout: .seconds(2))
                }
                // validate: the server notices the closed connection and drops the spooled part
                var files = client.contentFiles()
                for _ in 0..<50 where !files.isEmpty {
                    try await Task.sleep(for: .milliseconds(100))
                    files = client.contentFiles()
                }
                #expect(files.isEmpty)
            }
        }
    }
}
