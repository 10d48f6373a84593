import Crypto
import Foundation
import NIOCore
import Testing

@testable import IPFS

@Suite("UnixFS importer: streaming and blocks")
struct UnixFSImporterTests {

    @Test func sameRootWhateverTheSplit() throws {
        let data = TestData.random(3 * 262_144 + 12_345, seed: 7)
        var whole = UnixFSImporter(options: .cidV1)
        try whole.update(data)
        let expected = try whole.finalize().root
        for piece in [1, 4095, 262_143, 262_144, 262_145, 1_000_000] {
            var importer = UnixFSImporter(options: .cidV1)
            var offset = 0
            while offset < data.count {
                let end = min(offset + piece, data.count)
                var buffer = ByteBuffer()
                buffer.writeBytes(data[offset..<end])
                try importer.update(buffer)
                offset = end
            }
            #expect(try importer.finalize().root == expected, "pieces of \(piece)")
        }
    }

    @Test func everyBlockHashesToItsCIDAndTheRootComesLast() throws {
        let data = TestData.random(2 * 262_144 + 1, seed: 3)
        var blocks: [(CID, [UInt8])] = []
        var importer = UnixFSImporter(options: .cidV1) { cid, bytes in blocks.append((cid, Array(bytes))) }
        try importer.update(data)
        let result = try importer.finalize()
        #expect(blocks.count == 4)  // three raw leaves and the root
        for (cid, bytes) in blocks {
            #expect(cid.multihash.digest == Array(SHA256.hash(data: bytes)))
        }
        #expect(blocks.map(\.0.codec) == [.raw, .raw, .raw, .dagPB])
        #expect(blocks.last?.0 == result.root)
        #expect(Array(blocks[0..<3].map(\.1).joined()) == data, "raw leaves are the file's chunks")
        #expect(result.cumulativeSize == UInt64(data.count + blocks[3].1.count))
    }

    @Test func oneChunkUnderCIDv1IsTheRawBlockOfTheFile() throws {
        let data = Array("hello world".utf8)
        var importer = UnixFSImporter()
        try importer.update(data)
        let root = try importer.finalize().root
        #expect(root == CID(v1: .raw, multihash: .sha2_256(data)))
        #expect(root.description.hasPrefix("bafkrei"))
    }

    @Test func balancedLayoutAt175Leaves() throws {
        // 174 × chunk + 1 byte: root of two links — a full 174-link node and a 1-link node.
        var shapes: [Int] = []
        var importer = UnixFSImporter(
            options: UnixFSImportOptions(cidVersion: .v1, rawLeaves: true, chunkSize: 4, maxLinks: 174)
        ) {
            cid, bytes in
            if cid.codec == .dagPB { shapes.append(bytes.count) }
        }
        try importer.update([UInt8](repeating: 1, count: 174 * 4 + 1))
        let result = try importer.finalize()
        #expect(result.depth == 2)
        #expect(result.rootLinkCount == 2)
        #expect(result.leafCount == 175)
        #expect(shapes.count == 3)
    }

    @Test func smallChunksBuildDeeperTreesWithBoundedPendingLinks() throws {
        // 3 links per node, 2-byte chunks: 28 leaves → 3³ = 27 fit in depth 3, one more needs depth 4.
        var importer = UnixFSImporter(
            options: UnixFSImportOptions(cidVersion: .v0, rawLeaves: false, chunkSize: 2, maxLinks: 3))
        try importer.update([UInt8](repeating: 9, count: 56))
        let result = try importer.finalize()
        #expect(result.leafCount == 28)
        #expect(result.depth == 4)
        #expect(result.rootLinkCount == 2)
        #expect(result.root.version == .v0)
    }
}
