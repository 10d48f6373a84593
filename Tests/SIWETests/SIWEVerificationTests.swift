import Ethereum
import Foundation
import SIWE
import Testing

@Suite("SIWE: validation and verification")
struct SIWEVerificationTests {
    private let key = PrivateKey.random()

    @Test func signedMessageVerifies() throws {
        let message = try SIWEFixture.message(for: key)
        let signature = key.signPersonalMessage(message.text)
        let signer = try message.verify(
            signature: signature.hex, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
        #expect(signer == key.address)
        #expect(
            try message.verify(
                signature: signature.bytes, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
                == key.address)
        // A parsed copy of the text verifies the same way.
        let parsed = try SIWEMessage(parsing: message.text)
        #expect(
            try parsed.verify(signature: signature.hex, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
                == key.address)
    }

    @Test func recoveryByteZeroOrOneIsAccepted() throws {
        let message = try SIWEFixture.message(for: key)
        var bytes = key.signPersonalMessage(message.text).bytes
        bytes[64] -= 27
        #expect(
            try message.verify(signature: bytes, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
                == key.address)
    }

    @Test func timeWindow() throws {
        let notBefore = SIWETimestamp(SIWEFixture.issuedAt.date.addingTimeInterval(60))
        let message = try SIWEFixture.message(for: key, notBefore: notBefore)
        let expectations = SIWEFixture.expectations()
        #expect(throws: SIWEVerificationError.notYetValid) {
            try message.validate(expectations, at: notBefore.date.addingTimeInterval(-0.001))
        }
        try message.validate(expectations, at: notBefore.date)  // Not Before is inclusive
        try message.validate(expectations, at: SIWEFixture.expiresAt.date.addingTimeInterval(-0.001))
        #expect(throws: SIWEVerificationError.expired) {
            try message.validate(expectations, at: SIWEFixture.expiresAt.date)  // Expiration is exclusive
        }
    }

    @Test func relyingPartyMismatches() throws {
        let message = try SIWEFixture.message(for: key)
        let now = SIWEFixture.now
        var expectations = SIWEFixture.expectations()
        expectations.domain = "evil.example"
        #expect(throws: SIWEVerificationError.domainMismatch(expected: "evil.example", found: "lore.example")) {
            try message.validate(expectations, at: now)
        }
        expectations = SIWEFixture.expectations()
        expectations.uri = "https://lore.example/other"
        #expect(
            throws: SIWEVerificationError.uriMismatch(
                expected: "https://lore.example/other", found: "https://lore.example")
        ) {
            try message.validate(expectations, at: now)
        }
        #expect(throws: SIWEVerificationError.nonceMismatch) {
            try message.validate(SIWEFixture.expectations(nonce: "zzzzzzzz"), at: now)
        }
        #expect(throws: SIWEVerificationError.chainIdNotAccepted(1315)) {
            try message.validate(SIWEFixture.expectations(chainIds: [1, 31337]), at: now)
        }
        // Optional expectations left out are not checked.
        try message.validate(SIWEExpectations(domain: "lore.example"), at: now)
    }

    @Test func tamperedMessageIsSignedBySomeoneElse() throws {
        let message = try SIWEFixture.message(for: key)
        let signature = key.signPersonalMessage(message.text)
        let tampered = try SIWEFixture.message(for: key, statement: "Sign in to Lore!")
        do {
            try tampered.verify(signature: signature.hex, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
            Issue.record("a tampered message verified")
        } catch {
            guard case .signerMismatch(let recovered) = error else { throw error }
            #expect(recovered != key.address)
        }
    }

    @Test func signatureByAnotherKeyIsRejected() throws {
        let other = PrivateKey.random()
        let message = try SIWEFixture.message(for: key)
        let signature = other.signPersonalMessage(message.text)
        #expect(throws: SIWEVerificationError.signerMismatch(recovered: other.address)) {
            try message.verify(signature: signature.hex, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
        }
    }

    @Test func highSSignatureIsRejected() throws {
        let message = try SIWEFixture.message(for: key)
        let signature = key.signPersonalMessage(message.text)
        let twin = signature.r + Self.orderMinus(signature.s) + [signature.v == 27 ? 28 : 27]
        #expect(throws: SIWEVerificationError.highSSignature) {
            try message.verify(signature: twin, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
        }
    }

    @Test func malformedSignatures() throws {
        let message = try SIWEFixture.message(for: key)
        let verify = { (signature: String) throws(SIWEVerificationError) in
            _ = try message.verify(signature: signature, expectations: SIWEFixture.expectations(), at: SIWEFixture.now)
        }
        let good = key.signPersonalMessage(message.text).hex
        #expect(throws: SIWEVerificationError.malformedSignature(.notHex)) { try verify("0x12345") }
        #expect(throws: SIWEVerificationError.malformedSignature(.wrongLength(64))) {
            try verify(String(good.dropLast(2)))
        }
        #expect(throws: SIWEVerificationError.malformedSignature(.invalidRecoveryByte(0x25))) {
            try verify(String(good.dropLast(2)) + "25")
        }
        #expect(throws: SIWEVerificationError.malformedSignature(.rOutOfRange)) {
            try verify("0x" + String(repeating: "0", count: 64) + good.dropFirst(66))
        }
    }

    /// Time and relying-party checks come before the signature: an expired message with a
    /// garbage signature reports the expiry.
    @Test func validationPrecedesSignatureChecks() throws {
        let message = try SIWEFixture.message(for: key)
        #expect(throws: SIWEVerificationError.expired) {
            try message.verify(
                signature: "0x", expectations: SIWEFixture.expectations(), at: SIWEFixture.expiresAt.date)
        }
    }

    @Test func errorsReadWell() {
        #expect(SIWEVerificationError.expired.description == "the sign-in message has expired")
        #expect(SIWEVerificationError.chainIdNotAccepted(5).description == "chain ID 5 is not accepted")
        #expect(SIWEVerificationError.malformedSignature(.notHex).description.contains("not valid hex"))
        #expect(SIWEVerificationError.highSSignature.description.contains("EIP-2"))
    }

    /// n − s for the secp256k1 order n.
    private static func orderMinus(_ s: [UInt8]) -> [UInt8] {
        let n: [UInt8] = Array(try! Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"))
        var out = [UInt8](repeating: 0, count: 32)
        var borrow = 0
        for i in stride(from: 31, through: 0, by: -1) {
            var value = Int(n[i]) - Int(s[i]) - borrow
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 256 }
            out[i] = UInt8(value)
        }
        return out
    }
}
