import Ethereum

/// 32 raw bytes: hashes (metadata, evidence, transaction), dispute tags, topics.
public struct Bytes32: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// Exactly 32 bytes.
    public let bytes: [UInt8]

    /// 32 zero bytes.
    public static let zero = Bytes32(unchecked: [UInt8](repeating: 0, count: 32))

    /// Wraps 32 bytes; nil for any other count.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    init(unchecked bytes: [UInt8]) {
        precondition(bytes.count == 32, "Bytes32 needs 32 bytes")
        self.bytes = bytes
    }

    /// Parses `0x` + 64 hex digits.
    public init(hex: String) throws(Bytes32ParseError) {
        guard let bytes = try? Hex.decode(hex) else { throw .notHex }
        guard bytes.count == 32 else { throw .wrongLength(bytes.count) }
        self.bytes = bytes
    }

    /// The UTF-8 bytes of `text`, right-padded with zeros (how Solidity's `bytes32("IN_DISPUTE")`
    /// and Story's dispute tags are formed — not a hash). Nil when longer than 32 bytes.
    public init?(text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count <= 32 else { return nil }
        bytes = utf8 + [UInt8](repeating: 0, count: 32 - utf8.count)
    }

    /// keccak256 of `data`.
    public static func keccak256(_ data: [UInt8]) -> Bytes32 { Bytes32(unchecked: Keccak256.hash(data)) }

    public var isZero: Bool { bytes.allSatisfy { $0 == 0 } }
    /// `0x`-prefixed lower-case hex.
    public var hex: String { Hex.encode(bytes) }
    public var description: String { hex }

    /// The text of a right-padded string (dispute tags), or nil when the bytes are not one.
    public var text: String? {
        let trimmed = bytes.prefix { $0 != 0 }
        guard bytes.dropFirst(trimmed.count).allSatisfy({ $0 == 0 }) else { return nil }
        return String(validatingUTF8Bytes: Array(trimmed))
    }

    public func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }

    public static func < (lhs: Bytes32, rhs: Bytes32) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    public init(from decoder: Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        do { self = try Bytes32(hex: string) } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}

/// Why a string is not a bytes32.
public enum Bytes32ParseError: Error, Equatable, CustomStringConvertible {
    case notHex
    case wrongLength(Int)

    public var description: String {
        switch self {
        case .notHex: "a bytes32 must be 0x followed by hex digits"
        case .wrongLength(let n): "a bytes32 has 32 bytes, not \(n)"
        }
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        let decoded = String(decoding: bytes, as: UTF8.self)
        guard decoded.utf8.elementsEqual(bytes) else { return nil }
        self = decoded
    }
}
