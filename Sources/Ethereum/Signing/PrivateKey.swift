import CSecp256k1

/// A secp256k1 private key (an Ethereum account key).
///
/// `description` never shows the key itself, so a key that ends up in a log line or an error
/// message does not leak.
public struct PrivateKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The 32 big-endian key bytes. Handle with care.
    public let rawBytes: [UInt8]
    /// The 64-byte uncompressed public key `x‖y` (derived once, when the key is created).
    public let publicKey: [UInt8]

    /// Wraps 32 bytes that libsecp256k1 accepts as a key (0 < key < n).
    public init(bytes: [UInt8]) throws(PrivateKeyError) {
        guard bytes.count == 32 else { throw .wrongLength(bytes.count) }
        let context = Secp256k1Context.shared.raw
        guard secp256k1_ec_seckey_verify(context, bytes) == 1 else { throw .outOfRange }
        var key = secp256k1_pubkey()
        guard secp256k1_ec_pubkey_create(context, &key, bytes) == 1 else { throw .outOfRange }
        rawBytes = bytes
        publicKey = Secp256k1PublicKey.serializeUncompressed(key)
    }

    /// Parses 64 hex digits, with or without `0x`.
    public init(hex: String) throws(PrivateKeyError) {
        guard let bytes = try? Hex.decode(hex) else { throw .notHex }
        try self.init(bytes: bytes)
    }

    /// A fresh key from the system CSPRNG.
    public static func random() -> PrivateKey {
        // A uniformly random 32-byte string is ≥ n with probability about 2⁻¹²⁸; draw again then.
        while true {
            if let key = try? PrivateKey(bytes: SecureRandom.bytes(count: 32)) { return key }
        }
    }

    /// The account address of this key.
    public var address: Address { Address(publicKey: publicKey) }

    /// Signs a 32-byte digest: RFC 6979 deterministic nonce (libsecp256k1's default nonce
    /// function), low-s, with the recovery id Ethereum needs. Precondition: `digest` is 32 bytes.
    public func sign(digest: [UInt8]) -> Signature {
        precondition(digest.count == 32, "a signed digest is 32 bytes")
        let context = Secp256k1Context.shared.raw
        var signature = secp256k1_ecdsa_recoverable_signature()
        let signed = secp256k1_ecdsa_sign_recoverable(context, &signature, digest, rawBytes, nil, nil)
        // Fails only for an invalid key, which `init` excludes.
        precondition(signed == 1, "libsecp256k1 refused to sign with a verified key")
        var compact = [UInt8](repeating: 0, count: 64)
        var recoveryId: Int32 = 0
        _ = secp256k1_ecdsa_recoverable_signature_serialize_compact(context, &compact, &recoveryId, &signature)
        do {
            return try Signature(
                r: Array(compact[0..<32]), s: Array(compact[32..<64]), recoveryId: UInt8(recoveryId))
        } catch {
            // libsecp256k1 always produces 0 < r, s < n with s ≤ n/2.
            preconditionFailure("libsecp256k1 produced a signature outside Ethereum's rules: \(error)")
        }
    }

    /// Signs `message` as an EIP-191 personal message (what `personal_sign` does).
    public func signPersonalMessage(_ message: [UInt8]) -> Signature {
        sign(digest: EIP191.hash(message: message))
    }

    /// Signs the UTF-8 bytes of `message` as an EIP-191 personal message.
    public func signPersonalMessage(_ message: String) -> Signature {
        signPersonalMessage(Array(message.utf8))
    }

    public var description: String { "PrivateKey(address: \(address.checksummed))" }
    public var debugDescription: String { description }
}
