/// Solady's `LibString.escapeJSON` (without quotes), which PILicenseTemplate applies to the terms'
/// `uri` before hashing and CoreMetadataModule applies to URIs before storing: `"` and `\` get a
/// backslash, \b \t \n \f \r their short escapes, other control bytes `\u00XX`; all other bytes
/// (UTF-8 included) pass through.
enum JSONEscape {
    static func escape(_ string: String) -> String {
        let utf8 = Array(string.utf8)
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5c }) else { return string }
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        for c in utf8 {
            switch c {
            case 0x22, 0x5c: out += [0x5c, c]
            case 0x08: out += [0x5c, UInt8(ascii: "b")]
            case 0x09: out += [0x5c, UInt8(ascii: "t")]
            case 0x0a: out += [0x5c, UInt8(ascii: "n")]
            case 0x0c: out += [0x5c, UInt8(ascii: "f")]
            case 0x0d: out += [0x5c, UInt8(ascii: "r")]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(c >> 4)], hex[Int(c & 15)]]
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
