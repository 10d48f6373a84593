import BigInt
import Ethereum

/// Reads the fields of a decoded ABI tuple in order, with typed accessors that fail with an
/// ``ABIError`` naming what was expected.
struct ABIFieldReader {
    private let values: [ABIValue]
    private var index = 0

    init(_ values: [ABIValue]) { self.values = values }

    init(tuple value: ABIValue, count: Int) throws(ABIError) {
        guard let items = value.tupleValue else { throw .typeMismatch(expected: .tuple([]), got: value.description) }
        guard items.count == count else { throw .countMismatch(expected: count, got: items.count) }
        values = items
    }

    mutating func next() throws(ABIError) -> ABIValue {
        guard index < values.count else { throw .countMismatch(expected: index + 1, got: values.count) }
        defer { index += 1 }
        return values[index]
    }

    mutating func address() throws(ABIError) -> Address {
        let v = try next()
        guard let a = v.addressValue else { throw .typeMismatch(expected: .address, got: v.description) }
        return a
    }

    mutating func uint() throws(ABIError) -> BigUInt {
        let v = try next()
        guard let u = v.uintValue else { throw .typeMismatch(expected: .uint256, got: v.description) }
        return u
    }

    mutating func uint32() throws(ABIError) -> UInt32 {
        let u = try uint()
        guard let small = UInt32(exactly: u) else { throw .integerOutOfRange(.uint(32)) }
        return small
    }

    mutating func uint64() throws(ABIError) -> UInt64 {
        let u = try uint()
        guard let small = UInt64(exactly: u) else { throw .integerOutOfRange(.uint(64)) }
        return small
    }

    mutating func bool() throws(ABIError) -> Bool {
        let v = try next()
        guard let b = v.boolValue else { throw .typeMismatch(expected: .bool, got: v.description) }
        return b
    }

    mutating func bytes() throws(ABIError) -> [UInt8] {
        let v = try next()
        guard let b = v.bytesValue else { throw .typeMismatch(expected: .bytes, got: v.description) }
        return b
    }

    mutating func bytes32() throws(ABIError) -> Bytes32 {
        let b = try bytes()
        guard let word = Bytes32(b) else { throw .wrongFixedBytesLength(expected: 32, got: b.count) }
        return word
    }

    mutating func selector() throws(ABIError) -> FunctionSelector {
        let b = try bytes()
        guard let s = FunctionSelector(b) else { throw .wrongFixedBytesLength(expected: 4, got: b.count) }
        return s
    }

    mutating func string() throws(ABIError) -> String {
        let v = try next()
        guard let s = v.stringValue else { throw .typeMismatch(expected: .string, got: v.description) }
        return s
    }

    mutating func array() throws(ABIError) -> [ABIValue] {
        let v = try next()
        guard let items = v.arrayValue else { throw .typeMismatch(expected: .array(.uint256), got: v.description) }
        return items
    }

    mutating func addresses() throws(ABIError) -> [Address] {
        var out: [Address] = []
        for item in try array() {
            guard let a = item.addressValue else { throw .typeMismatch(expected: .address, got: item.description) }
            out.append(a)
        }
        return out
    }

    mutating func uints() throws(ABIError) -> [BigUInt] {
        var out: [BigUInt] = []
        for item in try array() {
            guard let u = item.uintValue else { throw .typeMismatch(expected: .uint256, got: item.description) }
            out.append(u)
        }
        return out
    }
}

/// A Story struct with a fixed ABI tuple layout (field order = Solidity declaration order).
public protocol ABITupleConvertible: Sendable {
    /// The tuple type, e.g. `(string,bytes32,string,bytes32)` for IPMetadata.
    static var abiType: ABIType { get }
    /// The value as an ABI tuple.
    var abiValue: ABIValue { get }
    /// Reads the value from a decoded ABI tuple.
    init(abiValue: ABIValue) throws(ABIError)
}

extension ABITupleConvertible {
    /// `abi.encode(self)`.
    public var abiEncoded: [UInt8] {
        // The type and value are built together, so encoding cannot fail.
        (try? ABI.encode(abiValue, as: Self.abiType)) ?? []
    }
}
