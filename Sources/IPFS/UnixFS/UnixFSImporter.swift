import Crypto
import Foundation
import NIOCore

/// Streaming UnixFS file importer: computes the root CID `ipfs add` would print for the bytes
/// it is fed (fixed-size chunker, balanced layout), without ever holding the file.
///
/// Memory stays bounded: one chunk buffer plus, per DAG level, the pending links (at most
/// `maxLinks` each). Each block is handed to the optional block sink as soon as it is built;
/// nothing else keeps it.
///
///     var importer = UnixFSImporter(options: .cidV1)
///     for chunk in chunks { try importer.update(chunk) }
///     let root = try importer.finalize().root   // bafkrei… / bafybei…
public struct UnixFSImporter {
    /// Receives each block (leaf or internal node) as it is built; `bytes` is only valid during the call.
    public typealias BlockSink = (_ cid: CID, _ bytes: UnsafeRawBufferPointer) throws -> Void

    /// The imported file's root and DAG shape.
    public struct Result: Hashable, Sendable {
        /// The root CID, as `ipfs add` prints it.
        public let root: CID
        /// File bytes imported.
        public let fileSize: UInt64
        /// Size of the whole DAG as stored (the root link's dag-pb `Tsize`).
        public let cumulativeSize: UInt64
        /// Blocks built: leaves plus internal nodes.
        public let blockCount: Int
        /// Leaf blocks (chunks) built.
        public let leafCount: Int
        /// Levels of internal nodes above the leaves (0: a single-block file).
        public let depth: Int
        /// Links of the root node (0 for a single block).
        public let rootLinkCount: Int
    }

    /// The layout settings in use.
    public let options: UnixFSImportOptions
    private let blockSink: BlockSink?
    private var chunk: [UInt8]
    private var filled = 0
    private var builder: BalancedDAGBuilder
    private var fileSize: UInt64 = 0
    private var leafCount = 0
    private var isFinalized = false

    /// A new importer; `blockSink`, when given, receives every block.
    public init(options: UnixFSImportOptions = .cidV1, blockSink: BlockSink? = nil) {
        self.options = options
        self.blockSink = blockSink
        self.chunk = [UInt8](repeating: 0, count: options.chunkSize)
        self.builder = BalancedDAGBuilder(maxLinks: options.maxLinks, cidVersion: options.cidVersion)
    }

    /// Feeds the next bytes of the file.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!isFinalized, "UnixFSImporter.update after finalize")
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let count = min(options.chunkSize - filled, bytes.count - offset)
            let at = filled
            chunk.withUnsafeMutableBytes { destination in
                (destination.baseAddress! + at).copyMemory(from: base + offset, byteCount: count)
            }
            filled += count
            offset += count
            fileSize += UInt64(count)
            if filled == options.chunkSize {
                try emitLeaf()
            }
        }
    }

    /// Feeds the next bytes of the file.
    public mutating func update(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try update($0) }
    }

    /// Feeds the readable bytes of `buffer` (without consuming them).
    public mutating func update(_ buffer: ByteBuffer) throws {
        try buffer.withUnsafeReadableBytes { try update($0) }
    }

    /// Ends the file: builds the last leaf and the internal nodes above it.
    public mutating func finalize() throws -> Result {
        precondition(!isFinalized, "UnixFSImporter.finalize called twice")
        isFinalized = true
        // An empty file is still one (empty) leaf; a file of exactly n chunks has no extra leaf.
        if filled > 0 || leafCount == 0 {
            try emitLeaf()
        }
        let sink = blockSink
        let root = try builder.finish(
            emit: sink.map { sink in
                { cid, bytes in try bytes.withUnsafeBytes { try sink(cid, $0) } }
            })
        guard let root else { preconditionFailure("a finalized import always has a leaf") }
        return Result(
            root: root.link.cid, fileSize: fileSize, cumulativeSize: root.link.cumulativeSize,
            blockCount: leafCount + builder.nodeCount, leafCount: leafCount,
            depth: root.depth, rootLinkCount: root.linkCount)
    }

    private mutating func emitLeaf() throws {
        let length = filled
        let link = try chunk.withUnsafeBytes { storage in
            try makeLeaf(UnsafeRawBufferPointer(rebasing: storage[0..<length]))
        }
        filled = 0
        leafCount += 1
        let sink = blockSink
        try builder.append(
            leaf: link,
            emit: sink.map { sink in
                { cid, bytes in try bytes.withUnsafeBytes { try sink(cid, $0) } }
            })
    }

    private func makeLeaf(_ data: UnsafeRawBufferPointer) throws -> DAGLink {
        if options.rawLeaves {
            let cid = CID(v1: .raw, multihash: .sha2_256(digest: SHA256.digest(data)))
            try blockSink?(cid, data)
            return DAGLink(cid: cid, cumulativeSize: UInt64(data.count), fileSize: UInt64(data.count))
        }
        let (prefix, suffix) = DagPBEncoding.leafFraming(chunkLength: data.count)
        let blockLength = prefix.count + data.count + suffix.count
        let digest: SHA256Digest
        if let blockSink {
            var block = prefix
            block.reserveCapacity(blockLength)
            block.append(contentsOf: data)
            block.append(contentsOf: suffix)
            digest = SHA256.hash(data: block)
            let cid = try nodeCID(digest)
            try block.withUnsafeBytes { try blockSink(cid, $0) }
        } else {
            var hasher = SHA256()
            hasher.update(data: prefix)
            hasher.update(bufferPointer: data)
            hasher.update(data: suffix)
            digest = hasher.finalize()
        }
        return DAGLink(cid: try nodeCID(digest), cumulativeSize: UInt64(blockLength), fileSize: UInt64(data.count))
    }

    private func nodeCID(_ digest: SHA256Digest) throws -> CID {
        let multihash = Multihash.sha2_256(digest: digest)
        return options.cidVersion == .v0 ? try CID(v0: multihash) : CID(v1: .dagPB, multihash: multihash)
    }
}
