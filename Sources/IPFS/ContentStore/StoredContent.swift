/// What a completed write stored.
public struct StoredContent: Hashable, Sendable, Codable {
    /// The content's CIDv1 (raw leaves, base32): what `ipfs add --cid-version=1` prints.
    public let cid: CID
    /// Size in bytes.
    public let size: Int64
    /// SHA-256 of the bytes, lower-case hex without `0x`.
    public let sha256: String
    /// Media type sniffed from the bytes (see ``MediaTypeSniffer``).
    public let mimeType: String

    /// A stored-content description.
    public init(cid: CID, size: Int64, sha256: String, mimeType: String) {
        self.cid = cid
        self.size = size
        self.sha256 = sha256
        self.mimeType = mimeType
    }
}
