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
    private var text = TextValidator()
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
