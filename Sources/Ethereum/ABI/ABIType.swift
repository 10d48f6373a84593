/// A Solidity ABI type, as it appears in canonical signatures (`uint256`, `(address,bytes)[2]`, …).
///
/// Only canonical spellings are accepted when parsing: `uint` must be written `uint256`,
/// `int` as `int256`, `byte` as `bytes1` (the forms that go into selectors and topics).
public indirect enum ABIType: Hashable, Sendable, CustomStringConvertible {
    /// `uintN`, 8 ≤ N ≤ 256, N a multiple of 8.
    case uint(Int)
    /// `intN`, two's complement, 8 ≤ N ≤ 256, N a multiple of 8.
    case int(Int)
    /// A 20-byte account address, left-padded.
    case address
    /// `bool`, encoded as the word 0 or 1.
    case bool
    /// `bytesN`, 1 ≤ N ≤ 32, right-padded.
    case fixedBytes(Int)
    /// Dynamic `bytes`.
    case bytes
    /// Dynamic UTF-8 `string`.
    case string
    /// Dynamic array `T[]`.
    case array(ABIType)
    /// Fixed-length array `T[k]`.
    case fixedArray(ABIType, Int)
    /// Tuple `(T1,T2,…)`, Solidity structs.
    case tuple([ABIType])

    /// `uint256`.
    public static let uint256 = ABIType.uint(256)
    /// `bytes32`.
    public static let bytes32 = ABIType.fixedBytes(32)

    /// The canonical spelling used in signatures.
    public var canonicalName: String {
        switch self {
        case .uint(let bits): "uint\(bits)"
        case .int(let bits): "int\(bits)"
        case .address: "address"
        case .bool: "bool"
        case .fixedBytes(let n): "bytes\(n)"
        case .bytes: "bytes"
        case .string: "string"
        case .array(let element): "\(element.canonicalName)[]"
        case .fixedArray(let element, let count): "\(element.canonicalName)[\(count)]"
        case .tuple(let components): "(" + components.map(\.canonicalName).joined(separator: ",") + ")"
        }
    }

    public var description: String { canonicalName }

    /// True when the type is encoded in the tail (bytes, string, T[], or anything containing one).
    public var isDynamic: Bool {
        switch self {
        case .bytes, .string, .array: true
        case .fixedArray(let element, _): element.isDynamic
        case .tuple(let components): components.contains { $0.isDynamic }
        default: false
        }
    }

    /// Bytes the type occupies in the head of its enclosing tuple: 32 for dynamic types
    /// (an offset), the full inline size for static arrays and tuples.
    public var headSize: Int {
        if isDynamic { return 32 }
        switch self {
        case .fixedArray(let element, let count): return element.headSize * count
        case .tuple(let components): return components.reduce(0) { $0 + $1.headSize }
        default: return 32
        }
    }

    /// Checks widths and lengths (e.g. `uint7`, `bytes33`, `T[0]` are not ABI types).
    var validationError: ABIError? {
        switch self {
        case .uint(let bits), .int(let bits):
            return bits >= 8 && bits <= 256 && bits % 8 == 0 ? nil : .invalidType(canonicalName)
        case .fixedBytes(let n):
            return (1...32).contains(n) ? nil : .invalidType(canonicalName)
        case .array(let element):
            return element.validationError
        case .fixedArray(let element, let count):
            return count > 0 ? element.validationError : .invalidType(canonicalName)
        case .tuple(let components):
            return components.lazy.compactMap(\.validationError).first
        default:
            return nil
        }
    }
}
