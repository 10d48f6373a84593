/// Bitcoin's base58 alphabet, which multibase `z` (base58btc) and CIDv0 strings use.
enum Base58 {
    private static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

    private static let decodeTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, symbol) in alphabet.enumerated() {
            table[Int(symbol)] = Int8(value)
        }
        return table
    }()

    /// Base58btc of `bytes`; each leading zero byte becomes a leading `1`.
    static func encode(_ bytes: [UInt8]) -> String {
        let zeros = bytes.prefix { $0 == 0 }.count
        // Base-58 digits, least significant first (CIDs are short: quadratic is fine).
        var digits: [UInt8] = []
        for byte in bytes.dropFirst(zeros) {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let symbols = [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: symbols, as: UTF8.self)
    }

    /// Decodes base58btc; nil on a symbol outside the alphabet.
    static func decode(_ text: Substring) -> [UInt8]? {
        let zeros = text.utf8.prefix { $0 == alphabet[0] }.count
        var bytes: [UInt8] = []  // least significant first
        for symbol in text.utf8.dropFirst(zeros) {
            let value = decodeTable[Int(symbol)]
            guard value >= 0 else { return nil }
            var carry = Int(value)
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xff)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xff))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: zeros) + bytes.reversed()
    }
}
