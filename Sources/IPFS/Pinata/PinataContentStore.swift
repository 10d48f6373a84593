import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix

/// The ``ContentStore`` backed by Pinata's pinning API, read through an IPFS gateway.
///
/// A write is spooled to a temporary file while its CIDv1 (raw leaves) is computed, then the
/// file is streamed to `POST /pinning/pinFileToIPFS` (multipart, `cidVersion: 1`); JSON
/// documents go to `POST /pinning/pinJSONToIPFS`. Pinata's `IpfsHash` must equal the local CID,
/// or the write fails with ``ContentStoreError/cidMismatch(expected:received:)``. Reads go to
/// `{gateway}/ipfs/{cid}` with `Range`; CIDv0 links are passed to the gateway as they are.
public struct PinataContentStore: ContentStore {
    static let service = "Pinata"
    static let gatewayService = "IPFS gateway"

    /// The adapter's settings.
    public let configuration: PinataConfiguration
    let httpClient: HTTPClient
    let threadPool: NIOThreadPool

    public var maximumContentSize: Int64 { configuration.maximumContentSize }

    /// An adapter using `httpClient` (owned by the caller); creates the spool directory and
    /// removes abandoned temporary files in it.
    public init(configuration: PinataConfiguration, httpClient: HTTPClient, threadPool: NIOThreadPool = .singleton)
        throws
    {
        self.configuration = configuration
        self.httpClient = httpClient
        self.threadPool = threadPool
        try FileSystem.makeDirectories(configuration.spoolDirectory)
        try SpoolFile.removeAbandoned(in: configuration.spoolDirectory)
    }

    public func beginWrite(name: String?, sizeLimit: Int64?) async throws -> any ContentWriter {
        let directory = configuration.spoolDirectory
        let spool = try await threadPool.runIfActive { try SpoolFile(directory: directory, computesCIDv0: false) }
        let store = self
        return StreamingContentWriter(spool: spool, sizeLimit: effectiveLimit(sizeLimit), threadPool: threadPool) {
            spool, digest in
            try await store.pinFile(spool, digest: digest, name: name)
        }
    }

    /// JSON documents go to `pinJSONToIPFS`, other bytes through a streamed write.
    public func put(bytes: [UInt8], name: String?) async throws -> StoredContent {
        guard !bytes.isEmpty else { throw ContentStoreError.empty }
        guard Int64(bytes.count) <= maximumContentSize else {
            throw ContentStoreError.tooLarge(limit: maximumContentSize)
        }
        // Only a JSON object can go to pinJSONToIPFS: anything else is digested once, by the writer.
        guard bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") else {
            return try await putThroughWriter(bytes, name: name)
        }
        var digester = ContentDigester(computesCIDv0: false)
        try bytes.withUnsafeBytes { try digester.update($0) }
        let digest = try digester.finalize()
        guard digest.mimeType == "application/json" else { return try await putThroughWriter(bytes, name: name) }
        return try await pinJSON(bytes, digest: digest, name: name)
    }

    public func has(_ cid: CID) async throws -> Bool {
        var request = gatewayRequest(cid)
        request.method = .HEAD
        let response = try await execute(request, timeout: configuration.requestTimeout, service: Self.gatewayService)
        switch response.status.code {
        case 200..<300: return true
        case 404, 410: return false
        default: throw await failure(response, service: Self.gatewayService)
        }
    }

    public func open(_ cid: CID) async throws -> StoredObject? {
        var request = gatewayRequest(cid)
        request.headers.replaceOrAdd(name: "Range", value: "bytes=0-\(MediaTypeSniffer.prefixLength - 1)")
        let response = try await execute(request, timeout: configuration.requestTimeout, service: Self.gatewayService)
        let size: Int64
        switch response.status {
        case .notFound, .gone:
            return nil
        case .partialContent:
            guard
                let total = response.headers.first(name: "content-range")?.split(separator: "/").last.flatMap({
                    Int64($0)
                })
            else {
                throw ContentStoreError.upstreamInvalidResponse(
                    service: Self.gatewayService, detail: "206 without a total size")
            }
            size = total
        case .ok:
            guard let length = response.headers.first(name: "content-length").flatMap({ Int64($0) }) else {
                throw ContentStoreError.upstreamInvalidResponse(
                    service: Self.gatewayService, detail: "200 without Content-Length")
            }
            size = length
        default:
            throw await failure(response, service: Self.gatewayService)
        }
        let prefix = try await readPrefix(response.body, count: MediaTypeSniffer.prefixLength)
        let mimeType = MediaTypeSniffer.sniff(prefix, isComplete: Int64(prefix.count) >= size)
        let store = self
        return StoredObject(cid: cid, size: size, mimeType: mimeType, sha256: nil, filePath: nil) { range in
            ByteChunks { GatewayChunkSource(store: store, cid: cid, range: range) }
        }
    }

    public func gatewayURL(for cid: CID) -> String? {
        configuration.gatewayBaseURL + "/ipfs/" + cid.description
    }

    func gatewayRequest(_ cid: CID) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: configuration.gatewayBaseURL + "/ipfs/" + cid.description)
        if let token = configuration.gatewayToken {
            request.headers.add(name: "x-pinata-gateway-token", value: token)
        }
        return request
    }

    /// Runs a request, turning transport failures into ``ContentStoreError/upstreamUnreachable(service:detail:)``.
    func execute(_ request: HTTPClientRequest, timeout: TimeAmount, service: String) async throws -> HTTPClientResponse
    {
        do {
            return try await httpClient.execute(request, timeout: timeout)
        } catch let error as ContentStoreError {
            throw error
        } catch {
            throw ContentStoreError.upstreamUnreachable(service: service, detail: String(describing: error))
        }
    }

    /// The typed error for a non-success answer (reads up to 64 KiB of its body for the detail).
    func failure(_ response: HTTPClientResponse, service: String) async -> ContentStoreError {
        let body = (try? await response.body.collect(upTo: 1 << 16)) ?? ByteBuffer()
        return UpstreamFailure.error(service: service, status: response.status, headers: response.headers, body: body)
    }

    private func readPrefix(_ body: HTTPClientResponse.Body, count: Int) async throws -> [UInt8] {
        var prefix: [UInt8] = []
        do {
            for try await chunk in body {
                prefix.append(contentsOf: chunk.readableBytesView.prefix(count - prefix.count))
                if prefix.count >= count { break }
            }
        } catch {
            throw ContentStoreError.upstreamUnreachable(service: Self.gatewayService, detail: String(describing: error))
        }
        return prefix
    }
}
