import Assistant
import BigInt
import Ethereum
import Fluent
import Foundation
import LoreJSON
import Story
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Royalties")
struct RoyaltyTests {
    static let development = ["LORE_ENV": "development", "LORE_RATE_LIMITS_ENABLED": "false"]

    private func faucet(_ client: TestClient, _ signedIn: SignedIn, _ amount: String) async throws {
        let response = try await client.send(
            .POST, "/api/wallet/faucet/", json: JSONValue.object(["amount": .string(amount)]),
            bearer: signedIn.access)
        #expect(response.status == .created, "\(response.body.string)")
    }

    private func wallet(_ client: TestClient, _ signedIn: SignedIn) async throws -> String {
        try await client.send(.GET, "/api/wallet/", bearer: signedIn.access).json["balance"] as? String ?? "?"
    }

    private func remix(_ client: TestClient, of parent: String, by signedIn: SignedIn) async throws -> String {
        let response = try await client.send(
            .POST, "/api/assets/derivatives/",
            json: JSONValue.object([
                "parent_asset_uuid": .string(parent), "child_title": "Remix", "child_description": "A remix.",
                "child_media_url": .string(try await client.storeMedia(SampleFile.png(1024, seed: 77))),
            ]), bearer: signedIn.access)
        #expect(response.status == .created, "\(response.body.string)")
        return try #require((try response.json["child_asset"] as? [String: Any])?["uuid"] as? String)
    }

    private func pay(_ client: TestClient, _ asset: String, _ amount: String, by signedIn: SignedIn) async throws
        -> TestingHTTPResponse
    {
        try await client.send(
            .POST, "/api/assets/\(asset)/pay_royalty/", json: JSONValue.object(["amount": .string(amount)]),
            bearer: signedIn.access)
    }

    @Test func revenueFlowsFromTheDerivativeToTheOriginalAndIsClaimed() async throws {
        try await withLore(Self.development) { (client: TestClient) async throws in
            let (alice, bob, carol) = (
                try await client.signIn(TestWallet()), try await client.signIn(TestWallet()),
                try await client.signIn(TestWallet())
            )
            let original = try await client.createRegisteredAsset(
                alice, ["license_type": "commercial_remix", "royalty_percentage": 10])
            let derivative = try await remix(client, of: original, by: bob)
            try await faucet(client, carol, "250")
            #expect(try await wallet(client, carol) == "250")

            // MUT: Carol pays Bob's remix 100 WIP
            let paid = try await pay(client, derivative, "100", by: carol)
            #expect(paid.status == .created, "\(paid.body.string)")
            #expect(try paid.json["amount_wei"] as? String == "100000000000000000000")
            #expect(try await wallet(client, carol) == "150")

            // validate: the ledger's split (LAP 10 %) — Bob can claim 90, Alice is owed 10
            let bobBalance = try await client.send(
                .GET, "/api/assets/\(derivative)/royalty_balance/", bearer: bob.access
            ).json
            #expect(bobBalance["balance"] as? String == "90")
            #expect(bobBalance["currency"] as? String == "WIP")
            let aliceBalance = try await client.send(.GET, "/api/assets/\(original)/royalty_balance/").json
            #expect(aliceBalance["balance"] as? String == "10")
            #expect(aliceBalance["pending_from_derivatives_wei"] as? String == "10000000000000000000")

            // Bob's received payments show Carol's payment, read from the ledger's events.
            let bobPayments = try await client.send(.GET, "/api/assets/royalties/", bearer: bob.access).json
            #expect(bobPayments["count"] as? Int == 1)
            #expect(bobPayments["total_earned"] as? String == "100")
            let first = try #require((bobPayments["results"] as? [[String: Any]])?.first)
            #expect(first["source"] as? String == "direct")
            #expect(first["payer_address"] as? String == TestWallet.address(carol))

            // MUT: both claim
            let aliceClaim = try await client.send(
                .POST, "/api/assets/\(original)/claim_royalties/", bearer: alice.access)
            #expect(aliceClaim.status == .ok, "\(aliceClaim.body.string)")
            #expect(try aliceClaim.json["amount"] as? String == "10")
            let bobClaim = try await client.send(
                .POST, "/api/assets/\(derivative)/claim_royalties/", bearer: bob.access)
            #expect(try bobClaim.json["amount"] as? String == "90")
            // validate: in their wallets, nothing left, and Alice's share recorded as a derivative's
            #expect(try await wallet(client, alice) == "10")
            #expect(try await wallet(client, bob) == "90")
            let again = try await client.send(.POST, "/api/assets/\(original)/claim_royalties/", bearer: alice.access)
            #expect(again.status == .conflict)
            let alicePayments = try await client.send(.GET, "/api/assets/royalties/", bearer: alice.access).json
            let share = try #require((alicePayments["results"] as? [[String: Any]])?.first)
            #expect(share["source"] as? String == "derivative")
            #expect(share["amount"] as? String == "10")
            #expect(alicePayments["total_earned"] as? String == "10")
        }
    }

