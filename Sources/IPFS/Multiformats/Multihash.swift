import Crypto
import Foundation

/// A self-describing hash: `varint(code) varint(length) digest`.
public struct Multihash: Hashable, Sendable {
    /// Multicodec code of sha2-256, the only hash `ipfs add` uses by default.
    public static let sha2_256Code: UInt64 = 0x12

    /// The hash function's multicodec code.
    public let code: UInt64
    /// The digest bytes.
    public let digest: [UInt8]

    /// A multihash from its parts.
    public init(code: UInt64, digest: [UInt8]) {
        self.code = code
        self.digest = digest
    }

    /// The sha2-256 multihash of `bytes`.
    public static func sha2_256(_ bytes: some DataProtocol) -> Multihash {
        Multihash(code: sha2_256Code, digest: Array(SHA256.hash(data: bytes)))
    }

    /// A sha2-256 multihash from an already computed digest.
    public static func sha2_256(digest: SHA256Digest) -> Multihash {
        Multihash(code: sha2_256Code, digest: Array(digest))
    }

    /// The binary multihash.
    public var bytes: [UInt8] {
        var bytes = Varint.encode(code)
        Varint.append(UInt64(digest.count), to: &bytes)
        bytes.append(contentsOf: digest)
        return bytes
    }

    /// Reads a multihash at `index`, advancing it past the digest.
    static func read(_ bytes: [UInt8], at index: inout Int) throws(CIDError) -> Multihash {
        let code = try Varint.read(bytes, at: &index)
        let length = try Varint.read(bytes, at: &index)
        guard length <= UInt64(bytes.count - index) else { throw .truncated }
        if code == sha2_256Code && length != 32 { throw .invalidDigestLength(length) }
        let digest = Array(bytes[index..<index + Int(length)])
        index += Int(length)
        return Multihash(code: code, digest: digest)
    }
}

extension SHA256 {
    /// SHA-256 of the bytes at `bytes` (swift-crypto keeps its own buffer-pointer variant internal).
    static func digest(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return hasher.finalize()
    }
}
