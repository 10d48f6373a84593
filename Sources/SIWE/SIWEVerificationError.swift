import Ethereum

/// Why a well-formed message was not accepted (DECISIONS.md "Sign-in": a 401 with a specific
/// `detail`, which is this error's description).
public enum SIWEVerificationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The verification time is at or after the message's `Expiration Time`.
    case expired
    /// The verification time is before the message's `Not Before`.
    case notYetValid
    case domainMismatch(expected: String, found: String)
    case uriMismatch(expected: String, found: String)
    /// The message's nonce is not the one the server issued.
    case nonceMismatch
    case chainIdNotAccepted(Int)
    /// The signature is malformed: wrong length, not hex, bad `v`, r or s out of range, or no
    /// key recoverable from it.
    case malformedSignature(SignatureError)
    /// The signature has a high s value (EIP-2): a malleated form Lore refuses.
    case highSSignature
    /// The signature is valid but was made by another account than the message's `address`.
    case signerMismatch(recovered: Address)

    public var description: String {
        switch self {
        case .expired: "the sign-in message has expired"
        case .notYetValid: "the sign-in message is not valid yet (its Not Before time is in the future)"
        case .domainMismatch(let expected, let found): "the message is for domain \(found), not \(expected)"
        case .uriMismatch(let expected, let found): "the message is for URI \(found), not \(expected)"
        case .nonceMismatch: "the message's nonce is not the one issued for this sign-in"
        case .chainIdNotAccepted(let chainId): "chain ID \(chainId) is not accepted"
        case .malformedSignature(let reason): "the signature is malformed: \(reason)"
        case .highSSignature: "the signature has a high s value, which EIP-2 forbids"
        case .signerMismatch(let recovered): "the message was signed by \(recovered.checksummed), not by its address"
        }
    }
}
