import BigInt

/// A value to ABI-encode, or one decoded from ABI bytes. The matching ``ABIType`` supplies widths:
/// `.uint` holds any `uintN`, `.int` any `intN`, `.array` both `T[]` and `T[k]`.
public indirect enum ABIValue: Hashable, Sendable, CustomStringConvertible {
    case uint(BigUInt)
    case int(BigInt)
    case address(Address)
    case bool(Bool)
    /// `bytesN`: exactly N bytes.
    case fixedBytes([UInt8])
    case bytes([UInt8])
    case string(String)
    case array([ABIValue])
    case tuple([ABIValue])

    public var description: String {
        switch self {
        case .uint(let v): String(v)
        case .int(let v): String(v)
        case .address(let a): a.checksummed
        case .bool(let b): String(b)
        case .fixedBytes(let b), .bytes(let b): Hex.encode(b)
        case .string(let s): "\"\(s)\""
        case .array(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .tuple(let items): "(" + items.map(\.description).joined(separator: ", ") + ")"
        }
    }

    /// Short name of the value's shape, for error messages.
    var shapeName: String {
        switch self {
        case .uint: "an unsigned integer"
        case .int: "a signed integer"
        case .address: "an address"
        case .bool: "a bool"
        case .fixedBytes(let b): "\(b.count) fixed bytes"
        case .bytes: "bytes"
        case .string: "a string"
        case .array(let items): "an array of \(items.count)"
        case .tuple(let items): "a tuple of \(items.count)"
        }
    }

    // Typed accessors: nil when the value has another shape.

    public var uintValue: BigUInt? { if case .uint(let v) = self { v } else { nil } }
    public var intValue: BigInt? { if case .int(let v) = self { v } else { nil } }
    public var addressValue: Address? { if case .address(let v) = self { v } else { nil } }
    public var boolValue: Bool? { if case .bool(let v) = self { v } else { nil } }
    public var bytesValue: [UInt8]? {
        switch self {
        case .bytes(let v), .fixedBytes(let v): v
        default: nil
        }
    }
    public var stringValue: String? { if case .string(let v) = self { v } else { nil } }
    public var arrayValue: [ABIValue]? { if case .array(let v) = self { v } else { nil } }
    public var tupleValue: [ABIValue]? { if case .tuple(let v) = self { v } else { nil } }
}
