import BigInt
import Ethereum
import Foundation
import Story
import Testing
import VaporTesting

@testable import App

/// The app against a scripted ``RecordingLedger``: exactly which transactions it sends, from
/// whom, and what it makes of the answers — without a local ledger behind it.
@Suite("The app on the IPLedger port")
struct LedgerPortTests {
    let scriptedIpId = LedgerSettings.derivedAddress("test.scripted-ip")

    /// An outage, as a chain adapter would throw it (not a rule violation).
    struct LedgerUnreachable: Error {}

    private static func isRegistration(_ call: LedgerCall) -> Bool {
        if case .mintAndRegisterIpAndAttachPILTerms = call { true } else { false }
    }

    @Test func creatingAnAssetSubmitsOneRegistrationFromTheOperator() async throws {
        // setup
        let ledger = RecordingLedger()
        let ipId = scriptedIpId
        ledger.onSubmit { call, _ in
            Self.isRegistration(call) ? .registered(ipId: ipId, tokenId: 42, licenseTermsIds: [7]) : nil
        }
        try await withLore(ledger: ledger) { (client: TestClient) async throws in
            let wallet = TestWallet()
            let signedIn = try await client.signIn(wallet)
            // MUT
            let uuid = try await client.createRegisteredAsset(
                signedIn,
                [
                    "license_type": "commercial_remix", "royalty_percentage": 12.5, "minting_fee": "0.25",
                ])
            // validate: one transaction, from the operator, carrying the asset's metadata and terms
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            let submissions = ledger.submissions
            try #require(submissions.count == 1, "\(submissions.map(\.call))")
            #expect(submissions[0].from == ledger.operatorAddress)
            guard
                case .mintAndRegisterIpAndAttachPILTerms(let spg, let recipient, let metadata, let data, let dup) =
                    submissions[0].call
            else { Issue.record("not a registration: \(submissions[0].call)"); return }
            #expect(spg == ledger.deployment.spgNftContract && recipient == wallet.address && !dup)
            #expect(metadata.ipMetadataURI == asset["metadata_uri"] as? String)
            #expect(metadata.nftMetadataURI == asset["nft_metadata_uri"] as? String)
            #expect(metadata.ipMetadataHash == (try Bytes32(hex: asset["metadata_hash"] as? String ?? "")))
            #expect(metadata.nftMetadataHash == (try Bytes32(hex: asset["nft_metadata_hash"] as? String ?? "")))
            let terms = try #require(data.count == 1 ? data[0].terms : nil)
            #expect(terms.commercialUse && terms.derivativesAllowed)
            #expect(terms.commercialRevShare == 12_500_000)
            #expect(terms.defaultMintingFee == BigUInt(250_000_000_000_000_000))
            #expect(terms.currency == ledger.deployment.wip)
            // The asset is registered with what the ledger answered.
            #expect(asset["registration_status"] as? String == "registered")
            #expect(asset["creation_step"] as? String == "completed")
            #expect(asset["ip_id"] as? String == ipId.lowercased)
            #expect(asset["token_id"] as? String == "42")
            #expect(asset["nft_contract"] as? String == ledger.deployment.spgNftContract.lowercased)
            #expect((asset["license"] as? [String: Any])?["license_terms_ids"] as? [String] == ["7"])
        }
    }

