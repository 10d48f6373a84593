import BigInt

/// Conversions between integers and 32-byte big-endian ABI words.
enum ABIWord {
    /// 2^256 − 1 never needs more than four 64-bit words.
    static func bytes(of value: BigUInt) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var index = 31
        for word in value.words {
            var w = UInt64(word)
            for _ in 0..<8 where index >= 0 {
                out[index] = UInt8(truncatingIfNeeded: w)
                w >>= 8
                index -= 1
            }
        }
        return out
    }

    /// Reads a big-endian unsigned integer from `data[offset..<offset+32]`.
    static func uint(_ data: [UInt8], at offset: Int) -> BigUInt {
        var words = [BigUInt.Word](repeating: 0, count: 4)
        for i in 0..<4 {
            var w: UInt64 = 0
            let start = offset + (3 - i) * 8
            for b in 0..<8 { w = (w << 8) | UInt64(data[start + b]) }
            words[i] = BigUInt.Word(w)
        }
        return BigUInt(words: words)
    }

    /// Two's complement word of a signed integer (`value` must fit in 256 bits).
    static func bytes(of value: BigInt) -> [UInt8] {
        if value.sign == .plus || value.magnitude == 0 { return bytes(of: value.magnitude) }
        let modulus = BigUInt(1) << 256
        return bytes(of: modulus - value.magnitude)
    }

    /// Reads a 256-bit two's complement integer.
    static func int(_ data: [UInt8], at offset: Int) -> BigInt {
        let raw = uint(data, at: offset)
        if data[offset] & 0x80 == 0 { return BigInt(raw) }
        return BigInt(raw) - (BigInt(1) << 256)
    }

    /// True when `value` fits in `uintN` (BigUInt.bitWidth is the minimal width).
    static func fits(_ value: BigUInt, bits: Int) -> Bool { value.bitWidth <= bits }

    /// True when `value` fits in `intN`.
    static func fits(_ value: BigInt, bits: Int) -> Bool {
        let limit = BigInt(1) << (bits - 1)
        return value >= -limit && value < limit
    }

    /// Reads a word as a small non-negative Int (offsets, lengths); nil when it does not fit.
    static func smallInt(_ data: [UInt8], at offset: Int) -> Int? {
        for i in offset..<(offset + 24) where data[i] != 0 { return nil }
        var v: UInt64 = 0
        for i in (offset + 24)..<(offset + 32) { v = (v << 8) | UInt64(data[i]) }
        return v <= UInt64(Int32.max) ? Int(v) : nil
    }

    static func bytes(ofSmall value: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var v = UInt64(value)
        var i = 31
        while v > 0 {
            out[i] = UInt8(truncatingIfNeeded: v)
            v >>= 8
            i -= 1
        }
        return out
    }
}
