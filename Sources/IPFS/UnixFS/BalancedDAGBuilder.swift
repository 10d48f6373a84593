import Crypto
import Foundation

/// Builds kubo's balanced DAG (boxo `importer/balanced`) over a stream of leaves while keeping
/// only one pending link list per level: at most `maxLinks` links each, so memory grows with
/// the logarithm of the file size.
///
/// boxo fills a root of depth d with `maxLinks` full subtrees and, when data remains, makes that
/// root the first child of a new root of depth d+1 whose next children are new subtrees of
/// depth d, filled left to right. Streaming cannot know whether data remains until it arrives,
/// so a full level is folded into its parent only when one more link has to join it, and
/// ``finish(emit:)`` folds what is left bottom-up. That yields the same tree, e.g. for
/// 174 × 262144 + 1 bytes a root with two links: [a 174-link node, a 1-link node over the last leaf].
struct BalancedDAGBuilder {
    /// Receives each internal node as it is built.
    typealias NodeSink = (_ cid: CID, _ bytes: [UInt8]) throws -> Void

    /// What ``finish(emit:)`` returns: the root link and the tree's shape.
    struct Root {
        let link: DAGLink
        /// Levels of internal nodes above the leaves (0: the root is the only leaf).
        let depth: Int
        /// Links of the root node (0 for a single leaf).
        let linkCount: Int
    }

    private let maxLinks: Int
    private let cidVersion: CID.Version
    private var levels: [[DAGLink]] = []
    private var lastNodeLinkCount = 0
    /// Internal nodes built so far.
    private(set) var nodeCount = 0

    init(maxLinks: Int, cidVersion: CID.Version) {
        precondition(maxLinks >= 2, "a balanced DAG needs at least two links per node")
        self.maxLinks = maxLinks
        self.cidVersion = cidVersion
    }

    /// Adds the next leaf (left to right).
    mutating func append(leaf: DAGLink, emit: NodeSink?) throws {
        try append(leaf, level: 0, emit: emit)
    }

    /// Folds the pending levels into the root; nil when no leaf was added.
    mutating func finish(emit: NodeSink?) throws -> Root? {
        guard !levels.isEmpty else { return nil }
        var level = 0
        while true {
            if level == levels.count - 1 && levels[level].count == 1 {
                return Root(link: levels[level][0], depth: level, linkCount: level == 0 ? 0 : lastNodeLinkCount)
            }
            let node = try fold(level: level, emit: emit)
            try append(node, level: level + 1, emit: emit)
            level += 1
        }
    }

    private mutating func append(_ link: DAGLink, level: Int, emit: NodeSink?) throws {
        if level == levels.count {
            levels.append([])
            levels[level].reserveCapacity(maxLinks)
        }
        if levels[level].count == maxLinks {
            let node = try fold(level: level, emit: emit)
            try append(node, level: level + 1, emit: emit)
        }
        levels[level].append(link)
    }

    /// Turns the links pending at `level` into one node and returns the link to it.
    private mutating func fold(level: Int, emit: NodeSink?) throws -> DAGLink {
        let links = levels[level]
        levels[level].removeAll(keepingCapacity: true)
        let bytes = DagPBEncoding.internalNode(links: links)
        let multihash = Multihash.sha2_256(digest: SHA256.hash(data: bytes))
        let cid = cidVersion == .v0 ? try CID(v0: multihash) : CID(v1: .dagPB, multihash: multihash)
        try emit?(cid, bytes)
        nodeCount += 1
        lastNodeLinkCount = links.count
        var cumulativeSize = UInt64(bytes.count)
        var fileSize: UInt64 = 0
        for link in links {
            cumulativeSize += link.cumulativeSize
            fileSize += link.fileSize
        }
        return DAGLink(cid: cid, cumulativeSize: cumulativeSize, fileSize: fileSize)
    }
}
