import Foundation
import IPFS
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Upload: POST /api/assets/upload-to-ipfs/")
struct UploadTests {
    @Test func storesTheFileAndAnswersItsContentAddress() async throws {
        try await withLore { (client: TestClient) async throws in
            // setup
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.png(700_000)
            let cid = try SampleFile.cid(file)
            // MUT
            let response = try await client.upload(.file(file), bearer: user.access)
            // validate
            #expect(response.status == .created, "\(response.body.string)")
            let json = try response.json
            #expect(json["cid"] as? String == cid.description)
            #expect(cid.description.hasPrefix("bafybei"), "three chunks: a dag-pb root")
            #expect(json["media_url"] as? String == "ipfs://\(cid)")
            #expect(json["size"] as? Int == file.count)
            #expect(json["mime_type"] as? String == "image/png")
            #expect(json["sha256"] as? String == SampleFile.sha256(file))
            #expect(json["gateway_url"] as? String == "http://lore.test/ipfs/\(cid)")
            #expect(Set(json.keys) == ["cid", "media_url", "size", "mime_type", "sha256", "gateway_url"])
            #expect(client.storedFiles(for: cid.description).count == 3, "bytes, leaf digests, record")
            #expect(!client.contentFiles().contains { $0.hasPrefix("ipfs/tmp/") })
            let served = try await client.send(.GET, "/ipfs/\(cid)")
            #expect(served.status == .ok)
            #expect(served.bytes == file)
        }
    }

