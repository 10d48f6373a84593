/// The media type of content followed chunk by chunk — the one rule every store records and an
/// upload checks before committing: ``MediaTypeSniffer`` on the first
/// ``MediaTypeSniffer/prefixLength`` bytes, and a type only given to text falls back to
/// ``MediaTypeSniffer/unknown`` when any byte is not text. For a binary format the type is
/// ``settled`` as soon as the prefix is in.
public struct MediaTypeTracker: Sendable {
    private var prefix: [UInt8] = []
    private var size: Int64 = 0
    private var text = TextValidator()
    /// The prefix's type once the prefix is full (more bytes may follow).
    private var prefixType: String?

    public init() {}

    /// Feeds the next bytes of the content.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        size += Int64(bytes.count)
        if prefix.count < MediaTypeSniffer.prefixLength {
            prefix.append(contentsOf: bytes.prefix(MediaTypeSniffer.prefixLength - prefix.count))
            if prefix.count == MediaTypeSniffer.prefixLength {
                prefixType = MediaTypeSniffer.sniff(prefix, isComplete: false)
            }
        }
        // Whether every byte is text only matters while the type may still be a textual one.
        if prefixType.map(MediaTypeSniffer.isTextual) ?? true { text.update(bytes) }
    }

    /// The type when no further byte can change it: a full prefix of a binary format, or a
    /// textual prefix followed by bytes that are not text. Nil while it is still open.
    public var settled: String? {
        guard let prefixType else { return nil }
        if !MediaTypeSniffer.isTextual(prefixType) { return prefixType }
        return text.isText ? nil : MediaTypeSniffer.unknown
    }

    /// The type of the complete content (call when every byte is in).
    public var final: String {
        let type = MediaTypeSniffer.sniff(prefix, isComplete: Int64(prefix.count) == size)
        return MediaTypeSniffer.isTextual(type) && !text.isCompleteText ? MediaTypeSniffer.unknown : type
    }
}
