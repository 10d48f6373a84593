/// The multibase encodings Lore reads and writes: a one-character prefix names the base.
public enum Multibase: Character, Sendable, CaseIterable {
    /// RFC 4648 base32, lower case, unpadded: the default for CIDv1 (`bafy…`, `bafk…`).
    case base32 = "b"
    /// Bitcoin base58: the multibase form `z…`; CIDv0 strings are bare base58btc without the prefix.
    case base58btc = "z"

    /// `bytes` encoded with this base, prefix included.
    public func encode(_ bytes: [UInt8]) -> String {
        String(rawValue) + encodeWithoutPrefix(bytes)
    }

    func encodeWithoutPrefix(_ bytes: [UInt8]) -> String {
        switch self {
        case .base32: Base32.encode(bytes)
        case .base58btc: Base58.encode(bytes)
        }
    }

    /// Decodes a multibase string (prefix included). Upper-case base32 (`B…`) is accepted too,
    /// since CID strings are case-insensitive in that base.
    public static func decode(_ text: String) throws(CIDError) -> (base: Multibase, bytes: [UInt8]) {
        guard let prefix = text.first else { throw .empty }
        let body = text.dropFirst()
        switch prefix {
        case "b":
            guard let bytes = Base32.decode(body) else { throw .invalidEncoding(base: "base32") }
            return (.base32, bytes)
        case "B":
            guard let bytes = Base32.decode(Substring(body.lowercased())) else {
                throw .invalidEncoding(base: "base32")
            }
            return (.base32, bytes)
        case "z":
            guard let bytes = Base58.decode(body) else { throw .invalidEncoding(base: "base58btc") }
            return (.base58btc, bytes)
        default:
            throw .unsupportedMultibase(prefix)
        }
    }
}
