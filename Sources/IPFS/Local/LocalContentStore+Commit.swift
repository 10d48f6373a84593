#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension LocalContentStore {
    /// Moves a completed temporary file to its final name (or drops it when the content is
    /// already stored and intact), then writes the leaf digests, the record and the CIDv0 alias.
    /// Runs on the thread pool. The order makes every crash point recoverable: content without
    /// a valid record is fully re-verified when opened, and leftovers in `tmp/` are swept.
    func commit(_ spool: SpoolFile, _ digest: ContentDigester.Digest) throws -> StoredContent {
        let cid = digest.cid
        let contentPath = layout.contentPath(cid)
        try FileSystem.makeDirectories(layout.shardDirectory(layout.blobsDirectory, cid))
        if let existing = try intactRecord(for: cid) {
            spool.discard()  // same bytes already stored: de-duplicate
            if let cidV0 = existing.cidV0 { try writeAlias(cidV0, to: cid) }
            return digest.storedContent
        }
        if faults.failBeforeCommit {
            throw ContentStoreError.io(operation: "rename", path: spool.path, reason: "injected failure")
        }
        try FileSystem.rename(spool.path, to: contentPath)
        spool.close()
        try FileSystem.syncDirectory(layout.shardDirectory(layout.blobsDirectory, cid))
        try writeRecord(for: digest)
        return digest.storedContent
    }

    /// Writes the leaf digests, the record (with the content file's current status) and the alias.
    func writeRecord(for digest: ContentDigester.Digest) throws {
        let cid = digest.cid
        try writeAtomically(digest.leafDigests, to: layout.leavesPath(cid))
        guard let status = try FileStatus.of(layout.contentPath(cid)) else {
            throw ContentStoreError.io(operation: "stat", path: layout.contentPath(cid), reason: "the file vanished")
        }
        let record = LocalObjectRecord(
            format: LocalObjectRecord.currentFormat, cid: cid, cidV0: digest.cidV0, size: digest.size,
            sha256: digest.sha256, mimeType: digest.mimeType, verifiedFile: status)
        try writeAtomically(try record.encoded(), to: layout.recordPath(cid))
        if let cidV0 = digest.cidV0 { try writeAlias(cidV0, to: cid) }
    }

    /// The record of `cid` when the content file is present and unchanged since it was verified.
    func intactRecord(for cid: CID) throws -> LocalObjectRecord? {
        guard let status = try FileStatus.of(layout.contentPath(cid)),
            let bytes = try FileSystem.readFile(layout.recordPath(cid)),
            let record = LocalObjectRecord.decode(bytes),
            record.cid == cid, record.verifiedFile == status
        else { return nil }
        return record
    }

    private func writeAlias(_ cidV0: CID, to cid: CID) throws {
        let path = layout.aliasPath(cidV0.v1)
        if let existing = try FileSystem.readFile(path), existing == Array(cid.description.utf8) { return }
        try FileSystem.makeDirectories(layout.shardDirectory(layout.aliasesDirectory, cidV0.v1))
        try writeAtomically(Array(cid.description.utf8), to: path)
    }

    /// Writes a small file through a locked temporary file and a rename.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = try SpoolFile.makeLockedTemporary(in: layout.temporaryDirectory)
        defer { temporary.close() }
        do {
            try bytes.withUnsafeBytes { try temporary.write($0, at: 0) }
            try temporary.sync()
            try FileSystem.rename(temporary.path, to: path)
        } catch {
            FileSystem.remove(temporary.path)
            throw error
        }
    }
}
