import BigInt

/// Solidity ABI encoding (`abi.encode`): a tuple's static parts inline in the head, dynamic parts in
/// the tail, referenced from the head by their offset from the start of the tuple.
enum ABIEncoder {
    static func encodeTuple(_ values: [ABIValue], as types: [ABIType]) throws(ABIError) -> [UInt8] {
        guard values.count == types.count else { throw .countMismatch(expected: types.count, got: values.count) }
        let headLength = types.reduce(0) { $0 + $1.headSize }
        var head: [UInt8] = []
        head.reserveCapacity(headLength)
        var tail: [UInt8] = []
        for (type, value) in zip(types, values) {
            if type.isDynamic {
                head += ABIWord.bytes(ofSmall: headLength + tail.count)
                try encode(value, as: type, into: &tail)
            } else {
                try encode(value, as: type, into: &head)
            }
        }
        return head + tail
    }

    static func encode(_ value: ABIValue, as type: ABIType, into out: inout [UInt8]) throws(ABIError) {
        switch (type, value) {
        case (.uint(let bits), .uint(let v)):
            guard ABIWord.fits(v, bits: bits) else { throw .integerOutOfRange(type) }
            out += ABIWord.bytes(of: v)
        case (.int(let bits), .int(let v)):
            guard ABIWord.fits(v, bits: bits) else { throw .integerOutOfRange(type) }
            out += ABIWord.bytes(of: v)
        case (.address, .address(let a)):
            out += [UInt8](repeating: 0, count: 12)
            out += a.bytes
        case (.bool, .bool(let b)):
            out += ABIWord.bytes(ofSmall: b ? 1 : 0)
        case (.fixedBytes(let n), .fixedBytes(let b)):
            guard b.count == n else { throw .wrongFixedBytesLength(expected: n, got: b.count) }
            out += b
            out += [UInt8](repeating: 0, count: 32 - n)
        case (.bytes, .bytes(let b)):
            appendDynamicBytes(b, into: &out)
        case (.string, .string(let s)):
            appendDynamicBytes(Array(s.utf8), into: &out)
        case (.array(let element), .array(let items)):
            out += ABIWord.bytes(ofSmall: items.count)
            out += try encodeTuple(items, as: Array(repeating: element, count: items.count))
        case (.fixedArray(let element, let count), .array(let items)):
            guard items.count == count else { throw .wrongArrayLength(expected: count, got: items.count) }
            out += try encodeTuple(items, as: Array(repeating: element, count: count))
        case (.tuple(let components), .tuple(let items)):
            out += try encodeTuple(items, as: components)
        default:
            throw .typeMismatch(expected: type, got: value.shapeName)
        }
    }

    private static func appendDynamicBytes(_ bytes: [UInt8], into out: inout [UInt8]) {
        out += ABIWord.bytes(ofSmall: bytes.count)
        out += bytes
        let padding = (32 - bytes.count % 32) % 32
        out += [UInt8](repeating: 0, count: padding)
    }
}