    @Test func anOutageLeavesTheAssetFailedAtRegistrationAndARetrySucceeds() async throws {
        // setup: the ledger is unreachable for all five attempts of the job, then answers
        let ledger = RecordingLedger()
        let outage = Array(repeating: Result<CallResult, any Error>.failure(LedgerUnreachable()), count: 5)
        let registered = CallResult.registered(ipId: scriptedIpId, tokenId: 3, licenseTermsIds: [1])
        ledger.onSubmit(Self.isRegistration, answers: outage + [.success(registered)])
        try await withLore(ledger: ledger) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
            let uuid = try #require(try created.json["uuid"] as? String)
            // MUT: every attempt, each after its backoff
            for _ in 0..<5 {
                #expect(try await client.app.makeJobWorker().drain() == 1)
                client.clock.advance(by: 601)
            }
            // validate: failed at the registration step, saying why
            let failed = try await client.asset(uuid, bearer: signedIn.access)
            #expect(failed["registration_status"] as? String == "failed")
            #expect(failed["failed_at_step"] as? String == "story_registration")
            let reason = failed["registration_error"] as? String ?? ""
            #expect(reason.contains("story_registration failed") && reason.contains("LedgerUnreachable"), "\(reason)")
            #expect(ledger.submissions.count == 5)
            // MUT: the owner retries
            let retry = try await client.send(.POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
            #expect(retry.status == .ok)
            #expect(try await client.app.makeJobWorker().drain() == 1)
            // validate: registered, by the same transaction each time (the metadata was not rebuilt)
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "registered")
            #expect(asset["ip_id"] as? String == scriptedIpId.lowercased)
            #expect(ledger.submissions.count == 6)
            #expect(Set(ledger.submissions.map(\.call)).count == 1)
        }
    }

    @Test func aDuplicateRegistrationIsAdoptedFromTheLedger() async throws {
        // setup: the ledger already holds this metadata (a crash came after its receipt): it
        // refuses with SPGNFT__DuplicatedNFTMetadataHash, as a chain's revert data would say.
        let ledger = RecordingLedger()
        let collection = ledger.deployment.spgNftContract
        let adopted = ledger.ipId(chainId: ledger.deployment.chainId, tokenContract: collection, tokenId: 9)
        ledger.onSubmit { call, _ in
            guard case .mintAndRegisterIpAndAttachPILTerms(_, _, let metadata, _, _) = call else { return nil }
            let duplicate = try ABIFunction("SPGNFT__DuplicatedNFTMetadataHash(address,uint256,bytes32)")
                .encodeCall([.address(collection), .uint(9), .fixedBytes(metadata.nftMetadataHash.bytes)])
            throw try #require(StoryError(revertData: duplicate))
        }
        ledger.onRead { view in view == .attachedLicenseTerms(ipId: adopted) ? .numbers([4]) : nil }
        try await withLore(ledger: ledger) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            // MUT
            let uuid = try await client.createRegisteredAsset(signedIn)
            // validate: registered as the ledger's existing IP, with its attached terms, no second mint
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "registered")
            #expect(asset["ip_id"] as? String == adopted.lowercased)
            #expect(asset["token_id"] as? String == "9")
            #expect((asset["license"] as? [String: Any])?["license_terms_ids"] as? [String] == ["4"])
            let steps = try #require(asset["step_data"] as? [String: Any])
            #expect((steps["story_registration"] as? [String: Any])?["recovered"] as? Bool == true)
            #expect(ledger.submissions.count == 1)
        }
    }

    @Test func anUnscriptedRequestFailsTheTest() async throws {
        let ledger = RecordingLedger()
        let someone = LedgerSettings.derivedAddress("test.someone")
        var thrown: [any Error] = []
        // MUT: a transaction, a view and an event read that no script answers
        await withKnownIssue("the fake records each unscripted request as a failure") {
            do { _ = try await ledger.faucet(to: someone, amount: 1) } catch { thrown.append(error) }
            do { _ = try await ledger.balance(of: someone, token: ledger.deployment.wip) } catch {
                thrown.append(error)
            }
            do { _ = try await ledger.events(after: nil) } catch { thrown.append(error) }
        }
        // validate: each threw the fake's own error, and the transaction is still recorded
        #expect(thrown.count == 3 && thrown.allSatisfy { $0 is RecordingLedger.Unscripted })
        #expect(ledger.submissions.map(\.call) == [.faucet(to: someone, amount: 1)])
        #expect(ledger.submissions.first?.from == ledger.operatorAddress)
    }

    @Test func aPipelineReachingAnUnscriptedCallFailsLoudly() async throws {
        let ledger = RecordingLedger()
        try await withLore(ledger: ledger) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
            let uuid = try #require(try created.json["uuid"] as? String)
            // MUT: nobody scripted the registration
            var ran = 0
            await withKnownIssue("the registration reaches the fake unscripted") { () async throws in
                ran = try await client.app.makeJobWorker().drain()
            }
            #expect(ran == 1)
            // validate: the attempt failed with the fake's error and will be retried
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "pending")
            #expect((asset["registration_error"] as? String)?.contains("nobody scripted the transaction") == true)
            #expect(ledger.submissions.count == 1)
        }
    }
}
