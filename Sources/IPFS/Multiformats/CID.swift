/// A content identifier (https://github.com/multiformats/cid): version, codec and multihash.
///
/// Two CIDs are equal when their binary forms are, whatever base their strings used; a CIDv0
/// and its CIDv1 re-encoding are different values (see ``v1``). Codable as its string.
public struct CID: Hashable, Sendable {
    /// The CID version.
    public enum Version: UInt64, Sendable {
        /// `Qm…`: a bare base58btc sha2-256 multihash of a dag-pb node (what `ipfs add` prints by default).
        case v0 = 0
        /// `varint(1) varint(codec) multihash`, printed in base32 (`bafy…`, `bafk…`).
        case v1 = 1
    }

    /// The CID version.
    public let version: Version
    /// What the named bytes are (always dag-pb for v0).
    public let codec: Multicodec
    /// The hash of the named bytes.
    public let multihash: Multihash

    /// A CIDv1.
    public init(v1 codec: Multicodec, multihash: Multihash) {
        self.version = .v1
        self.codec = codec
        self.multihash = multihash
    }

    /// A CIDv0: only a sha2-256 multihash of a dag-pb node can be one.
    public init(v0 multihash: Multihash) throws(CIDError) {
        guard multihash.code == Multihash.sha2_256Code, multihash.digest.count == 32 else { throw .invalidCIDv0 }
        self.version = .v0
        self.codec = .dagPB
        self.multihash = multihash
    }

    /// Parses a CID string: a CIDv0 (`Qm…`, 46 base58btc characters) or a multibase CIDv1
    /// (base32 `b…`/`B…` or base58btc `z…`).
    public init(parsing text: String) throws(CIDError) {
        if text.utf8.count == 46 && text.hasPrefix("Qm") {
            guard let bytes = Base58.decode(Substring(text)) else { throw .invalidEncoding(base: "base58btc") }
            try self.init(bytes: bytes)
            guard version == .v0 else { throw .invalidCIDv0 }
            return
        }
        let (_, bytes) = try Multibase.decode(text)
        try self.init(bytes: bytes)
        // A multibase string must carry a CIDv1; CIDv0 is only ever bare base58btc.
        guard version == .v1 else { throw .invalidCIDv0 }
    }

    /// Decodes the binary form: a bare sha2-256 multihash (v0) or `varint(1) varint(codec) multihash`.
    public init(bytes: [UInt8]) throws(CIDError) {
        guard !bytes.isEmpty else { throw .empty }
        var index = 0
        if bytes.count == 34 && bytes[0] == 0x12 && bytes[1] == 0x20 {
            let multihash = try Multihash.read(bytes, at: &index)
            try self.init(v0: multihash)
            return
        }
        let version = try Varint.read(bytes, at: &index)
        guard version == 1 else { throw .unsupportedVersion(version) }
        let codec = try Varint.read(bytes, at: &index)
        let multihash = try Multihash.read(bytes, at: &index)
        guard index == bytes.count else { throw .trailingBytes }
        self.init(v1: Multicodec(rawValue: codec), multihash: multihash)
    }

    /// The binary form (v0: the multihash alone).
    public var bytes: [UInt8] {
        switch version {
        case .v0:
            return multihash.bytes
        case .v1:
            var bytes = Varint.encode(Version.v1.rawValue)
            Varint.append(codec.rawValue, to: &bytes)
            bytes.append(contentsOf: multihash.bytes)
            return bytes
        }
    }

    /// The same content address as a CIDv1. For a CIDv0 this names the same dag-pb root
    /// (what `ipfs cid base32` prints); it is *not* what `ipfs add --cid-version=1` would
    /// produce for the same file, which builds a different DAG with raw leaves.
    public var v1: CID {
        CID(v1: codec, multihash: multihash)
    }

    /// The string form in `base`. A CIDv0 has only one form (bare base58btc), whatever `base` says.
    public func string(base: Multibase) -> String {
        switch version {
        case .v0: Base58.encode(bytes)
        case .v1: base.encode(bytes)
        }
    }
}

extension CID: LosslessStringConvertible {
    /// Parses a CID string; nil when it is not one (see ``init(parsing:)`` for the reason).
    public init?(_ description: String) {
        guard let cid = try? CID(parsing: description) else { return nil }
        self = cid
    }

    /// The canonical string: base58btc `Qm…` for v0, base32 for v1.
    public var description: String {
        string(base: .base32)
    }
}

extension CID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