    @Test func aOneChunkFileGetsARawLeafCID() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.jpeg(1000)
            let response = try await client.upload(.file(file, assetType: "photography"), bearer: user.access)
            #expect(response.status == .created)
            let cid = try #require(try response.json["cid"] as? String)
            #expect(cid == (try SampleFile.cid(file)).description)
            #expect(cid.hasPrefix("bafkrei"))
            #expect(try response.json["mime_type"] as? String == "image/jpeg")
        }
    }

    @Test func theSameFileTwiceIsStoredOnce() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.wav(50_000)
            let first = try await client.upload(.file(file), bearer: user.access)
            let filesAfterFirst = client.contentFiles()
            // MUT
            let second = try await client.upload(.file(file, assetType: "music"), bearer: user.access)
            // validate
            #expect(second.status == .created)
            #expect(try second.json["cid"] as? String == (try first.json["cid"] as? String))
            #expect(try second.json["mime_type"] as? String == "audio/wav")
            #expect(client.contentFiles() == filesAfterFirst)
        }
    }

    @Test func anonymousCallersAreRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            // MUT
            let response = try await client.upload(.file(SampleFile.png(5000)), bearer: nil)
            // validate
            #expect(response.status == .unauthorized)
            #expect(response.errorTitle == "Not authenticated")
            #expect(client.contentFiles().isEmpty)
            let badToken = try await client.upload(.file(SampleFile.png(5000)), bearer: "not-a-token")
            #expect(badToken.status == .unauthorized)
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func cookieSessionsNeedTheCSRFCheck() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "lore_access=\(user.cookies["lore_access"] ?? "")")
            // MUT
            let refused = try await client.upload(.file(SampleFile.png(5000)), bearer: nil, headers: headers)
            headers.add(name: .origin, value: "http://lore.test")
            let accepted = try await client.upload(.file(SampleFile.png(5000)), bearer: nil, headers: headers)
            // validate
            #expect(refused.status == .forbidden)
            #expect(accepted.status == .created)
        }
    }

    @Test func uploadsAreRateLimitedAsAssetWrites() async throws {
        try await withLore(["LORE_RATE_LIMIT_ASSET_WRITE": "2"]) { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let first = try await client.upload(.file(SampleFile.png(3000, seed: 1)), bearer: user.access)
            #expect(first.headers.first(name: "X-RateLimit-Limit") == "2")
            #expect(first.headers.first(name: "X-RateLimit-Remaining") == "1")
            let second = try await client.upload(.file(SampleFile.png(3000, seed: 2)), bearer: user.access)
            #expect(second.status == .created)
            // MUT
            let third = try await client.upload(.file(SampleFile.png(3000, seed: 3)), bearer: user.access)
            // validate
            #expect(third.status == .tooManyRequests)
            #expect(third.headers.first(name: .retryAfter) == "55")
            #expect(client.contentFiles().filter { $0.hasPrefix("ipfs/blobs/") && !$0.contains(".") }.count == 2)
        }
    }

    @Test func theDefaultAssetWriteLimitIsTwentyPerMinute() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let response = try await client.upload(.file(SampleFile.png(3000)), bearer: user.access)
            #expect(response.headers.first(name: "X-RateLimit-Limit") == "20")
            #expect(response.headers.first(name: "X-RateLimit-Remaining") == "19")
        }
    }

    @Test func missingFilePartIsAFieldError() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            var form = MultipartForm()
            form.addField("asset_type", "music")
            form.addFile(SampleFile.wav(4000), name: "attachment")
            // MUT
            let response = try await client.upload(form, bearer: user.access)
            // validate
            #expect(response.status == .badRequest)
            #expect(response.errorTitle == "No file provided")
            let fields = try #require(try response.json["field_errors"] as? [String: [String]])
            #expect(fields == ["file": ["No file was submitted."]])
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func emptyFilesAreRefusedAndLeaveNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.upload(.file([]), bearer: user.access)
            // validate
            #expect(response.status == .badRequest)
            let fields = try #require(try response.json["field_errors"] as? [String: [String]])
            #expect(fields == ["file": ["The submitted file is empty."]])
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func truncatedBodiesAreRefusedAndLeaveNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let form = MultipartForm.file(SampleFile.png(600_000))
            for cut in [100, 300_000, form.body.count - 10] {
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .contentType, value: form.contentType)
                headers.bearerAuthorization = .init(token: user.access)
                // MUT
                let response = try await client.app.testing().sendRequest(
                    .POST, TestClient.uploadPath, headers: headers, body: ByteBuffer(bytes: form.body.prefix(cut)))
                // validate
                #expect(response.status == .badRequest, "cut at \(cut)")
                #expect(
                    response.errorDetail?.contains("ended before its closing boundary") == true,
                    "\(response.body.string)")
                #expect(client.contentFiles().isEmpty, "cut at \(cut)")
            }
        }
    }

    @Test func oversizeFilesAreRefusedAndLeaveNothing() async throws {
        try await withLore(["LORE_MAX_UPLOAD_MB": "1"]) { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.upload(.file(SampleFile.png(1_048_577)), bearer: user.access)
            // validate
            #expect(response.status == .payloadTooLarge)
            #expect(response.errorTitle == "File too large")
            #expect(response.errorDetail == "The file is larger than the upload limit of 1 MiB. Nothing was stored.")
            #expect(client.contentFiles().isEmpty)
            // Exactly the limit is accepted.
            let atLimit = try await client.upload(.file(SampleFile.png(1_048_576)), bearer: user.access)
            #expect(atLimit.status == .created)
        }
    }

    @Test func unknownContentIsUnsupportedWhateverItClaims() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            var form = MultipartForm()
            form.addFile(SampleFile.random(300_000), filename: "photo.png", contentType: "image/png")
            // MUT
            let response = try await client.upload(form, bearer: user.access)
            // validate
            #expect(response.status == .unsupportedMediaType)
            #expect(response.errorTitle == "Unsupported file type")
            let detail = try #require(response.errorDetail)
            #expect(
                detail.hasPrefix(
                    "The file's content is application/octet-stream, which no asset type accepts. Accepted types: "))
            #expect(
                detail.contains("image/png") && detail.contains("audio/mpeg") && detail.contains("model/gltf-binary"))
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func textThatTurnsBinaryAfterThePrefixIsRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let file = SampleFile.markdown(lines: 1000) + [0x00, 0xff, 0xfe] + SampleFile.markdown(lines: 10)
            #expect(file.count > MediaTypeSniffer.prefixLength)
            // MUT
            let response = try await client.upload(.file(file, assetType: "writing"), bearer: user.access)
            // validate
            #expect(response.status == .unsupportedMediaType)
            #expect(response.errorDetail?.contains("application/octet-stream") == true)
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func textAndMarkupAreAcceptedForWriting() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let story = SampleFile.markdown(lines: 2000)
            let markdown = try await client.upload(.file(story, assetType: "writing"), bearer: user.access)
            #expect(markdown.status == .created)
            #expect(try markdown.json["mime_type"] as? String == "text/markdown")
            let html = Array("<!DOCTYPE html><html><body><p>A poem</p></body></html>".utf8)
            let page = try await client.upload(.file(html, assetType: "writing"), bearer: user.access)
            #expect(page.status == .created)
            #expect(try page.json["mime_type"] as? String == "text/html")
        }
    }

    @Test func theNamedAssetTypeMustAcceptTheFile() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            // MUT: asset_type before the file (refused after the first 8 KiB) and after it
            let before = try await client.upload(
                .file(SampleFile.png(400_000), assetType: "music"), bearer: user.access)
            var after = MultipartForm()
            after.addFile(SampleFile.svg, filename: "logo.svg")
            after.addField("asset_type", "photography")
            let afterResponse = try await client.upload(after, bearer: user.access)
            // validate
            #expect(before.status == .unprocessableEntity)
            #expect(before.errorTitle == "File type not accepted for this asset type")
            #expect(
                before.errorDetail == "A music asset accepts audio/aac, audio/aiff, audio/flac, audio/mp4, audio/mpeg, "
                    + "audio/ogg, audio/wav; this file's content is image/png, which suits digital_art or photography or game_asset."
            )
            #expect(
                try before.json["field_errors"] as? [String: [String]]
                    == ["file": ["A music asset cannot be a file of type image/png."]])
            #expect(afterResponse.status == .unprocessableEntity)
            #expect(
                afterResponse.errorDetail?.contains(
                    "this file's content is image/svg+xml, which suits digital_art or game_asset") == true)
            #expect(client.contentFiles().isEmpty)
            let fits = try await client.upload(.file(SampleFile.svg, assetType: "digital_art"), bearer: user.access)
            #expect(fits.status == .created)
        }
    }

    @Test func unknownAssetTypesAreAFieldError() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            let response = try await client.upload(
                .file(SampleFile.png(2000), assetType: "sculpture"), bearer: user.access)
            #expect(response.status == .badRequest)
            #expect(
                try response.json["field_errors"] as? [String: [String]] == [
                    "asset_type": [
                        "Invalid choice. Must be one of: digital_art, music, writing, photography, game_asset."
                    ]
                ])
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func malformedRequestsAreRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            // Not multipart at all.
            let json = try await client.send(.POST, TestClient.uploadPath, raw: #"{"file":"x"}"#, bearer: user.access)
            #expect(json.status == .unsupportedMediaType)
            #expect(json.errorTitle == "Unsupported request body")
            // Multipart without a boundary.
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: user.access)
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data")
            let noBoundary = try await client.app.testing().sendRequest(
                .POST, TestClient.uploadPath, headers: headers, body: ByteBuffer(string: "--x--"))
            #expect(noBoundary.status == .badRequest)
            // Two files.
            var twice = MultipartForm()
            twice.addFile(SampleFile.png(2000))
            twice.addFile(SampleFile.png(3000))
            let two = try await client.upload(twice, bearer: user.access)
            #expect(two.status == .badRequest)
            #expect(try two.json["field_errors"] as? [String: [String]] == ["file": ["Send this field once."]])
            // A part without a name.
            let body = "--b0undary\r\nContent-Type: image/png\r\n\r\nabc\r\n--b0undary--\r\n"
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=b0undary")
            let unnamed = try await client.app.testing().sendRequest(
                .POST, TestClient.uploadPath, headers: headers, body: ByteBuffer(string: body))
            #expect(unnamed.status == .badRequest)
            #expect(unnamed.errorTitle == "Malformed request body")
            #expect(client.contentFiles().isEmpty)
        }
    }

    @Test func otherFieldsAndFileNamesDoNotMatter() async throws {
        try await withLore { (client: TestClient) async throws in
            let user = try await client.signIn(TestWallet())
            var form = MultipartForm()
            form.addField("title", "Ignored")
            form.addFile(SampleFile.png(10_000), filename: "../../etc/passwd", contentType: "text/plain")
            form.addField("note", String(repeating: "n", count: 5000))
            let response = try await client.upload(form, bearer: user.access)
            #expect(response.status == .created)
            #expect(try response.json["mime_type"] as? String == "image/png")
            #expect(client.contentFiles().allSatisfy { $0.hasPrefix("ipfs/") })
        }
    }
}