    @Test func paymentRules() async throws {
        try await withLore(Self.development) { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            let original = try await client.createRegisteredAsset(
                alice, ["license_type": "commercial_remix", "royalty_percentage": 5])
            // Story gives an IP its royalty vault with its first license or derivative; until then it cannot be paid.
            try await faucet(client, bob, "1")
            let noVault = try await pay(client, original, "1", by: bob)
            #expect(noVault.status == .unprocessableEntity)
            #expect(noVault.errorDetail?.contains("RoyaltyModule__ZeroReceiverVault") == true, "\(noVault.body.string)")
            let asset = try await remix(client, of: original, by: alice)
            // Bad amounts: 400; more than the wallet holds: 422; anonymous: 401.
            for bad in ["0", "-1", "abc", "1.0000000000000000001"] {
                #expect(try await pay(client, asset, bad, by: bob).status == .badRequest, "\(bad)")
            }
            let broke = try await pay(client, asset, "5", by: bob)
            #expect(broke.status == .unprocessableEntity)
            #expect(broke.errorDetail?.contains("InsufficientBalance") == true, "\(broke.body.string)")
            #expect(
                try await client.send(
                    .POST, "/api/assets/\(asset)/pay_royalty/", json: JSONValue.object(["amount": "1"])
                ).status
                    == .unauthorized)
            // A pending asset cannot be paid or claimed.
            let created = try await client.createAsset(try await client.assetFields(seed: 9), bearer: alice.access)
            let pending = try #require(try created.json["uuid"] as? String)
            try await faucet(client, alice, "1")
            #expect(try await pay(client, pending, "1", by: alice).status == .conflict)
            // Only the owner claims.
            try await faucet(client, bob, "2")
            #expect(try await pay(client, asset, "3", by: bob).status == .created)
            #expect(
                try await client.send(.POST, "/api/assets/\(asset)/claim_royalties/", bearer: bob.access).status
                    == .forbidden)
        }
    }

    @Test func theSyncJobRecordsPaymentsMadeOutsideTheAPI() async throws {
        try await withLore(Self.development) { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            let original = try await client.createRegisteredAsset(
                alice, ["license_type": "commercial_remix", "royalty_percentage": 5])
            let asset = try await remix(client, of: original, by: alice)
            let ipId = try Address(
                ignoringChecksum: try await client.asset(asset, bearer: nil)["ip_id"] as? String ?? "")
            let bobAddress = try Address(ignoringChecksum: TestWallet.address(bob))
            // setup: a payment straight on the ledger (as another app or a chain user would)
            _ = try await client.ledger.faucet(to: bobAddress, amount: StoryUnits.wip(7))
            _ = try await client.ledger.payRoyaltyOnBehalf(
                from: bobAddress, receiverIpId: ipId, payerIpId: .zero, token: client.ledger.deployment.wip,
                amount: StoryUnits.wip(7))
            #expect(try await RoyaltyPayment.query(on: client.app.db).count() == 0)
            // MUT
            try await client.runScheduledJobs()
            // validate: recorded once, even if the sync runs again
            try await client.runScheduledJobs()
            client.clock.advance(by: 30)
            try await client.runScheduledJobs()
            let payments = try await client.send(.GET, "/api/assets/royalties/", bearer: alice.access).json
            #expect(payments["count"] as? Int == 1)
            #expect(payments["total_earned"] as? String == "7")
            #expect(try await RoyaltyPayment.query(on: client.app.db).count() == 1)
            // The detail is for the recipient and the payer only.
            let uuid = try #require((payments["results"] as? [[String: Any]])?.first?["uuid"] as? String)
            #expect(try await client.send(.GET, "/api/royalties/\(uuid)/", bearer: alice.access).status == .ok)
            #expect(try await client.send(.GET, "/api/royalties/\(uuid)/", bearer: bob.access).status == .ok)
            let carol = try await client.signIn(TestWallet())
            #expect(try await client.send(.GET, "/api/royalties/\(uuid)/", bearer: carol.access).status == .notFound)
        }
    }

    @Test func faucetOnlyInDevelopment() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let response = try await client.send(.POST, "/api/wallet/faucet/", bearer: signedIn.access)
            #expect(response.status == .notFound)
            #expect(
                try await client.send(.GET, "/api/wallet/", bearer: signedIn.access).json["balance"] as? String == "0")
        }
    }
}

extension TestWallet {
    /// The lower-case address of a signed-in wallet.
    static func address(_ signedIn: SignedIn) -> String { signedIn.walletAddress }
}
