import Crypto
import Foundation
import TestVectors

@testable import IPFS

/// One case of `ipfs/unixfs_file_cids.json`, with a way to produce its input as a stream.
struct UnixFSVectorCase: Sendable, CustomStringConvertible {
    let id: String
    let size: Int
    let input: [String: String]
    let inputSHA256: String
    /// Variant name → expected CID string (the trap excluded).
    let expected: [String: String]
    /// The CIDv0 root re-encoded in base32 — not a `--cid-version=1` result.
    let trap: String?
    let shape: [String: Int]
    let singleBlockHex: String?

    var description: String { id }

    static let variants: [String: UnixFSImportOptions] = [
        "cidv0": .cidV0,
        "cidv1_raw_leaves": .cidV1,
        "cidv1_dagpb_leaves": UnixFSImportOptions(cidVersion: .v1, rawLeaves: false),
        "cidv0_raw_leaves": UnixFSImportOptions(cidVersion: .v0, rawLeaves: true),
    ]

    /// Every case of the file (none when the vectors are absent).
    static func all() -> [UnixFSVectorCase] {
        guard Vectors.isAvailable,
            let root = try? Vectors.json("ipfs/unixfs_file_cids.json") as? [String: Any],
            let cases = root["cases"] as? [[String: Any]]
        else { return [] }
        return cases.map { entry in
            let expectedEntries = entry["expected"] as! [String: [String: Any]]
            var expected: [String: String] = [:]
            var trap: String?
            for (variant, value) in expectedEntries {
                if value["trap"] as? Bool == true {
                    trap = value["cid"] as? String
                } else {
                    expected[variant] = value["cid"] as? String
                }
            }
            let single = entry["single_block"] as? [String: Any]
            return UnixFSVectorCase(
                id: entry["id"] as! String, size: entry["size_bytes"] as! Int,
                input: (entry["input"] as! [String: Any]).mapValues { "\($0)" },
                inputSHA256: entry["input_sha256"] as! String, expected: expected, trap: trap,
                shape: (entry["dag_shape"] as? [String: Any] ?? [:]).compactMapValues { $0 as? Int },
                singleBlockHex: single?["cidv0_block_hex"] as? String)
        }
    }

    /// The optional `unixfs-v1-2025` profile cases small enough to run (the 1 GiB ones are skipped).
    static func profileCases() -> [(input: [String: String], size: Int, cid: String)] {
        guard Vectors.isAvailable,
            let root = try? Vectors.json("ipfs/unixfs_file_cids.json") as? [String: Any],
            let profile = root["non_default_profile_unixfs_v1_2025"] as? [String: Any],
            let cases = profile["cases"] as? [[String: Any]]
        else { return [] }
        return cases.compactMap { entry in
            let input = (entry["input"] as! [String: Any]).mapValues { "\($0)" }
            let size = input["size"].flatMap { Int($0) } ?? (input["hex"]?.count ?? 0) / 2
            guard size <= 4 << 20 else { return nil }
            return (input, size, entry["cid"] as! String)
        }
    }
}

/// Streams a case's input: inline bytes, a file under `ipfs/inputs/`, or a generator.
enum VectorInput {
    /// Calls `body` with successive pieces of the input (sizes vary to exercise chunk boundaries).
    static func stream(_ input: [String: String], size: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let kind = input["kind"]!
        if kind == "empty" { return }
        if kind == "utf8" || (kind == "file" && input["file"] == nil) {
            let bytes = [UInt8](sha256Hex: input["hex"]!)
            try feed(bytes, body)
            return
        }
        if kind == "file" {
            try streamFile(input["file"]!, body)
            return
        }
        var generator = try makeGenerator(input)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var remaining = size
        while remaining > 0 {
            let count = min(remaining, buffer.count)
            buffer.withUnsafeMutableBytes { generator.fill(UnsafeMutableRawBufferPointer(rebasing: $0[0..<count])) }
            try feed(Array(buffer[0..<count]), body)
            remaining -= count
        }
    }

    /// Pieces of 7 bytes, then 262139, then the rest: never aligned with the 262144-byte chunks.
    private static func feed(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try bytes.withUnsafeBytes { all in
            var offset = 0
            for piece in [7, 262_139, Int.max] where offset < all.count {
                let end = min(all.count, offset + min(piece, all.count - offset))
                try body(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
                offset = end
            }
        }
    }

    static func streamFile(_ relativePath: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: Vectors.url("ipfs/" + relativePath))
        defer { try? handle.close() }
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            try feed(Array(data), body)
        }
    }

    static func makeGenerator(_ input: [String: String]) throws -> any ByteGenerator {
        switch input["generator"] {
        case "zeros":
            return PatternGenerator(pattern: [0])
        case "mod256":
            return PatternGenerator(pattern: (0..<256).map { UInt8($0) })
        case "repeat-ascii":
            return PatternGenerator(pattern: Array(input["unit"]!.utf8))
        case "kubo-chacha20":
            return ChaCha20Generator(seed: input["seed"]!)
        case "go-math-rand-v1":
            return GoMathRandGenerator(seed: Int64(input["seed"]!)!, cooked: try goCookedTable())
        default:
            throw VectorInputError.unknownGenerator(input["generator"] ?? "nil")
        }
    }

    /// Go's cooked table (low 56 bits), recovered from the shipped `random-data -seed=41` output.
    static func goCookedTable() throws -> [UInt64] {
        let handle = try FileHandle(forReadingFrom: Vectors.url("ipfs/inputs/gorand_seed41_5242880.bin"))
        defer { try? handle.close() }
        let head = try handle.read(upToCount: GoMathRandGenerator.length * 7) ?? Data()
        return GoMathRandGenerator.cookedLow56(fromOutputOf: 41, bytes: Array(head))
    }
}

enum VectorInputError: Error {
    case unknownGenerator(String)
}
