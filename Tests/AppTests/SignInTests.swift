import Ethereum
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Sign-In with Ethereum")
struct SignInTests {
    @Test func walletSignsInWithTheServerPreparedMessage() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            // setup
            let (nonce, message) = try await client.nonce(for: wallet.address)
            let text = try #require(message)
            #expect(nonce.count == 32)
            #expect(
                text.hasPrefix(
                    "lore.test wants you to sign in with your Ethereum account:\n\(wallet.address.checksummed)\n"))
            #expect(text.contains("\nSign in to Lore\n"))
            #expect(text.contains("\nURI: http://lore.test\n"))
            #expect(text.contains("\nChain ID: 31337\n"))
            #expect(text.contains("\nNonce: \(nonce)\n"))
            #expect(text.contains("\nExpiration Time: "))
            // MUT
            let response = try await client.verify(text, signature: wallet.sign(text))
            // validate
            #expect(response.status == .ok)
            let body = try response.json
            let user = try #require(body["user"] as? [String: Any])
            #expect(user["wallet_address"] as? String == wallet.address.lowercased)
            #expect(user["username"] as? String == String(wallet.address.lowercased.prefix(10)))
            #expect(user["last_login_at"] is String)
            #expect(body["access"] is String && body["refresh"] is String)
            let me = try await client.send(.GET, "/api/auth/me/", bearer: body["access"] as? String)
            #expect(me.status == .ok)
            #expect(try me.json["uuid"] as? String == user["uuid"] as? String)
        }
    }

    @Test func browsersGetHttpOnlyLaxCookies() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            #expect(signedIn.cookies["lore_access"] == signedIn.access)
            #expect(signedIn.cookies["lore_refresh"] == signedIn.refresh)
            #expect(signedIn.cookies["lore_csrf"]?.isEmpty == false)
        }
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let response = try await client.verify(message!, signature: wallet.sign(message!))
            let access = try #require(response.setCookieHeader("lore_access"))
            #expect(access.contains("HttpOnly"))
            #expect(access.contains("SameSite=Lax"))
            #expect(!access.contains("Secure"), "plain-http public URL: no Secure flag")
            #expect(response.setCookieHeader("lore_csrf")?.contains("HttpOnly") == false)
        }
    }

    @Test func cookiesAreSecureWhenThePublicURLIsHTTPS() async throws {
        try await withLore(["LORE_PUBLIC_URL": "https://lore.test"]) { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            #expect(message?.contains("URI: https://lore.test") == true)
            let response = try await client.verify(message!, signature: wallet.sign(message!))
            #expect(response.status == .ok)
            #expect(response.setCookieHeader("lore_access")?.contains("Secure") == true)
        }
    }

    @Test func nonceWithoutAnAddressHasNoMessage() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.POST, "/api/auth/generate-nonce/")
            #expect(response.status == .ok)
            let body = try response.json
            #expect((body["nonce"] as? String)?.count == 32)
            #expect(body["expires_at"] is String)
            #expect(body["message"] == nil || body["message"] is NSNull)
        }
    }

    @Test func malformedAddressForANonceIs400() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(
                .POST, "/api/auth/generate-nonce/", json: JSONBody(["address": "0x1234"]))
            #expect(response.status == .badRequest)
            #expect(try response.json["field_errors"] as? [String: [String]] != nil)
        }
    }

    @Test func handWrittenMessageWithAnUnboundNonceSignsIn() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            let text = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now()).text
            let response = try await client.verify(text, signature: wallet.sign(text))
            #expect(response.status == .ok, "\(response.body.string)")
        }
    }

    // MARK: - Every failure path

    /// Signs `message` with `wallet` and expects 401 whose detail contains `fragment`.
    private func expectRefused(
        _ client: TestClient, _ text: String, by wallet: TestWallet, signature: String? = nil,
        status: HTTPStatus = .unauthorized, detailContains fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let response = try await client.verify(text, signature: signature ?? wallet.sign(text))
        #expect(response.status == status, "\(response.body.string)", sourceLocation: sourceLocation)
        let detail = response.errorDetail ?? ""
        #expect(
            detail.localizedCaseInsensitiveContains(fragment), "detail was: \(detail)", sourceLocation: sourceLocation)
    }

    @Test func unknownNonce() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let text = SIWEText(address: wallet.address, nonce: "abcdef0123456789", issuedAt: client.clock.now()).text
            try await expectRefused(client, text, by: wallet, detailContains: "unknown")
        }
    }

    @Test func reusedNonce() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let first = try await client.verify(message!, signature: wallet.sign(message!))
            #expect(first.status == .ok)
            try await expectRefused(client, message!, by: wallet, detailContains: "already been used")
        }
    }

    @Test func expiredNonce() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            let text = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now()).text
            client.clock.advance(by: 301)
            try await expectRefused(client, text, by: wallet, detailContains: "expired")
        }
    }

    @Test func nonceIssuedForAnotherAddress() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, mallory) = (TestWallet(), TestWallet())
            let (nonce, _) = try await client.nonce(for: alice.address)
            let text = SIWEText(address: mallory.address, nonce: nonce, issuedAt: client.clock.now()).text
            try await expectRefused(client, text, by: mallory, detailContains: "different address")
            // Alice's nonce survives Mallory's attempt.
            let own = SIWEText(address: alice.address, nonce: nonce, issuedAt: client.clock.now()).text
            #expect(try await client.verify(own, signature: alice.sign(own)).status == .ok)
        }
    }

    @Test func wrongDomain() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now())
            message.domain = "evil.example"
            try await expectRefused(client, message.text, by: wallet, detailContains: "domain")
        }
    }

    @Test func wrongURI() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now())
            message.uri = "https://evil.example/login"
            try await expectRefused(client, message.text, by: wallet, detailContains: "uri")
        }
    }

    @Test func chainIdNotAccepted() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now())
            message.chainId = 84532
            try await expectRefused(client, message.text, by: wallet, detailContains: "84532")
        }
    }

    @Test func storyChainIdsAreAccepted() async throws {
        try await withLore { (client: TestClient) async throws in
            for chainId in [1315, 1514, 1] {
                let wallet = TestWallet()
                let (nonce, _) = try await client.nonce()
                var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: client.clock.now())
                message.chainId = chainId
                let response = try await client.verify(message.text, signature: wallet.sign(message.text))
                #expect(response.status == .ok, "chain \(chainId): \(response.body.string)")
            }
        }
    }

    @Test func expiredMessage() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            let now = client.clock.now()
            var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: now.addingTimeInterval(-120))
            message.expirationTime = now.addingTimeInterval(-60)
            try await expectRefused(client, message.text, by: wallet, detailContains: "expired")
        }
    }

    @Test func notYetValidMessage() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (nonce, _) = try await client.nonce()
            let now = client.clock.now()
            var message = SIWEText(address: wallet.address, nonce: nonce, issuedAt: now)
            message.notBefore = now.addingTimeInterval(120)
            try await expectRefused(client, message.text, by: wallet, detailContains: "not valid yet")
        }
    }

    @Test func tamperedMessage() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let signature = wallet.sign(message!)
            let tampered = message!.replacingOccurrences(
                of: "Sign in to Lore", with: "Sign in to Lore and transfer everything")
            try await expectRefused(client, tampered, by: wallet, signature: signature, detailContains: "signed by")
        }
    }

    @Test func signatureByAnotherKey() async throws {
        try await withLore { (client: TestClient) async throws in
            let (wallet, other) = (TestWallet(), TestWallet())
            let (_, message) = try await client.nonce(for: wallet.address)
            try await expectRefused(
                client, message!, by: wallet, signature: other.sign(message!), detailContains: "signed by")
        }
    }

    @Test func highSSignatureIsRejected() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let signature = wallet.key.signPersonalMessage(message!)
            // The same signature's twin (r, n − s, flipped v) is valid ECDSA but malleable (EIP-2).
            let twin = r(signature) + Self.curveOrderMinus(signature.s) + [signature.v == 27 ? 28 : 27]
            try await expectRefused(client, message!, by: wallet, signature: Hex.encode(twin), detailContains: "high")
        }
    }

    @Test func recoveryIdZeroOrOneIsAccepted() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let signature = wallet.key.signPersonalMessage(message!)
            let legacy = r(signature) + signature.s + [signature.recoveryId]
            let response = try await client.verify(message!, signature: Hex.encode(legacy))
            #expect(response.status == .ok, "\(response.body.string)")
        }
    }

    @Test func malformedSignature() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            try await expectRefused(client, message!, by: wallet, signature: "0x1234", detailContains: "signature")
        }
    }

    @Test func unparseableMessageIs400WithTheParsersReason() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.verify("hello, please let me in", signature: "0x00")
            #expect(response.status == .badRequest)
            #expect(response.errorTitle == "Malformed SIWE message")
            #expect(response.errorDetail?.isEmpty == false)
        }
    }

    @Test func claimedWalletAddressMustBeTheSigner() async throws {
        try await withLore { (client: TestClient) async throws in
            let (wallet, other) = (TestWallet(), TestWallet())
            let (_, message) = try await client.nonce(for: wallet.address)
            let response = try await client.verify(
                message!, signature: wallet.sign(message!), walletAddress: other.address.lowercased)
            #expect(response.status == .unauthorized)
            #expect(response.errorDetail?.contains("wallet_address") == true)
        }
    }

    @Test func concurrentUsesOfOneNonceSucceedOnce() async throws {
        try await withLore(["LORE_RATE_LIMIT_AUTH": "1000"]) { (client: TestClient) async throws in
            let wallet = TestWallet()
            let (_, message) = try await client.nonce(for: wallet.address)
            let signature = wallet.sign(message!)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<8 { group.addTask { try await client.verify(message!, signature: signature).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .unauthorized }.count == 7)
        }
    }

    @Test func expiredNoncesArePurged() async throws {
        try await withLore { (client: TestClient) async throws in
            _ = try await client.nonce()
            _ = try await client.nonce()
            #expect(try await AuthNonce.query(on: client.app.db).count() == 2)
            client.clock.advance(by: 301)
            _ = try await client.nonce()
            // MUT
            try await client.runScheduledJobs()
            // validate: only the fresh one is left
            #expect(try await AuthNonce.query(on: client.app.db).count() == 1)
        }
    }

    // MARK: - helpers

    private func r(_ signature: Signature) -> [UInt8] { signature.r }

    /// n − s for secp256k1's group order n, big-endian.
    static func curveOrderMinus(_ s: [UInt8]) -> [UInt8] {
        let n = try! [UInt8](hex: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        var result = [UInt8](repeating: 0, count: 32)
        var borrow = 0
        for i in stride(from: 31, through: 0, by: -1) {
            var digit = Int(n[i]) - Int(s[i]) - borrow
            borrow = digit < 0 ? 1 : 0
            if digit < 0 { digit += 256 }
            result[i] = UInt8(digit)
        }
        return result
    }
}
