/// Stored content opened for reading: what `GET /ipfs/{cid}` needs to answer, including
/// `Range` requests.
public struct StoredObject: Sendable {
    /// The content's CID: for the local store the canonical CIDv1 (raw leaves), also when the
    /// object was opened by its CIDv0; through a gateway, the CID it was opened by.
    public let cid: CID
    /// Size in bytes.
    public let size: Int64
    /// Media type sniffed from the bytes.
    public let mimeType: String
    /// SHA-256 (lower-case hex) when the store knows it without reading the content.
    public let sha256: String?
    /// The verified file holding the bytes, for stores that keep content in a local file
    /// (lets the app use its own file streaming). Reading through ``chunks(in:)`` instead also
    /// checks every chunk against the CID while serving.
    public let filePath: String?
    private let reader: @Sendable (Range<Int64>) -> ByteChunks

    /// An opened object; `reader` produces the chunks of a byte range within `0..<size`.
    public init(
        cid: CID, size: Int64, mimeType: String, sha256: String?, filePath: String?,
        reader: @escaping @Sendable (Range<Int64>) -> ByteChunks
    ) {
        self.cid = cid
        self.size = size
        self.mimeType = mimeType
        self.sha256 = sha256
        self.filePath = filePath
        self.reader = reader
    }

    /// The bytes of `range`, clamped to the content, as chunks read on demand.
    public func chunks(in range: Range<Int64>) -> ByteChunks {
        let lower = min(max(range.lowerBound, 0), size)
        let upper = min(max(range.upperBound, lower), size)
        return reader(lower..<upper)
    }

    /// All the bytes, as chunks read on demand.
    public func chunks() -> ByteChunks {
        reader(0..<size)
    }
}
