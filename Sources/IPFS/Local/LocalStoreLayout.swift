/// Where the local store keeps things under its directory (the app passes `data/ipfs/`):
///
///     tmp/                          incoming-*.tmp: writes in progress (locked while written)
///     blobs/<shard>/<cid>           the content bytes, named by CIDv1 (written once, atomically)
///     blobs/<shard>/<cid>.leaves    SHA-256 of each 262144-byte chunk (the raw leaves)
///     blobs/<shard>/<cid>.json      the record: size, SHA-256, media type, CIDv0, verified file status
///     aliases/<shard>/<cid>         for the CIDv0 of a file (as CIDv1 dag-pb): the CIDv1 it names
///     quarantine/                   content that failed verification, kept for inspection
///
/// `<shard>` is the two characters before the last of the CID string (kubo flatfs'
/// `next-to-last/2`), so no directory grows past a few thousand entries.
struct LocalStoreLayout: Sendable {
    let root: String

    init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    var temporaryDirectory: String { root + "/tmp" }
    var blobsDirectory: String { root + "/blobs" }
    var aliasesDirectory: String { root + "/aliases" }
    var quarantineDirectory: String { root + "/quarantine" }

    func shardDirectory(_ base: String, _ cid: CID) -> String {
        let name = cid.description
        let shard = name.dropLast().suffix(2)
        return base + "/" + shard
    }

    func contentPath(_ cid: CID) -> String { shardDirectory(blobsDirectory, cid) + "/" + cid.description }
    func leavesPath(_ cid: CID) -> String { contentPath(cid) + ".leaves" }
    func recordPath(_ cid: CID) -> String { contentPath(cid) + ".json" }
    func aliasPath(_ cid: CID) -> String { shardDirectory(aliasesDirectory, cid) + "/" + cid.description }
}
