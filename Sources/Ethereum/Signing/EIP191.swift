/// EIP-191 version 0x45 ("personal message") hashing, as `personal_sign` and `eth_sign` use it.
public enum EIP191 {
    /// keccak256("\u{19}Ethereum Signed Message:\n" + decimal byte length + message).
    public static func hash(message: [UInt8]) -> [UInt8] {
        var hasher = Keccak256()
        hasher.update(Array("\u{19}Ethereum Signed Message:\n\(message.count)".utf8))
        hasher.update(message)
        return hasher.finalize()
    }

    /// The personal-message hash of the UTF-8 bytes of `message`.
    public static func hash(message: String) -> [UInt8] {
        hash(message: Array(message.utf8))
    }
}

extension Signature {
    /// The address that signed `message` as an EIP-191 personal message.
    public func recoverPersonalMessageSigner(_ message: [UInt8]) throws(SignatureError) -> Address {
        try recoverAddress(digest: EIP191.hash(message: message))
    }

    /// The address that signed the UTF-8 bytes of `message` as an EIP-191 personal message.
    public func recoverPersonalMessageSigner(_ message: String) throws(SignatureError) -> Address {
        try recoverPersonalMessageSigner(Array(message.utf8))
    }
}
