import Foundation
import LoreJSON

/// Finds the JSON document in a model's answer: the whole answer, a ```-fenced block, or the
/// first balanced `{…}`/`[…]` inside surrounding prose, in that order.
enum JSONExtraction {
    /// How many opening brackets in prose are tried before giving up; bounds the work on long answers.
    static let maxProseCandidates = 16

    static func extract(from answer: String) throws(AnswerError) -> JSONValue {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        var firstError: String?

        if let first = trimmed.utf8.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            switch parse(Substring(trimmed)) {
            case .success(let value): return value
            case .failure(let reason): firstError = firstError ?? reason
            }
        }
        for block in fencedBlocks(in: trimmed) {
            switch parse(block) {
            case .success(let value): return value
            case .failure(let reason): firstError = firstError ?? reason
            }
        }
        var tried = 0
        var index = trimmed.startIndex
        while tried < maxProseCandidates, let start = trimmed[index...].firstIndex(where: { $0 == "{" || $0 == "[" }) {
            tried += 1
            if let end = matchingClose(in: trimmed, from: start) {
                switch parse(trimmed[start...end]) {
                case .success(let value): return value
                case .failure(let reason): firstError = firstError ?? reason
                }
            }
            index = trimmed.index(after: start)
        }
        if let firstError { throw .malformedJSON(firstError) }
        throw .noJSON
    }

    private enum Parsed {
        case success(JSONValue)
        case failure(String)
    }

    private static func parse(_ text: Substring) -> Parsed {
        do {
            return .success(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return .failure(underlying ?? context.debugDescription)
        } catch {
            return .failure(String(describing: error))
        }
    }

    /// The contents of each ``` … ``` block, without a language tag such as `json` on the opening line.
    static func fencedBlocks(in text: String) -> [Substring] {
        let parts = text.components(separatedBy: "```")
        guard parts.count >= 3 else { return [] }
        var blocks: [Substring] = []
        for (offset, part) in parts.enumerated() where offset % 2 == 1 {
            var body = Substring(part)
            if let newline = body.firstIndex(of: "\n") {
                let tag = body[..<newline].trimmingCharacters(in: .whitespaces)
                if tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
                    body = body[body.index(after: newline)...]
                }
            } else if body.lowercased().hasPrefix("json") {
                body = body.dropFirst(4)
            }
            blocks.append(Substring(body.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return blocks
    }

    /// The index of the bracket closing the one at `start`, skipping brackets inside JSON strings.
    static func matchingClose(in text: String, from start: String.Index) -> String.Index? {
        var depth = 0
        var inString = false
        var escaped = false
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else {
                switch character {
                case "\"": inString = true
                case "{", "[": depth += 1
                case "}", "]":
                    depth -= 1
                    if depth == 0 { return index }
                default: break
                }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
