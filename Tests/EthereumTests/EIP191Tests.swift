import Ethereum
import Testing

@Suite("EIP-191 personal messages")
struct EIP191Tests {
    @Test func hashPrefixesTheDecimalLength() {
        let message = Array("hello".utf8)
        let manual = Keccak256.hash(Array("\u{19}Ethereum Signed Message:\n5hello".utf8))
        #expect(EIP191.hash(message: message) == manual)
        #expect(EIP191.hash(message: "hello") == manual)
        // Multi-digit lengths are written in decimal, not as a byte.
        let long = [UInt8](repeating: 0x61, count: 300)
        #expect(EIP191.hash(message: long) == Keccak256.hash(Array("\u{19}Ethereum Signed Message:\n300".utf8) + long))
        // Multi-byte UTF-8 counts bytes, not characters.
        #expect(EIP191.hash(message: "é") == Keccak256.hash(Array("\u{19}Ethereum Signed Message:\n2é".utf8)))
    }

    @Test func signAndRecoverPersonalMessage() throws {
        let key = PrivateKey.random()
        let signature = key.signPersonalMessage("Sign in to Lore")
        #expect(try signature.recoverPersonalMessageSigner("Sign in to Lore") == key.address)
        #expect(try signature.recoverPersonalMessageSigner(Array("Sign in to Lore".utf8)) == key.address)
        // A personal-message signature is not a signature of the raw keccak of the message.
        #expect(try signature.recoverAddress(digest: Keccak256.hash("Sign in to Lore")) != key.address)
    }

    @Test func tamperedMessageRecoversAnotherAddress() throws {
        let key = PrivateKey.random()
        let signature = key.signPersonalMessage("Nonce: 12345678")
        #expect(try signature.recoverPersonalMessageSigner("Nonce: 12345679") != key.address)
    }
}
