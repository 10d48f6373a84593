import Foundation

/// What the local store remembers about stored content, beside the bytes. Its `verifiedFile`
/// is the content file's status when it was last verified against its CID: while the file
/// keeps that status, opening it costs a `stat` and a check of the leaf digests against the
/// CID, not a re-hash of the whole file.
struct LocalObjectRecord: Codable, Sendable {
    static let currentFormat = 1

    let format: Int
    let cid: CID
    let cidV0: CID?
    let size: Int64
    let sha256: String
    let mimeType: String
    let verifiedFile: FileStatus

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self))
    }

    static func decode(_ bytes: [UInt8]) -> LocalObjectRecord? {
        guard let record = try? JSONDecoder().decode(LocalObjectRecord.self, from: Data(bytes)),
            record.format == currentFormat
        else { return nil }
        return record
    }
}

/// Rebuilding a CIDv1 (raw leaves) root from the leaf digests alone: the internal nodes are a
/// pure function of the leaves, so the leaf list can be checked against the CID without reading
/// the content.
enum LeafDigests {
    static let chunkSize = UnixFSImportOptions.cidV1.chunkSize

    /// The CIDv1 root of a file of `size` bytes whose chunks hash to `digests`; nil when the
    /// count of digests does not fit the size.
    static func rootCID(size: Int64, digests: [UInt8]) throws -> CID? {
        let chunkSize = Int64(Self.chunkSize)
        let expectedLeaves = size == 0 ? 1 : Int((size + chunkSize - 1) / chunkSize)
        guard digests.count == expectedLeaves * 32 else { return nil }
        var builder = BalancedDAGBuilder(maxLinks: UnixFSImportOptions.cidV1.maxLinks, cidVersion: .v1)
        for index in 0..<expectedLeaves {
            let digest = Array(digests[index * 32..<(index + 1) * 32])
            let length = UInt64(min(chunkSize, size - Int64(index) * chunkSize))
            let cid = CID(v1: .raw, multihash: Multihash(code: Multihash.sha2_256Code, digest: digest))
            try builder.append(leaf: DAGLink(cid: cid, cumulativeSize: length, fileSize: length), emit: nil)
        }
        return try builder.finish(emit: nil)?.link.cid
    }
}
