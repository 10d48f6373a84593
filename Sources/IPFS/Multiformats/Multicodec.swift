/// A multicodec content type: what the bytes a CID names are.
public struct Multicodec: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The multicodec code.
    public let rawValue: UInt64

    /// A codec from its code.
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Plain bytes (`raw`, 0x55): a raw leaf, or a whole one-chunk file under CIDv1.
    public static let raw = Multicodec(rawValue: 0x55)
    /// MerkleDAG protobuf (`dag-pb`, 0x70): UnixFS nodes.
    public static let dagPB = Multicodec(rawValue: 0x70)

    public var description: String {
        switch self {
        case .raw: "raw"
        case .dagPB: "dag-pb"
        default: "0x" + String(rawValue, radix: 16)
        }
    }
}
