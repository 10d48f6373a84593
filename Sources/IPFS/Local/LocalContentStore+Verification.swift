import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension LocalContentStore {
    /// A stored object ready to serve.
    struct Opened: Sendable {
        let record: LocalObjectRecord
        let leafDigests: [UInt8]
    }

    /// Resolves `cid` and checks the content before it is served: the fast path when the file
    /// is unchanged since its last verification, otherwise a full re-hash (which also repairs a
    /// missing or stale record). Runs on the thread pool.
    func openVerified(_ cid: CID) throws -> Opened? {
        guard let target = try resolve(cid) else { return nil }
        let opened = try fastVerified(target) ?? fullyVerified(target)
        // Reached through an alias: the record must say the CIDv0 is really this file's.
        if target != cid.v1 && opened.record.cidV0?.v1 != cid.v1 { return nil }
        return opened
    }

    /// The record and leaf digests, when the file's status matches the record and the leaf
    /// digests rebuild the CID.
    private func fastVerified(_ cid: CID) throws -> Opened? {
        guard let record = try intactRecord(for: cid),
            let leaves = try FileSystem.readFile(layout.leavesPath(cid)),
            try LeafDigests.rootCID(size: record.size, digests: leaves) == cid
        else { return nil }
        return Opened(record: record, leafDigests: leaves)
    }

    /// Re-hashes the whole file. A match rewrites the record; a mismatch quarantines the file.
    private func fullyVerified(_ cid: CID) throws -> Opened {
        let path = layout.contentPath(cid)
        let file = try POSIXFile.open(path, flags: O_RDONLY)
        defer { file.close() }
        var digester = ContentDigester(computesCIDv0: computesCIDv0)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset: Int64 = 0
        while true {
            let count = try buffer.withUnsafeMutableBytes { try file.read(into: $0, at: offset) }
            if count == 0 { break }
            try buffer.withUnsafeBytes { try digester.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            offset += Int64(count)
        }
        let digest = try digester.finalize()
        guard digest.cid == cid, digest.size > 0 else {
            quarantine(cid)
            throw ContentStoreError.corrupted(cid: cid.description, reason: "the stored bytes hash to \(digest.cid)")
        }
        try writeRecord(for: digest)
        guard let record = try intactRecord(for: cid) else {
            throw ContentStoreError.io(
                operation: "verify", path: path, reason: "the file changed while it was verified")
        }
        return Opened(record: record, leafDigests: digest.leafDigests)
    }

    /// Withdraws content that failed verification: moves the file to `quarantine/` (kept for
    /// inspection) and drops its record, so it is no longer served and a new upload of the same
    /// content stores it afresh.
    func quarantine(_ cid: CID) {
        let stamp = Int64(Date().timeIntervalSince1970 * 1000)
        try? FileSystem.rename(layout.contentPath(cid), to: layout.quarantineDirectory + "/\(cid).\(stamp)")
        FileSystem.remove(layout.recordPath(cid))
        FileSystem.remove(layout.leavesPath(cid))
    }
}
