/// RFC 4648 base32 without padding, the alphabet multibase `b` (lower case) uses.
enum Base32 {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    private static let decodeTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, symbol) in alphabet.enumerated() {
            table[Int(symbol)] = Int8(value)
        }
        return table
    }()

    /// Lower-case base32 of `bytes`, unpadded.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 8 + 4) / 5)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                output.append(alphabet[Int((buffer >> UInt32(bits)) & 0x1f)])
            }
        }
        if bits > 0 {
            output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1f)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes unpadded lower-case base32; nil on a foreign symbol or non-zero trailing bits.
    static func decode(_ text: Substring) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 5 / 8)
        var buffer: UInt32 = 0
        var bits = 0
        for symbol in text.utf8 {
            let value = decodeTable[Int(symbol)]
            guard value >= 0 else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
            buffer &= (1 << UInt32(bits)) - 1
        }
        // Leftover bits must be padding zeros, and fewer than 5 (otherwise a symbol was extra).
        guard bits < 5, buffer == 0 else { return nil }
        return output
    }
}
