import BigInt
import Ethereum
import Testing

@testable import Story

/// The narrow port: the typed operations are `submit` of one ``LedgerCall`` plus one result
/// mapping, whatever the adapter.
@Suite("The IPLedger port")
struct LedgerPortTests {
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob

    @Test func submittingARawCallGivesTheTypedMethodsReceipt() async throws {
        // Two ledgers on the same clock: one driven by the typed methods, one by raw calls.
        let typed = LedgerFixture()
        let raw = LedgerFixture()
        let d = typed.d
        let wip = typed.wip
        let metadata = IPMetadata(
            ipMetadataURI: "ipfs://ip", ipMetadataHash: .keccak256([1]), nftMetadataURI: "ipfs://nft",
            nftMetadataHash: .keccak256([2]))
        let operatorAddress = raw.ledger.operatorAddress

        let funded = try await typed.ledger.faucet(to: bob, amount: StoryUnits.wip(100))
        let fundedRaw = try await raw.ledger.submit(
            .faucet(to: bob, amount: StoryUnits.wip(100)), from: operatorAddress)
        expectSameReceipt(funded, fundedRaw)
        #expect(funded.from == operatorAddress && fundedRaw.result == .none)

        let registered = try await typed.ledger.mintAndRegisterIpAndAttachPILTerms(
            from: alice, spgNftContract: d.spgNftContract, recipient: alice, ipMetadata: metadata,
            licenseTermsData: [LicenseTermsData(terms: typed.remix(share: 10))], allowDuplicates: false)
        let registeredRaw = try await raw.ledger.submit(
            .mintAndRegisterIpAndAttachPILTerms(
                spgNftContract: d.spgNftContract, recipient: alice, ipMetadata: metadata,
                licenseTermsData: [LicenseTermsData(terms: raw.remix(share: 10))], allowDuplicates: false),
            from: alice)
        expectSameReceipt(registered, registeredRaw)
        let ip = registered.result
        #expect(
            registeredRaw.result
                == .registered(ipId: ip.ipId, tokenId: ip.tokenId, licenseTermsIds: ip.licenseTermsIds))
        #expect(ip.nftContract == d.spgNftContract)

        let terms = typed.remix(share: 20)
        let termsId = try await typed.ledger.registerLicenseTerms(from: bob, terms: terms)
        let termsIdRaw = try await raw.ledger.submit(.registerLicenseTerms(terms), from: bob)
        expectSameReceipt(termsId, termsIdRaw)
        #expect(termsIdRaw.result == .number(termsId.result))

        let attached = try await typed.ledger.attachLicenseTerms(
            from: alice, ipId: ip.ipId, licenseTermsId: termsId.result)
        let attachedRaw = try await raw.ledger.submit(
            .attachLicenseTerms(ipId: ip.ipId, licenseTemplate: d.piLicenseTemplate, licenseTermsId: termsId.result),
            from: alice)
        expectSameReceipt(attached, attachedRaw)

        let minted = try await typed.ledger.mintLicenseTokens(
            from: bob, licensorIpId: ip.ipId, licenseTermsId: termsId.result, amount: 2, receiver: bob,
            maxMintingFee: 0, maxRevenueShare: 0)
        let mintedRaw = try await raw.ledger.submit(
            .mintLicenseTokens(
                licensorIpId: ip.ipId, licenseTemplate: d.piLicenseTemplate, licenseTermsId: termsId.result,
                amount: 2, receiver: bob, royaltyContext: [], maxMintingFee: 0, maxRevenueShare: 0),
            from: bob)
        expectSameReceipt(minted, mintedRaw)
        #expect(mintedRaw.result == .number(minted.result.startLicenseTokenId))
        let start = minted.result.startLicenseTokenId
        #expect(minted.result.licenseTokenIds == [start, start + 1])

        let evidence = Bytes32.keccak256([3])
        let disputed = try await typed.ledger.raiseDispute(
            from: bob, targetIpId: ip.ipId, disputeEvidenceHash: evidence, targetTag: DisputeTag.improperUsage,
            liveness: 3_600, bond: StoryUnits.wip(1))
        // ArbitrationPolicyUMA's data, as the typed method encodes it.
        let data = try ABI.encode(
            [.uint(3_600), .address(wip), .uint(StoryUnits.wip(1))], as: [.uint(64), .address, .uint256])
        let disputedRaw = try await raw.ledger.submit(
            .raiseDispute(
                targetIpId: ip.ipId, disputeEvidenceHash: evidence, targetTag: DisputeTag.improperUsage, data: data),
            from: bob)
        expectSameReceipt(disputed, disputedRaw)
        #expect(disputedRaw.result == .number(disputed.result))

