import IPFS
import Vapor

/// `POST /api/assets/upload-to-ipfs/`: a signed-in user's file, streamed from the multipart
/// body into the content store (never collected in memory), answered with its content address.
enum UploadController {
    /// Streams the `file` part into the store; 201 with ``UploadResponse``. Refusals (400, 413,
    /// 415, 422) leave nothing behind: the store's writer is cancelled.
    static func upload(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let services = req.lore
        let fileLimit = services.config.maxUploadBytes
        let boundary = try Self.boundary(of: req)
        // A body that says up front it is too large is refused before a byte of it is read.
        let bodyLimit = MultipartUpload.bodyLimit(forFileLimit: fileLimit)
        if let length = req.headers.first(name: .contentLength).flatMap(Int64.init), length > bodyLimit {
            throw UploadError.bodyTooLarge(limit: bodyLimit).apiError
        }

        var upload: MultipartUpload
        do {
            upload = try MultipartUpload(boundary: boundary, store: services.contentStore, fileLimit: fileLimit)
        } catch {
            throw error.apiError
        }
        let stored: StoredContent
        do {
            var chunks = req.body.makeAsyncIterator()
            while let chunk = try await Self.nextChunk(&chunks) {
                try await upload.receive(chunk)
            }
            stored = try await upload.finish()
        } catch {
            await upload.cancel()
            throw Self.clientError(for: error, logger: req.logger)
        }
        req.logger.info(
            "Upload stored",
            metadata: [
                "cid": "\(stored.cid)", "size": "\(stored.size)", "mime_type": "\(stored.mimeType)",
                "user": "\(user.id?.uuidString ?? "?")",
            ])
        let body = UploadResponse(
            stored, gatewayURL: Self.gatewayURL(for: stored.cid, store: services.contentStore, config: services.config))
        return try await body.encodeResponse(status: .created, for: req)
    }

    /// The next piece of the request body; a connection that breaks or closes early is the
    /// client's failure, not the server's.
    private static func nextChunk(_ chunks: inout Request.Body.AsyncIterator) async throws(UploadError) -> ByteBuffer? {
        do {
            return try await chunks.next()
        } catch {
            throw .bodyInterrupted
        }
    }

    /// The `boundary` of a `multipart/form-data` body, or 415.
    static func boundary(of req: Request) throws -> String {
        guard let type = req.headers.contentType, type.type.lowercased() == "multipart",
            type.subType.lowercased() == "form-data"
        else { throw UploadError.notMultipart.apiError }
        guard let boundary = type.parameters["boundary"], !boundary.isEmpty else {
            throw UploadError.malformedBody(.malformed("the Content-Type has no boundary")).apiError
        }
        return boundary
    }

    /// The store's own gateway URL, or this server's `/ipfs/{cid}`.
    static func gatewayURL(for cid: CID, store: any ContentStore, config: LoreConfig) -> String {
        if let url = store.gatewayURL(for: cid) { return url }
        return SiteURL.content(cid: .value(cid.description)).absoluteURL(base: config.publicURL.absoluteString)
    }

    /// The documented answer for upload and store failures; internal failures pass through to
    /// the error middleware (logged, generic 500).
    static func clientError(for error: any Error, logger: Logger) -> any Error {
        switch error {
        case let upload as UploadError:
            return upload.apiError
        case let store as ContentStoreError:
            if store.isUpstreamFailure { logger.error("Upload: the content store failed: \(store)") }
            return store.apiError ?? store
        default:
            return error
        }
    }
}

/// The answer to an upload (06-API-DOCUMENTATION.md's `media_url`, plus what Lore adds).
struct UploadResponse: Content {
    /// `ipfs://<cid>`: what an asset's `media_url` holds.
    let mediaURL: String
    let cid: String
    let size: Int64
    let mimeType: String
    /// SHA-256 of the bytes as a `0x`-prefixed bytes32 (DECISIONS.md "Metadata": `mediaHash`).
    let sha256: String
    let gatewayURL: String

    enum CodingKeys: String, CodingKey {
        case cid, size, sha256
        case mediaURL = "media_url"
        case mimeType = "mime_type"
        case gatewayURL = "gateway_url"
    }

    init(_ stored: StoredContent, gatewayURL: String) {
        mediaURL = "ipfs://" + stored.cid.description
        cid = stored.cid.description
        size = stored.size
        mimeType = stored.mimeType
        sha256 = "0x" + stored.sha256
        self.gatewayURL = gatewayURL
    }
}
