extension RLP {
    /// Lists nested deeper than this are rejected, so hostile input cannot exhaust the stack.
    public static let maxDepth = 256

    /// The canonical encoding.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        encode(into: &out)
        return out
    }

    private func encode(into out: inout [UInt8]) {
        switch self {
        case .bytes(let bytes):
            if bytes.count == 1, bytes[0] < 0x80 {
                out.append(bytes[0])
            } else {
                Self.appendHeader(length: bytes.count, shortBase: 0x80, into: &out)
                out += bytes
            }
        case .list(let items):
            var payload: [UInt8] = []
            for item in items { item.encode(into: &payload) }
            Self.appendHeader(length: payload.count, shortBase: 0xc0, into: &out)
            out += payload
        }
    }

    /// `base + length` below 56 bytes, else `base + 55 + n` followed by the n-byte length.
    private static func appendHeader(length: Int, shortBase: UInt8, into out: inout [UInt8]) {
        if length < 56 {
            out.append(shortBase + UInt8(length))
        } else {
            guard case .bytes(let lengthBytes) = RLP.uint(UInt64(length)) else { return }
            out.append(shortBase + 55 + UInt8(lengthBytes.count))
            out += lengthBytes
        }
    }

    /// Decodes exactly one item spanning all of `bytes`, rejecting every non-canonical form.
    public static func decode(_ bytes: [UInt8]) throws(RLPError) -> RLP {
        guard !bytes.isEmpty else { throw .empty }
        var decoder = RLPDecoder(bytes: bytes)
        let item = try decoder.item(depth: 0)
        guard decoder.offset == bytes.count else { throw .trailingBytes(bytes.count - decoder.offset) }
        return item
    }
}

/// A cursor over RLP input.
private struct RLPDecoder {
    let bytes: [UInt8]
    var offset = 0

    mutating func item(depth: Int) throws(RLPError) -> RLP {
        guard depth <= RLP.maxDepth else { throw .tooDeep }
        guard offset < bytes.count else { throw .truncated }
        let prefix = bytes[offset]
        offset += 1
        switch prefix {
        case 0x00...0x7f:
            return .bytes([prefix])
        case 0x80...0xbf:
            let length = try self.length(prefix: prefix, shortBase: 0x80)
            let payload = try take(length)
            if length == 1, payload[0] < 0x80 { throw .nonCanonicalSingleByte }
            return .bytes(payload)
        default:
            let length = try self.length(prefix: prefix, shortBase: 0xc0)
            guard length <= bytes.count - offset else { throw .truncated }
            let end = offset + length
            var items: [RLP] = []
            while offset < end {
                items.append(try item(depth: depth + 1))
            }
            // An item that ran past the list's declared end means the length was wrong.
            guard offset == end else { throw .truncated }
            return .list(items)
        }
    }

    /// The payload length after a string (`shortBase` 0x80) or list (0xc0) prefix.
    private mutating func length(prefix: UInt8, shortBase: UInt8) throws(RLPError) -> Int {
        let short = Int(prefix - shortBase)
        if short < 56 { return short }
        let lengthOfLength = short - 55
        let lengthBytes = try take(lengthOfLength)
        guard lengthBytes[0] != 0 else { throw .leadingZeroInLength }
        guard lengthOfLength <= 8 else { throw .lengthTooLarge }
        let length = lengthBytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length <= UInt64(Int.max) else { throw .lengthTooLarge }
        guard length >= 56 else { throw .nonCanonicalLength }
        return Int(length)
    }

    private mutating func take(_ count: Int) throws(RLPError) -> [UInt8] {
        guard count <= bytes.count - offset else { throw .truncated }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }
}
