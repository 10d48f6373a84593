/// How ``UnixFSImporter`` lays a file out: the settings `ipfs add` exposes.
public struct UnixFSImportOptions: Hashable, Sendable {
    /// Version of the dag-pb node CIDs (raw leaves are always CIDv1).
    public var cidVersion: CID.Version
    /// Leaves as raw blocks (codec raw) instead of UnixFS dag-pb nodes.
    public var rawLeaves: Bool
    /// Fixed chunk size in bytes.
    public var chunkSize: Int
    /// Most links an internal node may have.
    public var maxLinks: Int

    /// Explicit settings.
    public init(cidVersion: CID.Version, rawLeaves: Bool, chunkSize: Int = 262_144, maxLinks: Int = 174) {
        precondition(chunkSize > 0 && maxLinks >= 2, "chunks must hold bytes and nodes at least two links")
        self.cidVersion = cidVersion
        self.rawLeaves = rawLeaves
        self.chunkSize = chunkSize
        self.maxLinks = maxLinks
    }

    /// `ipfs add --cid-version=1` with kubo's defaults (raw leaves implied): what Lore names
    /// content by (`bafkrei…` for one chunk, `bafybei…` above).
    public static let cidV1 = UnixFSImportOptions(cidVersion: .v1, rawLeaves: true)
    /// Plain `ipfs add`: CIDv0 (`Qm…`) with dag-pb leaves.
    public static let cidV0 = UnixFSImportOptions(cidVersion: .v0, rawLeaves: false)
    /// kubo's opt-in `unixfs-v1-2025` profile (IPIP-499): CIDv1, raw leaves, 1 MiB chunks, 1024 links.
    public static let unixfsV1_2025 = UnixFSImportOptions(
        cidVersion: .v1, rawLeaves: true, chunkSize: 1_048_576, maxLinks: 1024)
}
