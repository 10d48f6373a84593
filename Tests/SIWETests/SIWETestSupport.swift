import Ethereum
import Foundation
import SIWE

/// A message as Lore's server prepares it (DECISIONS.md "Sign-in"), for tests to vary.
enum SIWEFixture {
    static let issuedAt = SIWETimestamp(Date(timeIntervalSince1970: 1_800_000_000))
    static let expiresAt = SIWETimestamp(Date(timeIntervalSince1970: 1_800_000_300))

    static func message(
        for key: PrivateKey, domain: String = "lore.example", uri: String = "https://lore.example",
        statement: String? = "Sign in to Lore", chainId: Int = 1315, nonce: String = "a1b2c3d4e5f6",
        notBefore: SIWETimestamp? = nil
    ) throws -> SIWEMessage {
        try SIWEMessage(
            domain: domain, address: key.address, statement: statement, uri: uri, chainId: chainId, nonce: nonce,
            issuedAt: issuedAt, expirationTime: expiresAt, notBefore: notBefore)
    }

    static func expectations(nonce: String? = "a1b2c3d4e5f6", chainIds: Set<Int>? = [31337, 1, 1315, 1514])
        -> SIWEExpectations
    {
        SIWEExpectations(domain: "lore.example", uri: "https://lore.example", nonce: nonce, chainIds: chainIds)
    }

    /// One second after issue, inside the five-minute window.
    static var now: Date { issuedAt.date.addingTimeInterval(1) }
}
