import IPFS
import NIOCore

/// Follows an upload's bytes to know the media type the content store will record before the
/// write is committed, so a refused type is refused before anything is stored — and, for
/// binary formats, as soon as the first 8 KiB are in rather than after the whole file.
///
/// It applies the store's own rule (IPFS's `ContentDigester`): `MediaTypeSniffer` on the first
/// ``MediaTypeSniffer/prefixLength`` bytes, and a type only given to text falls back to
/// `application/octet-stream` when any later byte is not text. The store's answer stays
/// authoritative; the upload checks it again after committing.
struct UploadMediaType {
    private var prefix: [UInt8] = []
    private var size: Int64 = 0
    private var text = TextBytesCheck()
    /// The prefix's type once the prefix is full (more bytes may follow).
    private var prefixType: String?

    /// Feeds the next bytes of the file.
    mutating func update(_ bytes: ByteBuffer) {
        size += Int64(bytes.readableBytes)
        if prefix.count < MediaTypeSniffer.prefixLength {
            prefix.append(contentsOf: bytes.readableBytesView.prefix(MediaTypeSniffer.prefixLength - prefix.count))
            if prefix.count == MediaTypeSniffer.prefixLength {
                prefixType = MediaTypeSniffer.sniff(prefix, isComplete: false)
            }
        }
        // Whether every byte is text only matters while the type may still be a textual one.
        if prefixType.map(MediaTypeSniffer.isTextual) ?? true {
            bytes.withUnsafeReadableBytes { text.update($0) }
        }
    }

    /// The type when no further byte can change it: a full prefix of a binary format, or a
    /// textual prefix followed by bytes that are not text. Nil while it is still open.
    var settled: String? {
        guard let prefixType else { return nil }
        if !MediaTypeSniffer.isTextual(prefixType) { return prefixType }
        return text.isText ? nil : MediaTypeSniffer.unknown
    }

    /// The type of the complete file (call when every byte is in).
    var final: String {
        let type = MediaTypeSniffer.sniff(prefix, isComplete: Int64(prefix.count) == size)
        return MediaTypeSniffer.isTextual(type) && !text.isCompleteText ? MediaTypeSniffer.unknown : type
    }
}

/// Whether bytes are UTF-8 text: well-formed UTF-8 (no overlong forms, surrogates or code
/// points past U+10FFFF) and no control characters but tab, line feed, form feed and carriage
/// return. The IPFS module's store applies this same rule (its `TextValidator`, internal there),
/// and ``UploadMediaType`` must agree with it.
struct TextBytesCheck {
    private(set) var isText = true
    private var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xbf

    /// True when everything fed was text and no multi-byte sequence is left open.
    var isCompleteText: Bool { isText && pending == 0 }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard isText else { return }
        for byte in bytes where !accept(byte) {
            isText = false
            return
        }
    }

    private mutating func accept(_ byte: UInt8) -> Bool {
        if pending > 0 {
            guard byte >= lower && byte <= upper else { return false }
            pending -= 1
            lower = 0x80
            upper = 0xbf
            return true
        }
        switch byte {
        case 0x09, 0x0a, 0x0c, 0x0d, 0x20...0x7e: return true
        case 0x7f, 0x00...0x1f: return false
        case 0xc2...0xdf: pending = 1
        case 0xe0:
            pending = 2
            lower = 0xa0
        case 0xe1...0xec, 0xee...0xef: pending = 2
        case 0xed:
            pending = 2
            upper = 0x9f
        case 0xf0:
            pending = 3
            lower = 0x90
        case 0xf1...0xf3: pending = 3
        case 0xf4:
            pending = 3
            upper = 0x8f
        default: return false
        }
        return true
    }
}
