import Foundation
import TestVectors

/// Reads ../shared/reference/story/story_test_vectors.md (beside the vectors directory), so the
/// worked examples are loaded rather than copied into the tests.
enum StoryReference {
    static var url: URL {
        Vectors.directory.deletingLastPathComponent().appendingPathComponent("reference/story/story_test_vectors.md")
    }

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: url.path) }

    static let skipReason = "story_test_vectors.md not found beside the vectors directory"

    static func text() throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The rows of the ipId table of §1: (chainId, tokenContract, tokenId, ipId).
    static func ipIdExamples() throws -> [(chainId: UInt64, tokenContract: String, tokenId: UInt64, ipId: String)] {
        let section = try text().components(separatedBy: "## 2.")[0]
        var rows: [(UInt64, String, UInt64, String)] = []
        for line in section.split(separator: "\n") where line.hasPrefix("| 1") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, let chain = UInt64(cells[0]), let token = UInt64(cells[2]) else { continue }
            rows.append((chain, cells[1], token, cells[3]))
        }
        return rows
    }

    /// The hex in the fenced block that follows `heading`, with whitespace removed (multi-line
    /// hex blocks are wrapped), starting at the first `0x`.
    static func hexBlock(after heading: String, startingWith prefix: String = "0x") throws -> String {
        let text = try text()
        guard let headingRange = text.range(of: heading) else { throw CocoaError(.fileReadCorruptFile) }
        let rest = text[headingRange.upperBound...]
        guard let start = rest.range(of: "```\n")?.upperBound,
            let end = rest[start...].range(of: "```")?.lowerBound
        else { throw CocoaError(.fileReadCorruptFile) }
        let block = rest[start..<end]
        guard let hexStart = block.range(of: prefix)?.lowerBound else { throw CocoaError(.fileReadCorruptFile) }
        // Take the hex run: the block may contain a trailing "(length …)" note.
        let run = block[hexStart...].prefix { $0.isHexDigit || $0 == "x" || $0.isWhitespace }
        return run.filter { !$0.isWhitespace }
    }
}
