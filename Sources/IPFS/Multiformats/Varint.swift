/// Unsigned LEB128 varints, as multiformats and protobuf use them.
enum Varint {
    /// Appends `value` in unsigned LEB128 (7 bits per byte, low groups first).
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// The encoding of `value`.
    static func encode(_ value: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return bytes
    }

    /// Number of bytes `value` takes when encoded.
    static func encodedLength(_ value: UInt64) -> Int {
        var length = 1
        var value = value >> 7
        while value != 0 {
            length += 1
            value >>= 7
        }
        return length
    }

    /// Reads a varint at `index`, advancing it. Rejects overlong (non-minimal) encodings and
    /// values over 63 bits, as the multiformats unsigned-varint spec requires.
    static func read(_ array: [UInt8], at index: inout Int) throws(CIDError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < array.count else { throw .truncated }
            let byte = array[index]
            index += 1
            guard shift < 63 else { throw .varintTooLong }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 { throw .nonMinimalVarint }
                return result
            }
            shift += 7
        }
    }
}
