import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded ``ContentStore``: content-addressed files under a directory (see
/// ``LocalStoreLayout`` for what goes where).
///
/// - Writes stream into a locked temporary file while being hashed, are fsynced, then renamed
///   to their CID-derived name: a file under a final name is always complete. Content that is
///   already stored is not written twice (the temporary file is dropped).
/// - Only the file bytes are kept, with the leaf digests and a small record; the CIDv1 DAG's
///   internal nodes are a pure function of the leaf digests, so they are rebuilt (to check the
///   CID) rather than stored.
/// - Unless `computesCIDv0` is off, every write also computes the file's CIDv0 (plain
///   `ipfs add`) and records it as an alias, so `Qm…` links to the same file resolve.
/// - Serving is verified: opening checks the record and the leaf digests against the CID and
///   re-hashes the whole file only when its status (inode, size, mtime, ctime) changed since it
///   was last verified; reading checks each chunk against its leaf digest. Content that fails
///   is moved to `quarantine/` and reported as ``ContentStoreError/corrupted(cid:reason:)``.
/// - Start-up removes temporary files that no live writer holds.
public struct LocalContentStore: ContentStore {
    public let maximumContentSize: Int64
    let layout: LocalStoreLayout
    let threadPool: NIOThreadPool
    let computesCIDv0: Bool
    let faults: WriteFaults

    /// Opens (creating if needed) the store under `directory`, removing abandoned temporary files.
    /// `computesCIDv0: false` skips the CIDv0 alias (one SHA-256 pass less per write).
    public init(
        directory: String, maximumContentSize: Int64, computesCIDv0: Bool = true,
        threadPool: NIOThreadPool = .singleton
    ) throws {
        try self.init(
            directory: directory, maximumContentSize: maximumContentSize, computesCIDv0: computesCIDv0,
            threadPool: threadPool, faults: WriteFaults())
    }

    init(
        directory: String, maximumContentSize: Int64, computesCIDv0: Bool, threadPool: NIOThreadPool,
        faults: WriteFaults
    ) throws {
        self.layout = LocalStoreLayout(root: directory)
        self.maximumContentSize = maximumContentSize
        self.threadPool = threadPool
        self.computesCIDv0 = computesCIDv0
        self.faults = faults
        for directory in [
            layout.temporaryDirectory, layout.blobsDirectory, layout.aliasesDirectory, layout.quarantineDirectory,
        ] {
            try FileSystem.makeDirectories(directory)
        }
        try SpoolFile.removeAbandoned(in: layout.temporaryDirectory)
    }

    /// The store's root directory.
    public var directory: String { layout.root }

    public func beginWrite(name: String?, sizeLimit: Int64?) async throws -> any ContentWriter {
        let directory = layout.temporaryDirectory
        let computesCIDv0 = self.computesCIDv0
        let faults = self.faults
        let spool = try await threadPool.runIfActive {
            try SpoolFile(directory: directory, computesCIDv0: computesCIDv0, faults: faults)
        }
        let store = self
        return StreamingContentWriter(spool: spool, sizeLimit: effectiveLimit(sizeLimit), threadPool: threadPool) {
            spool, digest in
            try await store.threadPool.runIfActive { try store.commit(spool, digest) }
        }
    }

    public func put(bytes: [UInt8], name: String?) async throws -> StoredContent {
        try await putThroughWriter(bytes, name: name)
    }

    public func has(_ cid: CID) async throws -> Bool {
        let store = self
        return try await threadPool.runIfActive { try store.resolve(cid) != nil }
    }

    public func open(_ cid: CID) async throws -> StoredObject? {
        let store = self
        guard let opened = try await threadPool.runIfActive({ try store.openVerified(cid) }) else { return nil }
        let path = layout.contentPath(opened.record.cid)
        let verification = FileChunkSource.Verification(
            cid: opened.record.cid, fileSize: opened.record.size, leafDigests: opened.leafDigests,
            onCorruption: { store.quarantine(opened.record.cid) })
        let threadPool = self.threadPool
        return StoredObject(
            cid: opened.record.cid, size: opened.record.size, mimeType: opened.record.mimeType,
            sha256: opened.record.sha256, filePath: path
        ) { range in
            ByteChunks { FileChunkSource(path: path, range: range, verification: verification, threadPool: threadPool) }
        }
    }

    public func gatewayURL(for cid: CID) -> String? {
        nil
    }

    /// The stored CIDv1 content `cid` names: itself, or the file whose CIDv0 it is.
    func resolve(_ cid: CID) throws -> CID? {
        let key = cid.v1
        if try FileStatus.of(layout.contentPath(key)) != nil { return key }
        guard let alias = try FileSystem.readFile(layout.aliasPath(key)),
            let target = CID(String(decoding: alias, as: UTF8.self)),
            try FileStatus.of(layout.contentPath(target)) != nil
        else { return nil }
        return target
    }
}
