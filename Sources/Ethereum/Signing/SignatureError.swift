/// Why a recoverable ECDSA signature was rejected.
public enum SignatureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not 65 bytes (`r‖s‖v`).
    case wrongLength(Int)
    /// The signature text is not hex.
    case notHex
    /// The recovery byte is none of 27, 28, 0, 1.
    case invalidRecoveryByte(UInt8)
    /// `r` is zero or not below the curve order n.
    case rOutOfRange
    /// `s` is zero or not below the curve order n.
    case sOutOfRange
    /// `s` is above n/2: valid ECDSA, but malleable; Ethereum rejects it since EIP-2.
    case highS
    /// No public key fits the signature and digest (r is not the x coordinate of a curve point).
    case recoveryFailed

    public var description: String {
        switch self {
        case .wrongLength(let count): "a signature is 65 bytes (r, s, v), not \(count)"
        case .notHex: "the signature is not valid hex"
        case .invalidRecoveryByte(let v): "the signature's recovery byte v must be 27, 28, 0 or 1, not \(v)"
        case .rOutOfRange: "the signature's r value is zero or not below the curve order"
        case .sOutOfRange: "the signature's s value is zero or not below the curve order"
        case .highS: "the signature has a high s value (EIP-2 requires s ≤ n/2)"
        case .recoveryFailed: "no public key can be recovered from the signature"
        }
    }
}

/// Why bytes are not a usable secp256k1 private key.
public enum PrivateKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not 32 bytes.
    case wrongLength(Int)
    /// The key text is not hex.
    case notHex
    /// Zero or not below the curve order n.
    case outOfRange

    public var description: String {
        switch self {
        case .wrongLength(let count): "a private key is 32 bytes, not \(count)"
        case .notHex: "the private key is not valid hex"
        case .outOfRange: "the private key is zero or not below the secp256k1 curve order"
        }
    }
}
