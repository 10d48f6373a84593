import Crypto
import Foundation
import TestVectors
import Testing

@testable import IPFS

/// Every CID of every case of `ipfs/unixfs_file_cids.json`, all four variants from one pass.
@Suite("UnixFS importer: kubo vectors")
struct UnixFSImporterVectorTests {
    @Test(
        .enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)),
        arguments: UnixFSVectorCase.all())
    func reproducesEveryCID(_ vector: UnixFSVectorCase) throws {
        var importers = UnixFSVectorCase.variants.mapValues { UnixFSImporter(options: $0) }
        var blocks: [(cid: CID, bytes: [UInt8])] = []
        var v0 = UnixFSImporter(options: .cidV0) { cid, bytes in
            // Keep only small blocks: enough to compare the single-block cases byte for byte.
            blocks.append((cid, bytes.count <= 4096 ? Array(bytes) : []))
        }
        var sha256 = SHA256()
        try VectorInput.stream(vector.input, size: vector.size) { piece in
            for key in importers.keys { try importers[key]!.update(piece) }
            try v0.update(piece)
            sha256.update(bufferPointer: piece)
        }
        #expect(Array(sha256.finalize()) == [UInt8](sha256Hex: vector.inputSHA256), "input of \(vector.id)")

        var results: [String: UnixFSImporter.Result] = [:]
        for key in importers.keys { results[key] = try importers[key]!.finalize() }
        #expect(vector.expected.count == 4)
        for (variant, expected) in vector.expected {
            #expect(results[variant]?.root.description == expected, "\(vector.id) \(variant)")
            #expect(results[variant]?.fileSize == UInt64(vector.size))
        }

        // The DAG shape, block count and (for one-block files) the exact block.
        let shaped = try v0.finalize()
        #expect(shaped.root == results["cidv0"]?.root)
        #expect(shaped.leafCount == vector.shape["leaf_chunks"])
        #expect(shaped.depth == vector.shape["depth_above_leaves"])
        #expect(shaped.rootLinkCount == vector.shape["root_links"])
        #expect(shaped.blockCount == vector.shape["total_blocks"])
        #expect(blocks.count == vector.shape["total_blocks"])
        #expect(blocks.last?.cid == shaped.root, "the root is the last block built")
        #expect(shaped.cumulativeSize == vector.shape["cidv0_root_cumulative_size"].map(UInt64.init))
        if let hex = vector.singleBlockHex {
            #expect(blocks.last?.bytes == [UInt8](sha256Hex: hex))
        }

        // The trap: the CIDv0 root re-encoded in base32 is the same DAG under another name, and
        // never what `ipfs add --cid-version=1` prints.
        let trap = try #require(vector.trap)
        #expect(results["cidv1_raw_leaves"]?.root.description != trap, "\(vector.id): v1 must not equal the trap")
        #expect(results["cidv0"]?.root.v1.description == trap)
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func unixfsV1_2025ProfileCases() throws {
        let cases = UnixFSVectorCase.profileCases()
        #expect(cases.count == 3)
        for vector in cases {
            var importer = UnixFSImporter(options: .unixfsV1_2025)
            try VectorInput.stream(vector.input, size: vector.size) { try importer.update($0) }
            #expect(try importer.finalize().root.description == vector.cid)
        }
    }

    /// The generators reproduce the inputs the vectors also ship as files.
    @Test(
        .enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)),
        arguments: [
            ("kubo-chacha20", "chunk-v0-seed", 262_145, "inputs/chacha20_chunk-v0-seed_262145.bin"),
            ("go-math-rand-v1", "41", 5_242_880, "inputs/gorand_seed41_5242880.bin"),
        ])
    func generatorsMatchShippedInputs(generator: String, seed: String, size: Int, file: String) throws {
        var generated = SHA256()
        try VectorInput.stream(["kind": "generator", "generator": generator, "seed": seed], size: size) {
            generated.update(bufferPointer: $0)
        }
        var shipped = SHA256()
        try VectorInput.streamFile(file) { shipped.update(bufferPointer: $0) }
        #expect(generated.finalize() == shipped.finalize())
    }
}