        let group = try await typed.ledger.registerGroup(from: alice, groupPool: d.evenSplitGroupPool)
        let groupRaw = try await raw.ledger.submit(.registerGroup(groupPool: d.evenSplitGroupPool), from: alice)
        expectSameReceipt(group, groupRaw)
        #expect(groupRaw.result == .address(group.result))
        #expect(await typed.ledger.blockNumber() == 7)
    }

    @Test func aRefusedRawCallThrowsTheRuleAndChangesNothing() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice)
        let block = await f.ledger.blockNumber()
        let events = try await f.ledger.events(after: nil).count
        await expectStoryError(StoryErrors.LicensingModule.licenseTermsNotFound) {
            _ = try await f.ledger.submit(
                .attachLicenseTerms(ipId: ip.ipId, licenseTemplate: f.d.piLicenseTemplate, licenseTermsId: 99),
                from: alice)
        }
        #expect(await f.ledger.blockNumber() == block)
        #expect(try await f.ledger.events(after: nil).count == events)
        #expect(await f.ledger.attachedLicenseTerms(of: ip.ipId) == [1])
    }

    @Test func resultsOfTheWrongShapeThrowInsteadOfCrashing() async throws {
        let groupAnsweredWithANumber = ShapeStub(call: .number(7))
        let error = await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await groupAnsweredWithANumber.registerGroup(from: alice, groupPool: bob)
        }
        #expect(error?.operation == "registerGroup(from:groupPool:)")
        #expect(error?.description.contains("registerGroup") == true)
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(call: .none).registerLicenseTerms(
                from: alice, terms: PILFlavor.nonCommercialSocialRemixing())
        }
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(call: .address(bob)).claimAllRevenue(
                from: alice, ancestorIpId: bob, claimer: bob, childIpIds: [], royaltyPolicies: [], currencyTokens: [])
        }
        // Void operations drop whatever came back.
        _ = try await ShapeStub(call: .number(1)).faucet(to: bob, amount: 1)

        let stub = ShapeStub(call: .registered(ipId: bob, tokenId: 3, licenseTermsIds: [1]))
        let registered = try await stub.mintAndRegisterIp(
            from: alice, spgNftContract: stub.deployment.spgNftContract, recipient: alice, ipMetadata: IPMetadata(),
            allowDuplicates: false
        ).result
        let expected = RegisteredIP(
            ipId: bob, nftContract: stub.deployment.spgNftContract, tokenId: 3, licenseTermsIds: [1])
        #expect(registered == expected)
    }

    @Test func viewsOfTheWrongShapeThrowAndNotFoundIsNil() async throws {
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(view: .bool(true)).balance(of: alice, token: bob)
        }
        // A view that always answers cannot answer "not found".
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(view: .notFound).attachedLicenseTerms(of: alice)
        }
        // Out of the typed view's range: royaltyStack is a uint32, blockNumber a uint64.
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(view: .number(BigUInt(1) << 40)).royaltyStack(of: alice, policy: bob)
        }
        await #expect(throws: UnexpectedLedgerResult.self) {
            _ = try await ShapeStub(view: .number(BigUInt(1) << 64)).blockNumber()
        }
        await #expect(throws: UnexpectedLedgerResult.self) {
            try await ShapeStub(view: .bool(true)).checkPermission(
                ipAccount: alice, signer: bob, to: bob, function: .any)
        }
        #expect(try await ShapeStub(view: .notFound).owner(of: alice) == nil)
        #expect(try await ShapeStub(view: .notFound).dispute(1) == nil)
        #expect(try await ShapeStub(view: .address(bob)).owner(of: alice) == bob)
        #expect(try await ShapeStub(view: .number(5)).royaltyStack(of: alice, policy: bob) == 5)
    }

    @Test func ipIdIsTheSameComputationOnEveryAdapter() {
        let stub = ShapeStub(view: .none)
        let expected = IPAccountAddress.compute(chainId: 1315, tokenContract: bob, tokenId: 9)
        #expect(stub.ipId(chainId: 1315, tokenContract: bob, tokenId: 9) == expected)
        #expect(LedgerFixture().ledger.ipId(chainId: 1315, tokenContract: bob, tokenId: 9) == expected)
    }
}

/// Both receipts describe the same transaction: hash, position, sender, target and logs.
func expectSameReceipt<A, B>(
    _ a: LedgerReceipt<A>, _ b: LedgerReceipt<B>, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(a.transactionHash == b.transactionHash, sourceLocation: sourceLocation)
    #expect(a.blockNumber == b.blockNumber && a.blockTimestamp == b.blockTimestamp, sourceLocation: sourceLocation)
    #expect(a.transactionIndex == b.transactionIndex, sourceLocation: sourceLocation)
    #expect(a.from == b.from && a.to == b.to, sourceLocation: sourceLocation)
    #expect(a.logs == b.logs, sourceLocation: sourceLocation)
}

/// An adapter that answers every transaction and every view with one fixed result.
private struct ShapeStub: IPLedger {
    let deployment = LedgerSettings().deployment
    let operatorAddress = LedgerFixture.dave
    var call: CallResult = .none
    var view: LedgerViewResult = .none

    init(call: CallResult) { self.call = call }
    init(view: LedgerViewResult) { self.view = view }

    func submit(_ call: LedgerCall, from: Address) async throws -> LedgerReceipt<CallResult> {
        LedgerReceipt(
            transactionHash: .zero, blockNumber: 1, blockTimestamp: 1, transactionIndex: 0, from: from,
            to: call.target(in: deployment), result: self.call, logs: [])
    }

    func read(_ view: LedgerView) async throws -> LedgerViewResult { self.view }

    func events(after cursor: LedgerCursor?, limit: Int) async throws -> [LedgerEventRecord] { [] }
}
