/// Why bytes are not a canonical RLP encoding, or an item is not what was expected.
public enum RLPError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    /// The input ends inside an item.
    case truncated
    /// Bytes remain after the single top-level item.
    case trailingBytes(Int)
    /// A one-byte string below 0x80 written with a length prefix (it must encode as itself).
    case nonCanonicalSingleByte
    /// A long-form length below 56, which has a short form.
    case nonCanonicalLength
    /// A long-form length with a leading zero byte.
    case leadingZeroInLength
    /// A length beyond what this machine can address.
    case lengthTooLarge
    /// Nesting deeper than ``RLP/maxDepth``.
    case tooDeep
    case expectedBytes
    case expectedList
    /// An integer with a leading zero byte (zero is the empty string).
    case leadingZeroInInteger
    case integerTooLarge(maxBytes: Int)

    public var description: String {
        switch self {
        case .empty: "RLP input is empty"
        case .truncated: "RLP input ends inside an item"
        case .trailingBytes(let count): "\(count) bytes follow the RLP item"
        case .nonCanonicalSingleByte: "a single byte below 0x80 must be encoded as itself"
        case .nonCanonicalLength: "an RLP length below 56 must use the short form"
        case .leadingZeroInLength: "an RLP length has a leading zero byte"
        case .lengthTooLarge: "an RLP length is too large"
        case .tooDeep: "RLP lists are nested too deeply"
        case .expectedBytes: "expected an RLP byte string, found a list"
        case .expectedList: "expected an RLP list, found a byte string"
        case .leadingZeroInInteger: "an RLP integer has a leading zero byte"
        case .integerTooLarge(let maxBytes): "an RLP integer is longer than \(maxBytes) bytes"
        }
    }
}
