/// Why a string or byte sequence is not a valid CID.
public enum CIDError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unsupportedMultibase(Character)
    case invalidEncoding(base: String)
    case truncated
    case trailingBytes
    case varintTooLong
    case nonMinimalVarint
    case unsupportedVersion(UInt64)
    case invalidDigestLength(UInt64)
    case invalidCIDv0

    public var description: String {
        switch self {
        case .empty: "the CID is empty"
        case .unsupportedMultibase(let prefix):
            "multibase prefix '\(prefix)' is not supported (use base32 'b…' or base58btc)"
        case .invalidEncoding(let base): "the CID is not valid \(base)"
        case .truncated: "the CID ends too early"
        case .trailingBytes: "the CID has bytes after its multihash"
        case .varintTooLong: "a varint in the CID is longer than 9 bytes"
        case .nonMinimalVarint: "a varint in the CID is not minimally encoded"
        case .unsupportedVersion(let version): "CID version \(version) is not supported"
        case .invalidDigestLength(let length): "a sha2-256 digest must be 32 bytes, not \(length)"
        case .invalidCIDv0: "a CIDv0 must be a base58btc sha2-256 multihash (Qm…)"
        }
    }
}
