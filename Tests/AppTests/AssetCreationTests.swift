import Assistant
import BigInt
import Crypto
import Ethereum
import Fluent
import Foundation
import IPFS
import LoreJSON
import Story
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Asset creation and the registration pipeline")
struct AssetCreationTests {
    @Test func createdAssetIsPendingThenRegisteredOnTheLedger() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let signedIn = try await client.signIn(wallet)
            var fields = try await client.assetFields([
                "license_type": "commercial_remix", "royalty_percentage": 12.5, "minting_fee": "0.25",
            ])
            fields["description"] = "  Oil pastel study of first light on the water.  "
            // MUT: create
            let created = try await client.createAsset(fields, bearer: signedIn.access)
            // validate: 201 at once, pending at the first step
            #expect(created.status == .created, "\(created.body.string)")
            let body = try created.json
            let uuid = try #require(body["uuid"] as? String)
            #expect(body["registration_status"] as? String == "pending")
            #expect(body["creation_step"] as? String == "media_upload")
            #expect(body["description"] as? String == "Oil pastel study of first light on the water.")
            let license = try #require(body["license"] as? [String: Any])
            #expect(license["license_type"] as? String == "commercial_remix")
            #expect(license["royalty_percentage"] as? Double == 12.5)
            #expect(license["minting_fee"] as? String == "250000000000000000")

            // MUT: the pipeline runs
            #expect(try await client.app.makeJobWorker().drain() == 1)

