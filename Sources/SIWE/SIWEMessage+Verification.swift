import Ethereum
import Foundation

extension SIWEMessage {
    /// Checks the message against the relying party's expectations at the instant `now`
    /// (injected so tests and servers control the clock). Checks run in a fixed order: time
    /// window, domain, URI, nonce, chain id; the first failure is thrown.
    public func validate(_ expectations: SIWEExpectations, at now: Date) throws(SIWEVerificationError) {
        // Expiration is exclusive and Not Before inclusive, as in the reference implementation
        // (spruceid/siwe `verify`): valid on [notBefore, expirationTime).
        if let expirationTime, now >= expirationTime.date { throw .expired }
        if let notBefore, now < notBefore.date { throw .notYetValid }
        guard domain == expectations.domain else {
            throw .domainMismatch(expected: expectations.domain, found: domain)
        }
        if let expectedURI = expectations.uri, uri != expectedURI {
            throw .uriMismatch(expected: expectedURI, found: uri)
        }
        if let expectedNonce = expectations.nonce, nonce != expectedNonce { throw .nonceMismatch }
        if let chainIds = expectations.chainIds, !chainIds.contains(chainId) { throw .chainIdNotAccepted(chainId) }
    }

    /// Validates the message, then recovers the EIP-191 signer of ``text`` from `signature`
    /// (`0x` + 130 hex digits, v = 27/28 or 0/1) and requires it to be ``address``.
    /// Returns the signer. Contract wallets (EIP-1271) are not supported: they need a chain call.
    @discardableResult
    public func verify(
        signature: String, expectations: SIWEExpectations, at now: Date
    ) throws(SIWEVerificationError) -> Address {
        try validate(expectations, at: now)
        return try recoverSigner(Result { () throws(SignatureError) in try Signature(hex: signature) })
    }

    /// ``verify(signature:expectations:at:)`` for a 65-byte `r‖s‖v` signature.
    @discardableResult
    public func verify(
        signature: [UInt8], expectations: SIWEExpectations, at now: Date
    ) throws(SIWEVerificationError) -> Address {
        try validate(expectations, at: now)
        return try recoverSigner(Result { () throws(SignatureError) in try Signature(bytes: signature) })
    }

    private func recoverSigner(_ parsed: Result<Signature, SignatureError>) throws(SIWEVerificationError) -> Address {
        let recovered: Address
        do {
            recovered = try parsed.get().recoverPersonalMessageSigner(text)
        } catch .highS {
            throw .highSSignature
        } catch {
            throw .malformedSignature(error)
        }
        guard recovered == address else { throw .signerMismatch(recovered: recovered) }
        return recovered
    }
}
