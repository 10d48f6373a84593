import Crypto
import Ethereum
import Foundation
import IPFS
import NIOCore
import Testing
import Vapor
import VaporTesting

@testable import App

/// A `multipart/form-data` body written out by hand, so tests can build any variant.
struct MultipartForm {
    let boundary: String
    private(set) var parts: [(headers: [String], body: [UInt8])] = []

    init(boundary: String = "lore-test-" + UUID().uuidString) {
        self.boundary = boundary
    }

    mutating func addField(_ name: String, _ value: String) {
        parts.append((["Content-Disposition: form-data; name=\"\(name)\""], Array(value.utf8)))
    }

    mutating func addFile(
        _ bytes: [UInt8], name: String = "file", filename: String = "work.bin",
        contentType: String = "application/octet-stream"
    ) {
        parts.append(
            (
                [
                    "Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"",
                    "Content-Type: \(contentType)",
                ], bytes
            ))
    }

    /// A form with one file (and an `asset_type` field before it when given).
    static func file(_ bytes: [UInt8], assetType: String? = nil) -> MultipartForm {
        var form = MultipartForm()
        if let assetType { form.addField("asset_type", assetType) }
        form.addFile(bytes)
        return form
    }

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The encoded body (RFC 7578), closing delimiter included.
    var body: [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            body += Array("--\(boundary)\r\n".utf8)
            for header in part.headers { body += Array("\(header)\r\n".utf8) }
            body += Array("\r\n".utf8) + part.body + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }
}

/// Generated file contents: the first bytes decide the sniffed type, the rest is pseudo-random.
enum SampleFile {
    static func random(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        var state = seed
        var bytes = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: state >> 33)
        }
        return bytes
    }

    static func png(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
        return signature + random(count - signature.count, seed: seed)
    }

    static func jpeg(_ count: Int, seed: UInt64 = 2) -> [UInt8] {
        [0xff, 0xd8, 0xff, 0xe0] + random(count - 4, seed: seed)
    }

    static func wav(_ count: Int, seed: UInt64 = 3) -> [UInt8] {
        Array("RIFF".utf8) + [0x24, 0x08, 0, 0] + Array("WAVEfmt ".utf8) + random(count - 16, seed: seed)
    }

    static let svg = Array(
        #"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>"#.utf8)

    static func markdown(lines: Int) -> [UInt8] {
        Array(("# A story\n\n" + (0..<lines).map { "Line \($0) of the *tale*.\n" }.joined()).utf8)
    }

    /// The CID `ipfs add` prints for `bytes` with `options` (by default CIDv1, raw leaves).
    static func cid(_ bytes: [UInt8], _ options: UnixFSImportOptions = .cidV1) throws -> CID {
        var importer = UnixFSImporter(options: options)
        try importer.update(bytes)
        return try importer.finalize().root
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        Hex.encode(SHA256.hash(data: bytes))
    }
}

extension TestClient {
    static let uploadPath = "/api/assets/upload-to-ipfs/"

    /// Posts `form` to the upload endpoint (in memory: the body arrives as one chunk).
    func upload(_ form: MultipartForm, bearer: String?, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse
    {
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: form.contentType)
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        return try await app.testing().sendRequest(
            .POST, Self.uploadPath, headers: headers, body: ByteBuffer(bytes: form.body))
    }

    /// The data directory's content files (the local store and the Pinata spool), as paths
    /// relative to the data directory: what an upload left behind.
    func contentFiles() -> [String] {
        let root = app.lore.config.dataDirectory
        var files: [String] = []
        for top in ["ipfs", "pinata-spool"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + top) else { continue }
            for case let path as String in walker {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + top + "/" + path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    files.append(top + "/" + path)
                }
            }
        }
        return files.sorted()
    }

    /// Files the store keeps for one CID: the bytes, their leaf digests and the record.
    func storedFiles(for cid: String) -> [String] {
        contentFiles().filter { $0.hasPrefix("ipfs/blobs/") && $0.contains("/" + cid) }
    }
}

extension TestingHTTPResponse {
    var bytes: [UInt8] { Array(body.readableBytesView) }
}
