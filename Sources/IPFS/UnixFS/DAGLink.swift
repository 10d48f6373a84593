/// A link from a UnixFS file node to a child: the child's CID, the size of the child's whole
/// subtree as stored (dag-pb `Tsize`) and the number of file bytes under it (UnixFS `blocksizes`).
struct DAGLink: Hashable, Sendable {
    let cid: CID
    let cumulativeSize: UInt64
    let fileSize: UInt64
}
