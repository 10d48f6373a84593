import BigInt

import struct Foundation.Data

/// A Recursive Length Prefix item (Ethereum Yellow Paper, appendix B): a byte string or a list
/// of items.
public enum RLP: Hashable, Sendable {
    case bytes([UInt8])
    case list([RLP])

    /// The encoding of `string`'s UTF-8 bytes.
    public static func string(_ string: String) -> RLP { .bytes(Array(string.utf8)) }

    /// An unsigned integer as RLP expects it: big-endian without leading zeros (0 is empty).
    public static func uint(_ value: BigUInt) -> RLP {
        let bytes = [UInt8](value.serialize())
        return .bytes(Array(bytes.drop { $0 == 0 }))
    }

    /// An unsigned integer as RLP expects it: big-endian without leading zeros (0 is empty).
    public static func uint<Integer: UnsignedInteger & FixedWidthInteger>(_ value: Integer) -> RLP {
        var bytes: [UInt8] = []
        var rest = value
        while rest > 0 {
            bytes.insert(UInt8(truncatingIfNeeded: rest), at: 0)
            rest >>= 8
        }
        return .bytes(bytes)
    }

    /// The byte string, or nil for a list.
    public var bytesValue: [UInt8]? {
        if case .bytes(let bytes) = self { bytes } else { nil }
    }

    /// The items, or nil for a byte string.
    public var listValue: [RLP]? {
        if case .list(let items) = self { items } else { nil }
    }

    /// The byte string read as a canonical unsigned integer: no leading zero byte, at most
    /// `maxBytes` bytes (32 for Ethereum's uint256 fields).
    public func uintValue(maxBytes: Int = 32) throws(RLPError) -> BigUInt {
        guard case .bytes(let bytes) = self else { throw .expectedBytes }
        guard bytes.first != 0 else { throw .leadingZeroInInteger }
        guard bytes.count <= maxBytes else { throw .integerTooLarge(maxBytes: maxBytes) }
        return BigUInt(Data(bytes))
    }

    /// The byte string read as a canonical unsigned integer that fits in `UInt64`.
    public func uint64Value() throws(RLPError) -> UInt64 {
        guard case .bytes(let bytes) = self else { throw .expectedBytes }
        guard bytes.first != 0 else { throw .leadingZeroInInteger }
        guard bytes.count <= 8 else { throw .integerTooLarge(maxBytes: 8) }
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
