import Foundation
import LoreJSON

/// Reads the fields of a model's JSON object, turning every deviation into `AnswerError.wrongShape`.
struct AnswerReader {
    let fields: [String: JSONValue]

    init(_ json: JSONValue) throws(AnswerError) {
        guard case .object(let fields) = json else {
            throw .wrongShape("expected a JSON object, got \(json.kindName)")
        }
        self.fields = fields
    }

    func has(_ key: String) -> Bool {
        if case .null? = fields[key] { return false }
        return fields[key] != nil
    }

    func string(_ key: String, maxCharacters: Int = 2000) throws(AnswerError) -> String {
        guard let value = fields[key] else { throw .wrongShape("missing \"\(key)\"") }
        return try Self.text(value, name: "\"\(key)\"", maxCharacters: maxCharacters)
    }

    func strings(_ key: String, count: ClosedRange<Int>, maxCharacters: Int = 200) throws(AnswerError) -> [String] {
        guard let value = fields[key] else { throw .wrongShape("missing \"\(key)\"") }
        return try Self.textList(value, name: "\"\(key)\"", count: count, maxCharacters: maxCharacters)
    }

    func bool(_ key: String) throws(AnswerError) -> Bool {
        switch fields[key] {
        case .bool(let value)?: return value
        case .string(let text)? where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
        case nil: throw .wrongShape("missing \"\(key)\"")
        case let other?: throw .wrongShape("\"\(key)\" must be true or false, got \(other.kindName)")
        }
    }

    /// A whole number in `range`. Accepts 75, 75.0, 74.6 (rounded) and "75" / "75%", which
    /// models write for percentages.
    func integer(_ key: String, in range: ClosedRange<Int>) throws(AnswerError) -> Int {
        let number: Double
        switch fields[key] {
        case .number(let value)?:
            number = value
        case .string(let text)?:
            let digits = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            guard let value = Double(digits) else { throw .wrongShape("\"\(key)\" must be a number, got \"\(text)\"") }
            number = value
        case nil:
            throw .wrongShape("missing \"\(key)\"")
        case let other?:
            throw .wrongShape("\"\(key)\" must be a number, got \(other.kindName)")
        }
        // Compared as a Double first: converting 1e300 to Int would trap.
        let rounded = number.rounded()
        guard rounded.isFinite, rounded >= Double(range.lowerBound), rounded <= Double(range.upperBound) else {
            throw .wrongShape("\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), got \(number)")
        }
        return Int(rounded)
    }

    static func text(_ value: JSONValue, name: String, maxCharacters: Int) throws(AnswerError) -> String {
        guard case .string(let raw) = value else {
            throw .wrongShape("\(name) must be a string, got \(value.kindName)")
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .wrongShape("\(name) is empty") }
        guard text.count <= maxCharacters else {
            throw .wrongShape("\(name) is longer than \(maxCharacters) characters")
        }
        return text
    }

    /// A list of non-empty strings, de-duplicated ignoring case, with a count in `count`.
    static func textList(
        _ value: JSONValue, name: String, count: ClosedRange<Int>, maxCharacters: Int
    ) throws(AnswerError) -> [String] {
        guard case .array(let items) = value else {
            throw .wrongShape("\(name) must be an array, got \(value.kindName)")
        }
        var result: [String] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let text = try text(item, name: "\(name)[\(index)]", maxCharacters: maxCharacters)
            if seen.insert(text.lowercased()).inserted { result.append(text) }
        }
        guard count.contains(result.count) else {
            throw .wrongShape(
                "\(name) must hold \(count.lowerBound)-\(count.upperBound) distinct items, got \(result.count)")
        }
        return result
    }
}
