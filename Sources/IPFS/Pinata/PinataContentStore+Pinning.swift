import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

extension PinataContentStore {
    private struct Options: Encodable {
        let cidVersion = 1
    }

    private struct Metadata: Encodable {
        let name: String
    }

    /// Streams a completed spool file to `pinFileToIPFS` as multipart/form-data. The options and
    /// metadata parts come first, so a streaming parser on Pinata's side knows them before the file.
    func pinFile(_ spool: SpoolFile, digest: ContentDigester.Digest, name: String?) async throws -> StoredContent {
        let boundary = "lore-" + String(UInt64.random(in: .min ... .max), radix: 16)
        let label = name ?? digest.cid.description
        let fileName = label.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
        var head = ""
        head += "--\(boundary)\r\nContent-Disposition: form-data; name=\"pinataOptions\"\r\n"
        head += "Content-Type: application/json\r\n\r\n\(try json(Options()))\r\n"
        head += "--\(boundary)\r\nContent-Disposition: form-data; name=\"pinataMetadata\"\r\n"
        head += "Content-Type: application/json\r\n\r\n\(try json(Metadata(name: label)))\r\n"
        head += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
        head += "Content-Type: \(digest.mimeType)\r\n\r\n"
        let tail = "\r\n--\(boundary)--\r\n"
        let headBuffer = ByteBuffer(string: head)
        let tailBuffer = ByteBuffer(string: tail)
        let length = Int64(head.utf8.count) + digest.size + Int64(tail.utf8.count)

        let path = spool.path
        let size = digest.size
        let threadPool = self.threadPool
        let body = ByteChunks {
            ConcatenatedChunkSource([
                BufferListSource([headBuffer]),
                FileChunkSource(path: path, range: 0..<size, verification: nil, threadPool: threadPool),
                BufferListSource([tailBuffer]),
            ])
        }
        var request = HTTPClientRequest(url: configuration.apiBaseURL + "/pinning/pinFileToIPFS")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)")
        request.body = .stream(body, length: .known(length))
        return try await pin(request, digest: digest, timeout: configuration.uploadTimeout)
    }

    /// Pins a JSON document with `pinJSONToIPFS`. The document's bytes are embedded verbatim as
    /// `pinataContent`; Pinata stores its own serialisation of it, so the check of the returned
    /// CID is what guarantees the stored bytes (and their SHA-256) are the ones given here —
    /// compact JSON with no escaped slashes and no integer-like keys round-trips exactly.
    func pinJSON(_ bytes: [UInt8], digest: ContentDigester.Digest, name: String?) async throws -> StoredContent {
        var body = ByteBuffer(string: "{\"pinataContent\":")
        body.writeBytes(bytes)
        body.writeString(",\"pinataOptions\":\(try json(Options()))")
        body.writeString(",\"pinataMetadata\":\(try json(Metadata(name: name ?? digest.cid.description)))}")
        var request = HTTPClientRequest(url: configuration.apiBaseURL + "/pinning/pinJSONToIPFS")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(body)
        return try await pin(request, digest: digest, timeout: configuration.requestTimeout)
    }

    private func pin(_ request: HTTPClientRequest, digest: ContentDigester.Digest, timeout: TimeAmount) async throws
        -> StoredContent
    {
        var request = request
        request.headers.add(name: "Authorization", value: "Bearer \(configuration.jwt)")
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await execute(request, timeout: timeout, service: Self.service)
        guard (200..<300).contains(response.status.code) else {
            throw await failure(response, service: Self.service)
        }
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: 1 << 16)
        } catch {
            throw ContentStoreError.upstreamUnreachable(service: Self.service, detail: String(describing: error))
        }
        guard let answer = try? JSONDecoder().decode(PinResponse.self, from: Data(buffer: body)) else {
            let text = String(buffer: body).prefix(300)
            throw ContentStoreError.upstreamInvalidResponse(service: Self.service, detail: "no IpfsHash in \(text)")
        }
        guard let received = CID(answer.IpfsHash), received == digest.cid else {
            throw ContentStoreError.cidMismatch(expected: digest.cid.description, received: answer.IpfsHash)
        }
        return digest.storedContent
    }

    private func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
