import Ethereum
import Foundation
import Testing
import VaporTesting

@testable import App

/// A wallet for tests: a random key that signs EIP-191 personal messages.
struct TestWallet: Sendable {
    let key = PrivateKey.random()
    var address: Address { key.address }

    func sign(_ message: String) -> String { key.signPersonalMessage(message).hex }
}

/// An EIP-4361 message written out by hand (not with the SIWE module), so tests can build any
/// variant: another domain, chain, URI or time window.
struct SIWEText {
    var domain = "lore.test"
    var address: Address
    var statement: String? = "Sign in to Lore"
    var uri = "http://lore.test"
    var chainId = 31337
    var nonce: String
    var issuedAt: Date
    var expirationTime: Date?
    var notBefore: Date?

    var text: String {
        var lines = ["\(domain) wants you to sign in with your Ethereum account:", address.checksummed, ""]
        if let statement { lines += [statement, ""] }
        lines += [
            "URI: \(uri)", "Version: 1", "Chain ID: \(chainId)", "Nonce: \(nonce)",
            "Issued At: \(Self.format(issuedAt))",
        ]
        if let expirationTime { lines.append("Expiration Time: \(Self.format(expirationTime))") }
        if let notBefore { lines.append("Not Before: \(Self.format(notBefore))") }
        return lines.joined(separator: "\n")
    }

    static func format(_ date: Date) -> String { date.formatted(.iso8601) }
}

/// What a successful sign-in returned.
struct SignedIn: Sendable {
    let access: String
    let refresh: String
    let userUUID: String
    let username: String
    let walletAddress: String
    let cookies: [String: String]
}

extension TestClient {
    /// A fresh nonce (optionally bound to `address`) and the server-prepared message.
    func nonce(for address: Address? = nil) async throws -> (nonce: String, message: String?) {
        let body = address.map { JSONBody(["address": $0.checksummed]) }
        let response = try await send(.POST, "/api/auth/generate-nonce/", json: body)
        #expect(response.status == .ok, "\(response.body.string)")
        let json = try response.json
        return (try #require(json["nonce"] as? String), json["message"] as? String)
    }

    /// Posts a message and signature to verify-signature.
    func verify(_ message: String, signature: String, walletAddress: String? = nil) async throws -> TestingHTTPResponse
    {
        var fields = ["message": message, "signature": signature]
        if let walletAddress { fields["wallet_address"] = walletAddress }
        return try await send(.POST, "/api/auth/verify-signature/", json: JSONBody(fields))
    }

    /// The whole sign-in flow with the server-prepared message.
    func signIn(_ wallet: TestWallet) async throws -> SignedIn {
        let (_, message) = try await nonce(for: wallet.address)
        let text = try #require(message)
        let response = try await verify(text, signature: wallet.sign(text))
        #expect(response.status == .ok, "\(response.body.string)")
        let json = try response.json
        let user = try #require(json["user"] as? [String: Any])
        return SignedIn(
            access: try #require(json["access"] as? String), refresh: try #require(json["refresh"] as? String),
            userUUID: try #require(user["uuid"] as? String), username: try #require(user["username"] as? String),
            walletAddress: try #require(user["wallet_address"] as? String), cookies: response.setCookies)
    }
}
