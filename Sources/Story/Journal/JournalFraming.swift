import Crypto

/// Record framing: `"LREC" ‖ u32 bodyLength ‖ 4-byte header check ‖ body ‖ 32-byte chain hash`.
/// The header check (first 4 bytes of SHA-256 of magic and length) tells a torn final record —
/// whose header is intact or whose tail is zeros — from a damaged length in the middle.
enum JournalFraming {
    /// The file starts with these 8 bytes.
    static let fileMagic: [UInt8] = Array("LORELDG1".utf8)
    static let recordMagic: [UInt8] = Array("LREC".utf8)
    static let headerLength = 12
    static let hashLength = 32

    static func headerCheck(_ length: UInt32) -> [UInt8] {
        var w = ByteWriter(capacity: 8)
        w.raw(recordMagic)
        w.u32(length)
        return Array(SHA256.hash(data: w.bytes).prefix(4))
    }

    /// Frames a record whose chain hash is already computed.
    static func frame(body: [UInt8], hash: Bytes32) -> [UInt8] {
        var w = ByteWriter(capacity: body.count + headerLength + hashLength)
        w.raw(recordMagic)
        w.u32(UInt32(body.count))
        w.raw(headerCheck(UInt32(body.count)))
        w.raw(body)
        w.raw(hash.bytes)
        return w.bytes
    }

    /// The body length if `header` (12 bytes) is a valid record header.
    static func bodyLength(ofHeader header: [UInt8]) -> Int? {
        guard header.count == headerLength, Array(header[0..<4]) == recordMagic else { return nil }
        var r = ByteReader(header, position: 4)
        guard let length = try? r.u32(), Array(header[8..<12]) == headerCheck(length) else { return nil }
        return Int(length)
    }
}
