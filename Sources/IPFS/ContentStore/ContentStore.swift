import NIOCore

/// Where Lore keeps content by its address (the `ContentStore` port of ARCHITECTURE.md):
/// the local store under the data directory, or Pinata plus an IPFS gateway.
///
/// Content goes in as a stream (``beginWrite(name:sizeLimit:)``) or as bytes (``put(bytes:name:)``)
/// and comes back by CID (v1, or the v0 `Qm…` of the same file where the store can resolve it).
public protocol ContentStore: Sendable {
    /// The largest content a write accepts unless a write asks for less.
    var maximumContentSize: Int64 { get }

    /// Starts a streamed write. `name` labels the content where the store keeps labels (Pinata);
    /// `sizeLimit` lowers ``maximumContentSize`` for this write.
    func beginWrite(name: String?, sizeLimit: Int64?) async throws -> any ContentWriter

    /// Stores `bytes` in one go (the JSON metadata documents). Refuses empty and oversize content.
    func put(bytes: [UInt8], name: String?) async throws -> StoredContent

    /// Whether content with this CID is available.
    func has(_ cid: CID) async throws -> Bool

    /// The stored content with this CID, or nil when there is none.
    func open(_ cid: CID) async throws -> StoredObject?

    /// A public URL serving the content, when the store has its own gateway (nil: the app
    /// serves it at `/ipfs/{cid}` itself).
    func gatewayURL(for cid: CID) -> String?
}

extension ContentStore {
    /// Starts a streamed write with the store's size limit.
    public func beginWrite(name: String? = nil) async throws -> any ContentWriter {
        try await beginWrite(name: name, sizeLimit: nil)
    }

    /// Stores `bytes` with no name (see ``put(bytes:name:)``).
    public func put(bytes: [UInt8]) async throws -> StoredContent {
        try await put(bytes: bytes, name: nil)
    }

    /// The effective limit for a write that asked for `sizeLimit`.
    func effectiveLimit(_ sizeLimit: Int64?) -> Int64 {
        min(sizeLimit ?? maximumContentSize, maximumContentSize)
    }

    /// Writes `bytes` through a writer: the default ``put(bytes:name:)``.
    func putThroughWriter(_ bytes: [UInt8], name: String?) async throws -> StoredContent {
        guard Int64(bytes.count) <= maximumContentSize else {
            throw ContentStoreError.tooLarge(limit: maximumContentSize)
        }
        let writer = try await beginWrite(name: name, sizeLimit: nil)
        do {
            var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
            buffer.writeBytes(bytes)
            try await writer.write(buffer)
            return try await writer.finish()
        } catch {
            await writer.cancel()
            throw error
        }
    }
}

/// One streamed write into a ``ContentStore``: `write` each chunk in order (awaiting each
/// call before the next), then `finish` — or `cancel`. A writer that fails, is cancelled or
/// is dropped unfinished leaves nothing behind.
public protocol ContentWriter: Sendable {
    /// Appends the readable bytes of `chunk`. Throws ``ContentStoreError/tooLarge(limit:)`` as
    /// soon as the content passes the limit (the write is then cancelled).
    func write(_ chunk: ByteBuffer) async throws

    /// Completes the write and returns what was stored. Throws ``ContentStoreError/empty`` when
    /// nothing was written (the write is then cancelled).
    func finish() async throws -> StoredContent

    /// Abandons the write and removes what it had spooled. Safe to call at any time, twice, or
    /// after a failure.
    func cancel() async

    /// Bytes accepted so far.
    var bytesWritten: Int64 { get async }
}
