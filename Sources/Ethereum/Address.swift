/// A 20-byte Ethereum account address.
///
/// Parsing follows EIP-55: all-lower-case and all-upper-case hex carry no checksum and are
/// accepted as unchecked; mixed case must match the checksum exactly.
public struct Address: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The 20 raw bytes.
    public let bytes: [UInt8]

    /// The zero address.
    public static let zero = Address(unchecked: [UInt8](repeating: 0, count: 20))

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case missingPrefix
        case wrongLength(Int)
        case notHex
        case badChecksum(expected: String)

        public var description: String {
            switch self {
            case .missingPrefix: "an address must start with 0x"
            case .wrongLength(let n): "an address has 40 hex digits, not \(n)"
            case .notHex: "an address may contain only hex digits"
            case .badChecksum(let expected): "the address' EIP-55 checksum is wrong (expected \(expected))"
            }
        }
    }

    /// Hashes the 20 bytes in one call (the synthesized hashing feeds them one at a time), which
    /// every table keyed by an address (the local ledger's) pays on each access.
    public func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }

    /// Wraps 20 bytes. Precondition: `bytes.count == 20`.
    public init(unchecked bytes: [UInt8]) {
        precondition(bytes.count == 20, "an address is 20 bytes")
        self.bytes = bytes
    }

    /// Wraps 20 bytes, or nil when the count is wrong.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 20 else { return nil }
        self.bytes = bytes
    }

    /// Parses `0x` + 40 hex digits, enforcing the EIP-55 checksum when the case is mixed.
    public init(_ string: String) throws(ParseError) {
        guard string.hasPrefix("0x") else { throw .missingPrefix }
        let digits = string.utf8.dropFirst(2)
        guard digits.count == 40 else { throw .wrongLength(digits.count) }
        guard let bytes = try? Hex.decode(string) else { throw .notHex }
        let candidate = Address(unchecked: bytes)
        let hasLower = digits.contains { (97...102).contains($0) }
        let hasUpper = digits.contains { (65...70).contains($0) }
        if hasLower && hasUpper {
            let expected = candidate.checksummed
            guard expected == string else { throw .badChecksum(expected: expected) }
        }
        self = candidate
    }

    /// Parses `0x` + 40 hex digits in any case, ignoring the checksum.
    public init(ignoringChecksum string: String) throws(ParseError) {
        guard string.hasPrefix("0x") || string.hasPrefix("0X") else { throw .missingPrefix }
        let count = string.utf8.count - 2
        guard count == 40 else { throw .wrongLength(count) }
        guard let bytes = try? Hex.decode(string) else { throw .notHex }
        self.bytes = bytes
    }

    /// The address of the account controlled by an uncompressed secp256k1 public key
    /// (64 bytes `x‖y`, or 65 with the leading `0x04`): the last 20 bytes of Keccak-256(x‖y).
    public init(publicKey: [UInt8]) {
        let key = publicKey.count == 65 ? Array(publicKey.dropFirst()) : publicKey
        precondition(key.count == 64, "an uncompressed public key is 64 bytes without its prefix")
        self.bytes = Array(Keccak256.hash(key).suffix(20))
    }

    /// Lower-case `0x…` form (how Lore stores wallet addresses).
    public var lowercased: String { Hex.encode(bytes) }

    /// EIP-55 mixed-case checksum form: hex digit i is upper-cased iff nibble i of
    /// Keccak-256(lower-case hex, no prefix) is ≥ 8.
    public var checksummed: String {
        let lower = Array(Hex.encode(bytes, prefix: false).utf8)
        let hash = Keccak256.hash(lower)
        var out: [UInt8] = [48, 120]
        for (i, char) in lower.enumerated() {
            let nibble = i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f
            out.append(char >= 97 && nibble >= 8 ? char - 32 : char)
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { checksummed }

    public static func < (lhs: Address, rhs: Address) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    public init(from decoder: Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Address(string)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(error)"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(checksummed)
    }
}