            // validate: registered, with every identifier recomputable from the ledger
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "registered")
            #expect(asset["creation_step"] as? String == "completed")
            #expect(asset["chain_id"] as? Int == 31337)
            let ipId = try Address(ignoringChecksum: asset["ip_id"] as? String ?? "")
            let collection = try Address(ignoringChecksum: asset["nft_contract"] as? String ?? "")
            let tokenId = try #require(BigUInt(asset["token_id"] as? String ?? "", radix: 10))
            #expect(client.ledger.ipId(chainId: 31337, tokenContract: collection, tokenId: tokenId) == ipId)
            #expect(try await client.ledger.owner(of: ipId) == wallet.address)
            let termsIds = try await client.ledger.attachedLicenseTerms(of: ipId)
            let license2 = try #require(asset["license"] as? [String: Any])
            #expect(license2["license_terms_ids"] as? [String] == termsIds.map { String($0) })
            let firstTerms = try #require(termsIds.first)
            let terms = try #require(try await client.ledger.licenseTerms(firstTerms))
            #expect(terms.commercialRevShare == 12_500_000)
            #expect(terms.defaultMintingFee == BigUInt(250_000_000_000_000_000))
            #expect(terms.derivativesAllowed && terms.commercialUse)
            #expect((asset["tx_hash"] as? String)?.count == 66)

            // The two metadata documents are stored, hashed as their exact bytes.
            for (uriKey, hashKey) in [("metadata_uri", "metadata_hash"), ("nft_metadata_uri", "nft_metadata_hash")] {
                let uri = try #require(asset[uriKey] as? String)
                let cid = try #require(CID(String(uri.dropFirst("ipfs://".count))))
                let object = try #require(try await client.app.lore.contentStore.open(cid))
                let bytes = try await object.chunks().collect(upTo: 1 << 20)
                let digest = Hex.encode(SHA256.hash(data: Data(buffer: bytes)), prefix: false)
                #expect(asset[hashKey] as? String == "0x" + digest)
            }
            let ipDocument = try await metadataDocument(client, asset["metadata_uri"])
            #expect(ipDocument["title"] as? String == "Dawn over the harbour")
            #expect(ipDocument["mediaType"] as? String == "image/png")
            #expect(ipDocument["mediaHash"] as? String == asset["media_hash"] as? String)
            let creators = try #require(ipDocument["creators"] as? [[String: Any]])
            #expect(creators.first?["address"] as? String == wallet.address.lowercased)
            let nftDocument = try await metadataDocument(client, asset["nft_metadata_uri"])
            #expect(nftDocument["name"] as? String == "Dawn over the harbour")
            #expect((nftDocument["attributes"] as? [[String: Any]])?.count == 3)

            // Every step recorded its result.
            let steps = try #require(asset["step_data"] as? [String: Any])
            #expect(Set(steps.keys) == ["media_upload", "metadata_upload", "story_registration"])
            #expect((steps["story_registration"] as? [String: Any])?["story_ip_id"] as? String == ipId.lowercased)
        }
    }

    private func metadataDocument(_ client: TestClient, _ uri: Any?) async throws -> [String: Any] {
        let cid = String(try #require(uri as? String).dropFirst("ipfs://".count))
        let response = try await client.send(.GET, "/ipfs/\(cid)")
        #expect(response.status == .ok)
        return try response.json
    }

    @Test func defaultLicenseIsNonCommercialSocialRemixing() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let uuid = try await client.createRegisteredAsset(signedIn)
            let asset = try await client.asset(uuid, bearer: nil)
            let license = try #require(asset["license"] as? [String: Any])
            #expect(license["license_type"] as? String == "non_commercial_social_remixing")
            // Story registers this flavor as terms id 1 at genesis.
            #expect(license["license_terms_ids"] as? [String] == ["1"])
            #expect(license["commercial_use"] as? Bool == false)
            #expect(license["derivatives_allowed"] as? Bool == true)
        }
    }

    @Test func customTermsAreRegisteredAsGiven() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let custom: JSONValue = .object([
                "commercial_use": true, "derivatives_allowed": true, "derivatives_reciprocal": true,
                "royalty_percentage": 7, "royalty_policy": "LRP", "minting_fee": "1",
            ])
            let uuid = try await client.createRegisteredAsset(
                signedIn, ["license_type": "custom", "license_terms": custom])
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "registered")
            let ids = (asset["license"] as? [String: Any])?["license_terms_ids"] as? [String] ?? []
            let termsId = try #require(ids.first.flatMap { BigUInt($0, radix: 10) })
            let terms = try #require(try await client.ledger.licenseTerms(termsId))
            #expect(terms.royaltyPolicy == client.ledger.deployment.royaltyPolicyLRP)
            #expect(terms.commercialRevShare == 7_000_000)
            #expect(terms.derivativesReciprocal)
        }
    }

    @Test func invalidFieldsAre400AndSaveNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let cases: [([String: JSONValue], String)] = [
                (["title": ""], "title"),
                (["title": .string(String(repeating: "t", count: 201))], "title"),
                (["description": "   "], "description"),
                (["asset_type": "sculpture"], "asset_type"),
                (["media_url": "https://example.com/x.png"], "media_url"),
                (["media_url": "ipfs://not-a-cid"], "media_url"),
                (["license_type": "all_rights_reserved"], "license_type"),
                (["license_type": "commercial_remix"], "royalty_percentage"),
                (["license_type": "commercial_remix", "royalty_percentage": 150], "royalty_percentage"),
                (["license_type": "commercial_remix", "royalty_percentage": 1.0000001], "royalty_percentage"),
                (["license_type": "commercial_use", "minting_fee": "-1"], "minting_fee"),
                (["license_type": "non_commercial_social_remixing", "royalty_percentage": 5], "royalty_percentage"),
                (["license_type": "custom"], "license_terms"),
            ]
            for (overrides, field) in cases {
                let response = try await client.createAsset(
                    try await client.assetFields(overrides), bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(overrides): \(response.body.string)")
                let fields = try response.json["field_errors"] as? [String: [String]]
                #expect(fields?[field] != nil, "\(overrides): \(response.body.string)")
            }
            let missing = try await client.send(
                .POST, "/api/assets/", json: JSONValue.object(["title": "x"]), bearer: signedIn.access)
            #expect(missing.status == .badRequest)
            #expect(try await Asset.query(on: client.app.db).count() == 0)
            #expect(try await Job.query(on: client.app.db).filter(\.$kind == CreationPipeline.kind).count() == 0)
        }
    }

    @Test func mediaMustBeStoredAndSuitFor422() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let unknown = try SampleFile.cid(SampleFile.png(512, seed: 99))
            let missing = try await client.createAsset(
                try await client.assetFields(["media_url": .string("ipfs://\(unknown)")]), bearer: signedIn.access)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.errorTitle == "Media not found")
            let wav = try await client.storeMedia(SampleFile.wav(2048))
            let mismatch = try await client.createAsset(
                try await client.assetFields(["media_url": .string(wav)]), bearer: signedIn.access)
            #expect(mismatch.status == .unprocessableEntity)
            #expect(mismatch.errorDetail == "A digital_art asset cannot be made from a file of type audio/wav.")
            #expect(try await Asset.query(on: client.app.db).count() == 0)
        }
    }

    @Test func customTermsBreakingAProtocolRuleAre422NamingIt() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            // A royalty share on non-commercial terms: the license template refuses it.
            let custom: JSONValue = .object([
                "commercial_use": false, "derivatives_allowed": true, "royalty_percentage": 5,
            ])
            let response = try await client.createAsset(
                try await client.assetFields(["license_type": "custom", "license_terms": custom]),
                bearer: signedIn.access)
            #expect(response.status == .unprocessableEntity)
            #expect(
                response.errorDetail?.contains("PILicenseTemplate__CommercialDisabled_CantAddRevShare") == true,
                "\(response.body.string)")
            #expect(try await Asset.query(on: client.app.db).count() == 0)
        }
    }

    @Test func creatingNeedsSignIn() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.POST, "/api/assets/", json: JSONValue.object(["title": "x"]))
            #expect(response.status == .unauthorized)
        }
    }
}
