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

@Suite("Derivatives")
struct DerivativeTests {
    private func derivative(
        _ client: TestClient, parents: [(String, Double)], by signedIn: SignedIn, seed: UInt64 = 50,
        _ extra: [String: JSONValue] = [:]
    ) async throws -> TestingHTTPResponse {
        var body: [String: JSONValue] = [
            "parent_assets": .array(
                parents.map { .object(["asset_uuid": .string($0.0), "attribution_percentage": .number($0.1)]) }),
            "child_title": "Harbour at dusk (remix)", "child_description": "Re-coloured with evening light.",
            "child_media_url": .string(try await client.storeMedia(SampleFile.png(2048, seed: seed))),
            "relationship_type": "remix",
        ]
        body.merge(extra) { _, new in new }
        return try await client.send(
            .POST, "/api/assets/create_multi_parent_derivative/", json: JSONValue.object(body),
            bearer: signedIn.access)
    }

    private func ipId(_ client: TestClient, _ uuid: String, _ bearer: String) async throws -> Address {
        try Address(ignoringChecksum: try await client.asset(uuid, bearer: bearer)["ip_id"] as? String ?? "")
    }

    @Test func remixOfOneParentIsRegisteredAndLinkedOnTheLedger() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            let parent = try await client.createRegisteredAsset(
                alice, ["license_type": "commercial_remix", "royalty_percentage": 10])
            // MUT: the single-parent endpoint
            let response = try await client.send(
                .POST, "/api/assets/derivatives/",
                json: JSONValue.object([
                    "parent_asset_uuid": .string(parent), "child_title": "Remix", "child_description": "A remix.",
                    "child_media_url": .string(try await client.storeMedia(SampleFile.png(1024, seed: 7))),
                    "relationship_type": "adaptation", "royalty_percentage": 10,
                ]), bearer: bob.access)
            // validate: registered at once, linked to the parent on the ledger
            #expect(response.status == .created, "\(response.body.string)")
            let body = try response.json
            let child = try #require(body["child_asset"] as? [String: Any])
            #expect(child["registration_status"] as? String == "registered")
            #expect(body["relationship_type"] as? String == "adaptation")
            #expect((body["tx_hash"] as? String)?.count == 66)
            let links = try #require(body["parent_assets"] as? [[String: Any]])
            #expect(links.count == 1 && links[0]["attribution_percentage"] as? Double == 100)
            let childIp = try Address(ignoringChecksum: child["ip_id"] as? String ?? "")
            let parentIp = try await ipId(client, parent, alice.access)
            #expect(try await client.ledger.parentIpIds(of: childIp) == [parentIp])
            // The child carries the parent's terms (Story attaches them).
            let license = try #require(child["license"] as? [String: Any])
            #expect(license["license_terms_ids"] as? [String] == links[0]["license_terms_id"].map { ["\($0)"] })
            #expect(license["royalty_percentage"] as? Double == 10)
            // The parent counts its derivative and lists it.
            let parentNow = try await client.asset(parent, bearer: nil)
            #expect(parentNow["derivatives_count"] as? Int == 1)
            let derivatives = try #require(parentNow["derivatives"] as? [[String: Any]])
            #expect(derivatives.first?["uuid"] as? String == child["uuid"] as? String)
        }
    }

    @Test func backgroundWorkersLeaveAnInlineDerivativeToItsRequest() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            let parent = try await client.createRegisteredAsset(
                alice, ["license_type": "commercial_remix", "royalty_percentage": 10])
            // Eager workers, as `lore serve` runs them: they would claim any due job at once.
            let workers = (0..<2).map { _ in client.app.makeJobWorker() }
            let running = workers.map { worker in Task { await worker.run() } }
            defer { for task in running { task.cancel() } }
            for seed in UInt64(60)..<64 {
                // MUT
                let response = try await derivative(client, parents: [(parent, 100)], by: bob, seed: seed)
                // validate: the request ran the registration itself and answers its outcome
                #expect(response.status == .created, "\(response.body.string)")
                let child = try #require(try response.json["child_asset"] as? [String: Any])
                #expect(child["registration_status"] as? String == "registered")
            }
        }
    }

    @Test func multiParentDerivativeWithAttribution() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, bob, carol) = (
                try await client.signIn(TestWallet()), try await client.signIn(TestWallet()),
                try await client.signIn(TestWallet())
            )
            let first = try await client.createRegisteredAsset(alice, seed: 1)
            let second = try await client.createRegisteredAsset(bob, seed: 2)
            let response = try await derivative(client, parents: [(first, 60), (second, 40)], by: carol)
            #expect(response.status == .created, "\(response.body.string)")
            let body = try response.json
            let child = try #require(body["child_asset"] as? [String: Any])
            let childIp = try Address(ignoringChecksum: child["ip_id"] as? String ?? "")
            let parents = try await client.ledger.parentIpIds(of: childIp)
            #expect(
                parents == [try await ipId(client, first, alice.access), try await ipId(client, second, bob.access)])
            let links = try #require(body["parent_assets"] as? [[String: Any]])
            #expect(links.map { $0["attribution_percentage"] as? Double } == [60, 40])
            // A derivative of the derivative (the terms are reciprocal).
            let grandchild = try await derivative(
                client, parents: [(child["uuid"] as! String, 100)], by: alice, seed: 60)
            #expect(grandchild.status == .created, "\(grandchild.body.string)")
        }
    }

    @Test func malformedRequestsAre400AndSaveNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let alice = try await client.signIn(TestWallet())
            let parent = try await client.createRegisteredAsset(alice)
            let before = try await Asset.query(on: client.app.db).count()
            let eleven = (0..<11).map { _ in (UUID().uuidString, 100.0 / 11) }
            let cases: [([(String, Double)], [String: JSONValue], String)] = [
                ([], [:], "parent_assets"),
                (eleven, [:], "parent_assets"),
                ([(parent, 50), (parent, 50)], [:], "parent_assets"),
                ([(parent, 99)], [:], "parent_assets"),
                ([(parent, 100)], ["relationship_type": "parody"], "relationship_type"),
                ([(parent, 100)], ["license_type": "cc_by"], "license_type"),
                ([(parent, 100)], ["royalty_percentage": 101], "royalty_percentage"),
                ([(parent, 100)], ["child_title": ""], "title"),
            ]
            for (parents, extra, field) in cases {
                let response = try await derivative(client, parents: parents, by: alice, extra)
                #expect(response.status == .badRequest, "\(extra): \(response.body.string)")
                #expect(
                    (try response.json["field_errors"] as? [String: [String]])?[field] != nil, "\(response.body.string)"
                )
            }
            #expect(try await Asset.query(on: client.app.db).count() == before)
        }
    }

    @Test func parentsMustBeVisibleAndRegistered() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            // Alice's pending asset: invisible to Bob (404), not registered for Alice herself (422).
            let created = try await client.createAsset(try await client.assetFields(), bearer: alice.access)
            let pending = try #require(try created.json["uuid"] as? String)
            #expect(try await derivative(client, parents: [(pending, 100)], by: bob).status == .notFound)
            let own = try await derivative(client, parents: [(pending, 100)], by: alice)
            #expect(own.status == .unprocessableEntity)
            #expect(own.errorTitle == "Parent not registered")
        }
    }

    /// Each protocol rule comes back as a 422 that names it, and the refused child is not kept.
    @Test func protocolRulesAre422AndTheChildIsRemoved() async throws {
        try await withLore { (client: TestClient) async throws in
            let (alice, bob) = (try await client.signIn(TestWallet()), try await client.signIn(TestWallet()))
            let noRemix = try await client.createRegisteredAsset(alice, seed: 1, ["license_type": "commercial_use"])
            let twenty = try await client.createRegisteredAsset(
                alice, seed: 2, ["license_type": "commercial_remix", "royalty_percentage": 20])
            let lrp: JSONValue = .object([
                "commercial_use": true, "derivatives_allowed": true, "derivatives_reciprocal": true,
                "royalty_percentage": 5, "royalty_policy": "LRP",
            ])
            let otherPolicy = try await client.createRegisteredAsset(
                alice, seed: 3, ["license_type": "custom", "license_terms": lrp])
            let withFee = try await client.createRegisteredAsset(
                alice, seed: 4, ["license_type": "commercial_remix", "royalty_percentage": 5, "minting_fee": "2"])
            let before = try await Asset.query(on: client.app.db).count()

            let cases: [([(String, Double)], [String: JSONValue], String)] = [
                ([(noRemix, 100)], [:], "derivatives"),
                ([(twenty, 100)], ["royalty_percentage": 10], "RevenueShare"),
                ([(twenty, 50), (otherPolicy, 50)], [:], "incompatible"),
                ([(withFee, 100)], [:], "balance"),
            ]
            for (index, (parents, extra, fragment)) in cases.enumerated() {
                let response = try await derivative(client, parents: parents, by: bob, seed: UInt64(100 + index), extra)
                #expect(response.status == .unprocessableEntity, "case \(index): \(response.body.string)")
                #expect(
                    response.errorDetail?.localizedCaseInsensitiveContains(fragment) == true,
                    "case \(index): \(response.errorDetail ?? "")")
            }
            #expect(try await Asset.query(on: client.app.db).count() == before)
            #expect(try await DerivativeLink.query(on: client.app.db).count() == 0)
        }
    }
}
