import Crypto
import Foundation

/// Everything a store learns from content in one streaming pass: the CIDv1 Lore names it by,
/// optionally the CIDv0 plain `ipfs add` would print, SHA-256, size, the sniffed media type,
/// and the raw-leaf digests (enough to rebuild and check the whole CIDv1 DAG later).
struct ContentDigester {
    /// The outcome of a digest.
    struct Digest: Sendable {
        let cid: CID
        let cidV0: CID?
        let size: Int64
        let sha256: String
        let mimeType: String
        /// SHA-256 of each 262144-byte chunk, concatenated (the raw leaves' multihash digests).
        let leafDigests: [UInt8]

        var storedContent: StoredContent {
            StoredContent(cid: cid, size: size, sha256: sha256, mimeType: mimeType)
        }
    }

    /// Collects raw-leaf digests from the CIDv1 importer's block sink.
    private final class LeafCollector {
        var digests: [UInt8] = []
    }

    private var cidV1: UnixFSImporter
    private var cidV0: UnixFSImporter?
    private let leaves = LeafCollector()
    private var sha256 = SHA256()
    private var size: Int64 = 0
    private var mediaType = MediaTypeTracker()

    /// A digester; `computesCIDv0` adds a second importer (plain `ipfs add`) at the cost of hashing twice.
    init(computesCIDv0: Bool) {
        let leaves = self.leaves
        cidV1 = UnixFSImporter(options: .cidV1) { cid, _ in
            if cid.codec == .raw { leaves.digests.append(contentsOf: cid.multihash.digest) }
        }
        cidV0 = computesCIDv0 ? UnixFSImporter(options: .cidV0) : nil
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) throws {
        try cidV1.update(bytes)
        try cidV0?.update(bytes)
        sha256.update(bufferPointer: bytes)
        size += Int64(bytes.count)
        mediaType.update(bytes)
    }

    mutating func finalize() throws -> Digest {
        let root = try cidV1.finalize().root
        let rootV0 = try cidV0?.finalize().root
        let hex = sha256.finalize().map { String(format: "%02x", $0) }.joined()
        return Digest(
            cid: root, cidV0: rootV0, size: size, sha256: hex, mimeType: mediaType.final, leafDigests: leaves.digests)
    }
}
