import Ethereum
import Foundation
import SIWE

/// The EIP-4361 messages Lore prepares and accepts (DECISIONS.md "Sign-in").
enum SignInMessages {
    static let statement = "Sign in to Lore"

    struct SignIn {
        let address: Address
        let nonce: String
    }

    /// The complete message for `address` to sign: domain and URI from the public URL, the
    /// ledger's chain id, issued now, expiring with the nonce.
    static func prepare(address: Address, nonce: String, issuedAt: Date, expiresAt: Date, config: LoreConfig) throws
        -> String
    {
        let message = try SIWEMessage(
            domain: config.publicAuthority, address: address, statement: statement, uri: config.publicOrigin,
            chainId: config.ledgerChainId, nonce: nonce, issuedAt: SIWETimestamp(issuedAt),
            expirationTime: SIWETimestamp(expiresAt))
        return message.text
    }

    /// Parses (400 with the parser's reason), then validates the domain, URI, chain id and time
    /// window and recovers the signer (401 with the specific reason). The nonce is checked
    /// against the database by the caller.
    static func verify(message text: String, signature: String, config: LoreConfig, now: Date) throws -> SignIn {
        let message: SIWEMessage
        do {
            message = try SIWEMessage(parsing: text)
        } catch {
            throw APIError(.badRequest, "Malformed SIWE message", detail: error.description)
        }
        let expectations = SIWEExpectations(
            domain: config.publicAuthority, uri: config.publicOrigin, chainIds: config.acceptedChainIds)
        do {
            let signer = try message.verify(signature: signature, expectations: expectations, at: now)
            return SignIn(address: signer, nonce: message.nonce)
        } catch {
            throw APIError(.unauthorized, "Invalid signature", detail: Self.sentence(error.description))
        }
    }

    /// "the message has expired" → "The message has expired."
    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
