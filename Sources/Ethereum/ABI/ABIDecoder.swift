import BigInt

/// A strict decoder: every word must be canonically padded, every offset must point forward into
/// the data, and every length must fit in what remains — so hostile input fails with a reason
/// instead of reading out of bounds or allocating without limit.
struct ABIDecoder {
    let data: [UInt8]

    /// Decodes a tuple whose head starts at `base`.
    func decodeTuple(_ types: [ABIType], base: Int) throws(ABIError) -> [ABIValue] {
        let headLength = types.reduce(0) { $0 + $1.headSize }
        try need(base, headLength)
        var values: [ABIValue] = []
        values.reserveCapacity(types.count)
        var cursor = base
        for type in types {
            if type.isDynamic {
                guard let relative = ABIWord.smallInt(data, at: cursor),
                    relative >= headLength, base + relative <= data.count
                else {
                    throw .invalidOffset(offset: cursor, value: String(ABIWord.uint(data, at: cursor)))
                }
                values.append(try decode(type, at: base + relative))
            } else {
                values.append(try decode(type, at: cursor))
            }
            cursor += type.headSize
        }
        return values
    }

    /// Decodes one value whose encoding starts at `offset` (the tail position for dynamic types).
    func decode(_ type: ABIType, at offset: Int) throws(ABIError) -> ABIValue {
        switch type {
        case .uint(let bits):
            try need(offset, 32)
            let value = ABIWord.uint(data, at: offset)
            guard ABIWord.fits(value, bits: bits) else { throw .dirtyPadding(type: type, offset: offset) }
            return .uint(value)
        case .int(let bits):
            try need(offset, 32)
            let value = ABIWord.int(data, at: offset)
            guard ABIWord.fits(value, bits: bits) else { throw .dirtyPadding(type: type, offset: offset) }
            return .int(value)
        case .address:
            try need(offset, 32)
            guard data[offset..<(offset + 12)].allSatisfy({ $0 == 0 }) else {
                throw .dirtyPadding(type: type, offset: offset)
            }
            return .address(Address(unchecked: Array(data[(offset + 12)..<(offset + 32)])))
        case .bool:
            try need(offset, 32)
            guard let v = ABIWord.smallInt(data, at: offset), v <= 1 else {
                throw .dirtyPadding(type: type, offset: offset)
            }
            return .bool(v == 1)
        case .fixedBytes(let n):
            try need(offset, 32)
            guard data[(offset + n)..<(offset + 32)].allSatisfy({ $0 == 0 }) else {
                throw .dirtyPadding(type: type, offset: offset)
            }
            return .fixedBytes(Array(data[offset..<(offset + n)]))
        case .bytes:
            return .bytes(try dynamicBytes(at: offset, type: type))
        case .string:
            let raw = try dynamicBytes(at: offset, type: type)
            // Decoding repairs invalid sequences with U+FFFD, so a round trip detects them.
            let string = String(decoding: raw, as: UTF8.self)
            guard string.utf8.elementsEqual(raw) else { throw .invalidUTF8(offset: offset) }
            return .string(string)
        case .array(let element):
            try need(offset, 32)
            let remaining = data.count - offset - 32
            guard let count = ABIWord.smallInt(data, at: offset), count <= remaining / max(element.headSize, 1) else {
                throw .invalidLength(offset: offset, value: String(ABIWord.uint(data, at: offset)))
            }
            return .array(try decodeTuple(Array(repeating: element, count: count), base: offset + 32))
        case .fixedArray(let element, let count):
            return .array(try decodeTuple(Array(repeating: element, count: count), base: offset))
        case .tuple(let components):
            return .tuple(try decodeTuple(components, base: offset))
        }
    }

    private func dynamicBytes(at offset: Int, type: ABIType) throws(ABIError) -> [UInt8] {
        try need(offset, 32)
        let start = offset + 32
        guard let length = ABIWord.smallInt(data, at: offset), length <= data.count - start else {
            throw .invalidLength(offset: offset, value: String(ABIWord.uint(data, at: offset)))
        }
        let padded = (length + 31) / 32 * 32
        try need(start, padded)
        guard data[(start + length)..<(start + padded)].allSatisfy({ $0 == 0 }) else {
            throw .dirtyPadding(type: type, offset: start + length)
        }
        return Array(data[start..<(start + length)])
    }

    private func need(_ offset: Int, _ count: Int) throws(ABIError) {
        guard offset >= 0, count <= data.count - offset else {
            throw .truncated(offset: offset, needed: count, available: max(0, data.count - offset))
        }
    }
}
