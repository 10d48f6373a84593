/// Hexadecimal encoding and decoding of byte strings, with or without a `0x` prefix.
public enum Hex {
    /// Reasons a string is not valid hex.
    public enum DecodingError: Error, Equatable, CustomStringConvertible {
        case oddLength(Int)
        case invalidCharacter(Character, offset: Int)

        public var description: String {
            switch self {
            case .oddLength(let n): "hex string has an odd number of digits (\(n))"
            case .invalidCharacter(let c, let offset): "invalid hex character '\(c)' at offset \(offset)"
            }
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lower-case hex of `bytes`, prefixed with `0x` unless `prefix` is false.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes, prefix: Bool = true) -> String
    where Bytes.Element == UInt8 {
        var out: [UInt8] = prefix ? [48, 120] : []
        out.reserveCapacity(out.count + bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes hex with an optional `0x`/`0X` prefix; upper and lower case digits are accepted.
    public static func decode(_ string: some StringProtocol) throws(DecodingError) -> [UInt8] {
        var utf8 = Substring(string).utf8[...]
        if utf8.count >= 2, utf8.first == 48, let x = utf8.dropFirst().first, x == 120 || x == 88 {
            utf8 = utf8.dropFirst(2)
        }
        guard utf8.count % 2 == 0 else { throw .oddLength(utf8.count) }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var high: UInt8 = 0
        for (offset, char) in utf8.enumerated() {
            guard let nibble = value(of: char) else {
                throw .invalidCharacter(Character(Unicode.Scalar(char)), offset: offset)
            }
            if offset % 2 == 0 {
                high = nibble << 4
            } else {
                out.append(high | nibble)
            }
        }
        return out
    }

    @inline(__always)
    static func value(of char: UInt8) -> UInt8? {
        switch char {
        case 48...57: char - 48
        case 97...102: char - 87
        case 65...70: char - 55
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Decodes hex (optionally `0x`-prefixed); see ``Hex/decode(_:)``.
    public init(hex: some StringProtocol) throws(Hex.DecodingError) {
        self = try Hex.decode(hex)
    }

    /// `0x`-prefixed lower-case hex.
    public var hexString: String { Hex.encode(self) }
}
