import Ethereum
import Foundation
import TestVectors
import Testing

@Suite("Keccak-256")
struct KeccakTests {
    private struct Case {
        let label: String
        let input: [UInt8]
        let expected: String
    }

    private static func generated(_ generator: String, count: Int) -> [UInt8] {
        switch generator {
        case "bytes[i] = i mod 256": (0..<count).map { UInt8(truncatingIfNeeded: $0) }
        case "all bytes 0x61 ('a')": [UInt8](repeating: 0x61, count: count)
        case "all bytes 0x00": [UInt8](repeating: 0, count: count)
        default: fatalError("unknown generator \(generator)")
        }
    }

    /// Every inline case of hashing/keccak256.json (the repeated-string generators are handled below).
    private static func inlineCases() throws -> [Case] {
        let root = try #require(Vectors.json("hashing/keccak256.json") as? [String: Any])
        var cases: [Case] = []
        for group in ["keccak_team_short_msg_kat_256", "generated_boundaries", "utf8_strings"] {
            let entries = try #require((root[group] as? [String: Any])?["cases"] as? [[String: Any]])
            for (i, entry) in entries.enumerated() {
                let expected = try #require(entry["keccak256"] as? String)
                let input: [UInt8]
                if let hex = entry["input_hex"] as? String {
                    input = try [UInt8](hex: hex)
                } else {
                    let generator = try #require(entry["generator"] as? String)
                    input = generated(generator, count: try #require(entry["length_bytes"] as? Int))
                }
                cases.append(Case(label: "\(group)[\(i)]", input: input, expected: expected))
            }
        }
        for (i, entry) in try #require(root["well_known"] as? [[String: Any]]).enumerated() {
            guard let hex = entry["input_hex"] as? String else { continue }
            cases.append(
                Case(label: "well_known[\(i)]", input: try [UInt8](hex: hex), expected: entry["keccak256"] as! String))
        }
        return cases
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func allInlineVectors() throws {
        let cases = try Self.inlineCases()
        #expect(cases.count > 300)
        for c in cases {
            #expect(Hex.encode(Keccak256.hash(c.input), prefix: false) == c.expected, "\(c.label)")
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func streamingMatchesOneShotAtEverySplit() throws {
        for c in try Self.inlineCases() where c.input.count > 100 {
            for split in [1, 7, 135, 136, 137] where split < c.input.count {
                var hasher = Keccak256()
                hasher.update(c.input[..<split])
                hasher.update(c.input[split...])
                #expect(Hex.encode(hasher.finalize(), prefix: false) == c.expected, "\(c.label) split \(split)")
            }
        }
    }

    /// The repeated-string cases: one million 'a' and the 1 GiB ExtremelyLongMsgKAT, streamed.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func longRepeatedMessagesStreamed() throws {
        let root = try #require(Vectors.json("hashing/keccak256.json") as? [String: Any])
        var checked = 0
        for entry in try #require(root["well_known"] as? [[String: Any]]) {
            guard let generator = entry["generator"] as? [String: Any] else { continue }
            let unit = Array(try #require(generator["repeat_ascii"] as? String).utf8)
            let count = try #require(generator["count"] as? Int)
            // Feed ~1 MiB at a time so the input is never held whole.
            let perChunk = max(1, (1 << 20) / unit.count)
            let chunk = [UInt8]((0..<perChunk).flatMap { _ in unit })
            var hasher = Keccak256()
            var remaining = count
            while remaining >= perChunk {
                hasher.update(chunk)
                remaining -= perChunk
            }
            hasher.update(chunk[..<(remaining * unit.count)])
            #expect(Hex.encode(hasher.finalize(), prefix: false) == entry["keccak256"] as? String)
            checked += 1
        }
        #expect(checked == 2)
    }

    @Test func knownDigestWithoutVectors() {
        // keccak256("") — EIP-1052's empty-code hash; differs from SHA3-256("").
        #expect(
            Keccak256.hash([UInt8]()).hexString == "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }
}

@Test(.enabled(if: Vectors.missingUnderCI))
func vectorsMustBePresentUnderCI() {
    Issue.record("CI=true but \(Vectors.skipReason)")
}
