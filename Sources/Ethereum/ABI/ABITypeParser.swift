/// One parameter of a function, event or error signature, optionally named and `indexed`.
public struct ABIParameter: Hashable, Sendable {
    public var name: String
    public var type: ABIType
    public var indexed: Bool

    public init(_ type: ABIType, name: String = "", indexed: Bool = false) {
        self.type = type
        self.name = name
        self.indexed = indexed
    }
}

extension ABIType {
    /// Parses a canonical type string such as `uint256`, `bytes32[]` or `(address,uint256[],bytes32)[2]`.
    public init(_ string: String) throws(ABIError) {
        var parser = ABISignatureParser(string)
        let type = try parser.parseType()
        guard parser.isAtEnd else { throw .invalidType(string) }
        self = type
    }
}

/// Parses `Name(type name, type indexed name, …)` — canonical signatures, plus optional parameter
/// names and the `indexed` keyword as written in human-readable ABIs.
struct ABISignatureParser {
    private let text: [UInt8]
    private let original: String
    private var position = 0

    init(_ string: String) {
        original = string
        text = Array(string.utf8)
    }

    var isAtEnd: Bool { position == text.count }

    /// `Name(params)` → name and parameters.
    mutating func parseSignature() throws(ABIError) -> (name: String, parameters: [ABIParameter]) {
        skipSpaces()
        let name = identifier()
        guard !name.isEmpty else { throw .invalidSignature(original, reason: "missing name") }
        guard peek() == UInt8(ascii: "(") else { throw .invalidSignature(original, reason: "missing '('") }
        position += 1
        var parameters: [ABIParameter] = []
        skipSpaces()
        if peek() == UInt8(ascii: ")") {
            position += 1
        } else {
            while true {
                parameters.append(try parameter())
                skipSpaces()
                guard let next = peek() else { throw .invalidSignature(original, reason: "missing ')'") }
                position += 1
                if next == UInt8(ascii: ")") { break }
                guard next == UInt8(ascii: ",") else {
                    throw .invalidSignature(original, reason: "unexpected '\(Character(Unicode.Scalar(next)))'")
                }
            }
        }
        skipSpaces()
        guard isAtEnd else { throw .invalidSignature(original, reason: "trailing characters") }
        return (name, parameters)
    }

    private mutating func parameter() throws(ABIError) -> ABIParameter {
        skipSpaces()
        let type = try parseType()
        var words: [String] = []
        while true {
            skipSpaces()
            let word = identifier()
            if word.isEmpty { break }
            words.append(word)
        }
        switch words.count {
        case 0: return ABIParameter(type)
        case 1 where words[0] == "indexed": return ABIParameter(type, indexed: true)
        case 1: return ABIParameter(type, name: words[0])
        case 2 where words[0] == "indexed": return ABIParameter(type, name: words[1], indexed: true)
        default: throw .invalidSignature(original, reason: "unexpected words \(words)")
        }
    }

    /// A type: an elementary name or a tuple, followed by any number of `[k]` / `[]` suffixes.
    mutating func parseType() throws(ABIError) -> ABIType {
        var type: ABIType
        if peek() == UInt8(ascii: "(") {
            position += 1
            var components: [ABIType] = []
            if peek() == UInt8(ascii: ")") {
                position += 1
            } else {
                while true {
                    components.append(try parseType())
                    guard let next = peek() else { throw .invalidType(original) }
                    position += 1
                    if next == UInt8(ascii: ")") { break }
                    guard next == UInt8(ascii: ",") else { throw .invalidType(original) }
                }
            }
            type = .tuple(components)
        } else {
            type = try elementary(identifier())
        }
        while peek() == UInt8(ascii: "[") {
            position += 1
            let digits = digitRun()
            guard peek() == UInt8(ascii: "]") else { throw .invalidType(original) }
            position += 1
            if digits.isEmpty {
                type = .array(type)
            } else {
                guard let count = Int(digits), !digits.hasPrefix("0") else { throw .invalidType(original) }
                type = .fixedArray(type, count)
            }
        }
        if let error = type.validationError { throw error }
        return type
    }

    private func elementary(_ name: String) throws(ABIError) -> ABIType {
        switch name {
        case "address": return .address
        case "bool": return .bool
        case "bytes": return .bytes
        case "string": return .string
        // A Solidity `function` value is an address plus a selector, encoded like bytes24.
        case "function": return .fixedBytes(24)
        default: break
        }
        for (prefix, make) in [("uint", ABIType.uint), ("int", ABIType.int), ("bytes", ABIType.fixedBytes)] {
            guard name.hasPrefix(prefix) else { continue }
            let digits = name.dropFirst(prefix.count)
            // Canonical form only: no leading zeros, no bare `uint`.
            guard let n = Int(digits), !digits.hasPrefix("0") else {
                throw .invalidType(name.isEmpty ? original : name)
            }
            return make(n)
        }
        throw .invalidType(name.isEmpty ? original : name)
    }

    private func peek() -> UInt8? { position < text.count ? text[position] : nil }

    private mutating func skipSpaces() {
        while let c = peek(), c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") {
            position += 1
        }
    }

    private mutating func identifier() -> String {
        let start = position
        while let c = peek(),
            c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
                || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
        {
            position += 1
        }
        return String(decoding: text[start..<position], as: UTF8.self)
    }

    private mutating func digitRun() -> String {
        let start = position
        while let c = peek(), c >= 48 && c <= 57 { position += 1 }
        return String(decoding: text[start..<position], as: UTF8.self)
    }
}
