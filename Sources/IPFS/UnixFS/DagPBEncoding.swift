/// The few dag-pb / UnixFS protobuf encodings `ipfs add` produces for a file, byte for byte as
/// kubo (boxo) writes them. Protobuf tags used: PBNode.Data = 1 (0x0a), PBNode.Links = 2 (0x12);
/// PBLink.Hash = 1 (0x0a), Name = 2 (0x12), Tsize = 3 (0x18); UnixFS Data.Type = 1 (0x08),
/// Data = 2 (0x12), filesize = 3 (0x18), blocksizes = 4 (0x20, repeated, not packed).
enum DagPBEncoding {
    /// UnixFS `DataType.File`: kubo marks leaves and internal nodes of a file as File (not Raw).
    private static let fileType: UInt64 = 2

    /// The bytes around a chunk in a dag-pb leaf:
    /// `PBNode{Data: UnixFS{Type: File, Data: chunk, filesize: len}}`. An empty chunk has no
    /// UnixFS Data field at all (the empty-file block is `0a 04 08 02 18 00`).
    static func leafFraming(chunkLength: Int) -> (prefix: [UInt8], suffix: [UInt8]) {
        let length = UInt64(chunkLength)
        var unixFSHead: [UInt8] = [0x08, UInt8(fileType)]
        if chunkLength > 0 {
            unixFSHead.append(0x12)
            Varint.append(length, to: &unixFSHead)
        }
        var suffix: [UInt8] = [0x18]
        Varint.append(length, to: &suffix)
        let unixFSLength = unixFSHead.count + chunkLength + suffix.count
        var prefix: [UInt8] = [0x0a]
        Varint.append(UInt64(unixFSLength), to: &prefix)
        prefix.append(contentsOf: unixFSHead)
        return (prefix, suffix)
    }

    /// An internal file node: `PBNode{Links: [...], Data: UnixFS{Type: File, filesize, blocksizes}}`.
    /// dag-pb's canonical form writes Links (field 2) before Data (field 1); every link carries
    /// an empty Name, which kubo encodes as a present zero-length field (`12 00`).
    static func internalNode(links: [DAGLink]) -> [UInt8] {
        var node: [UInt8] = []
        node.reserveCapacity(links.count * 48 + 16 + links.count * 4)
        var fileSize: UInt64 = 0
        for link in links {
            let cidBytes = link.cid.bytes
            var body: [UInt8] = [0x0a]
            Varint.append(UInt64(cidBytes.count), to: &body)
            body.append(contentsOf: cidBytes)
            body.append(contentsOf: [0x12, 0x00, 0x18])
            Varint.append(link.cumulativeSize, to: &body)
            node.append(0x12)
            Varint.append(UInt64(body.count), to: &node)
            node.append(contentsOf: body)
            fileSize += link.fileSize
        }
        var unixFS: [UInt8] = [0x08, UInt8(fileType), 0x18]
        Varint.append(fileSize, to: &unixFS)
        for link in links {
            unixFS.append(0x20)
            Varint.append(link.fileSize, to: &unixFS)
        }
        node.append(0x0a)
        Varint.append(UInt64(unixFS.count), to: &node)
        node.append(contentsOf: unixFS)
        return node
    }
}
