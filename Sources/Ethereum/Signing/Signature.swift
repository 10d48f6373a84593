import CSecp256k1

/// A recoverable secp256k1 ECDSA signature as Ethereum uses it: `r`, `s` and a recovery id.
///
/// Lore's policy (DECISIONS.md "Signatures"): `v` may be 27/28 or 0/1 on input and is always
/// 27/28 on output; high-s signatures are rejected (EIP-2), so every accepted signature has
/// exactly one encoding.
public struct Signature: Hashable, Sendable, CustomStringConvertible {
    /// 32-byte big-endian `r`.
    public let r: [UInt8]
    /// 32-byte big-endian `s`, at most n/2.
    public let s: [UInt8]
    /// 0 or 1: the parity of the nonce point's y coordinate.
    public let recoveryId: UInt8

    /// Validates the parts: 32-byte `r` and `s` with 0 < r < n and 0 < s ≤ n/2, recovery id 0 or 1.
    public init(r: [UInt8], s: [UInt8], recoveryId: UInt8) throws(SignatureError) {
        guard r.count == 32, s.count == 32 else { throw .wrongLength(r.count + s.count + 1) }
        guard recoveryId <= 1 else { throw .invalidRecoveryByte(recoveryId) }
        guard !Secp256k1Order.isZero(r), Secp256k1Order.isBelowOrder(r) else { throw .rOutOfRange }
        guard !Secp256k1Order.isZero(s), Secp256k1Order.isBelowOrder(s) else { throw .sOutOfRange }
        guard Secp256k1Order.isAtMostHalfOrder(s) else { throw .highS }
        self.r = r
        self.s = s
        self.recoveryId = recoveryId
    }

    /// Parses 65 bytes `r‖s‖v`, with v ∈ {27, 28, 0, 1}.
    public init(bytes: [UInt8]) throws(SignatureError) {
        guard bytes.count == 65 else { throw .wrongLength(bytes.count) }
        let recoveryId: UInt8
        switch bytes[64] {
        case 0, 1: recoveryId = bytes[64]
        case 27, 28: recoveryId = bytes[64] - 27
        default: throw .invalidRecoveryByte(bytes[64])
        }
        try self.init(r: Array(bytes[0..<32]), s: Array(bytes[32..<64]), recoveryId: recoveryId)
    }

    /// Parses `0x`-prefixed (or bare) hex of 65 bytes `r‖s‖v`.
    public init(hex: String) throws(SignatureError) {
        guard let bytes = try? Hex.decode(hex) else { throw .notHex }
        try self.init(bytes: bytes)
    }

    /// 27 or 28, the `v` of `eth_sign` / `personal_sign`.
    public var v: UInt8 { 27 + recoveryId }

    /// 65 bytes `r‖s‖v` with v = 27/28.
    public var bytes: [UInt8] { r + s + [v] }

    /// `0x` + 130 hex digits of ``bytes``.
    public var hex: String { Hex.encode(bytes) }

    public var description: String { hex }

    /// The 64-byte uncompressed public key (`x‖y`) that produced this signature over `digest`.
    /// Precondition: `digest` is 32 bytes.
    public func recoverPublicKey(digest: [UInt8]) throws(SignatureError) -> [UInt8] {
        precondition(digest.count == 32, "a signed digest is 32 bytes")
        let context = Secp256k1Context.shared.raw
        var signature = secp256k1_ecdsa_recoverable_signature()
        let compact = r + s
        guard
            secp256k1_ecdsa_recoverable_signature_parse_compact(
                context, &signature, compact, Int32(recoveryId)) == 1
        else { throw .rOutOfRange }  // unreachable after init's range checks; kept as a guard
        var publicKey = secp256k1_pubkey()
        guard secp256k1_ecdsa_recover(context, &publicKey, &signature, digest) == 1 else {
            throw .recoveryFailed
        }
        return Secp256k1PublicKey.serializeUncompressed(publicKey)
    }

    /// The address whose key produced this signature over `digest`.
    public func recoverAddress(digest: [UInt8]) throws(SignatureError) -> Address {
        Address(publicKey: try recoverPublicKey(digest: digest))
    }
}

/// Serialisation of libsecp256k1 public keys.
enum Secp256k1PublicKey {
    /// `x‖y` (64 bytes, without the `0x04` prefix).
    static func serializeUncompressed(_ key: secp256k1_pubkey) -> [UInt8] {
        var key = key
        var output = [UInt8](repeating: 0, count: 65)
        var length = 65
        let ok = secp256k1_ec_pubkey_serialize(
            Secp256k1Context.shared.raw, &output, &length, &key, UInt32(SECP256K1_EC_UNCOMPRESSED))
        precondition(ok == 1 && length == 65, "libsecp256k1 always serialises a parsed key")
        return Array(output[1...])
    }
}
