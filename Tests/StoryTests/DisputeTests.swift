import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Disputes (story.md §2.6, §5)")
struct DisputeTests {
    typealias D = StoryErrors.DisputeModule
    typealias U = StoryErrors.ArbitrationPolicyUMA
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol
    let bond = StoryUnits.wip(10)

    private func raise(
        _ f: LedgerFixture, _ target: Address, from: Address = LedgerFixture.carol,
        evidence: Bytes32? = nil, tag: Bytes32 = DisputeTag.improperUsage, liveness: UInt64 = 3_600,
        bond: BigUInt = StoryUnits.wip(10)
    ) async throws -> BigUInt {
        try await f.ledger.raiseDispute(
            from: from, targetIpId: target,
            disputeEvidenceHash: evidence ?? .keccak256(target.bytes + from.bytes),
            targetTag: tag, liveness: liveness, bond: bond
        ).result
    }

    @Test func raiseDisputeRules() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice)
        try await f.fund(carol)
        await expectStoryError(D.notRegisteredIpId) { _ = try await raise(f, LedgerFixture.dave) }
        await expectStoryError(D.notWhitelistedDisputeTag) {
            _ = try await raise(f, ip.ipId, tag: DisputeTag.inDispute)
        }
        await expectStoryError(D.zeroDisputeEvidenceHash) { _ = try await raise(f, ip.ipId, evidence: .zero) }
        await expectStoryError(U.livenessBelowMin) { _ = try await raise(f, ip.ipId, liveness: 59) }
        await expectStoryError(U.livenessAboveMax) { _ = try await raise(f, ip.ipId, liveness: 31 * 24 * 3600) }
        await expectStoryError(U.bondAboveMax) { _ = try await raise(f, ip.ipId, bond: StoryUnits.wip(1_001)) }
        await expectStoryError(StoryErrors.Tokens.insufficientBalance) { _ = try await raise(f, ip.ipId, from: bob) }
        let receipt = try await f.ledger.raiseDispute(
            from: carol, targetIpId: ip.ipId, disputeEvidenceHash: .keccak256([1]),
            targetTag: DisputeTag.improperUsage, liveness: 3_600, bond: bond)
        #expect(receipt.result == 1)
        #expect(receipt.events.map(\.name) == ["Transfer", "DisputeRaisedUMA", "DisputeRaised"])
        #expect(await f.balance(f.d.arbitrationPolicyUMA) == bond)
        // Evidence is used once.
        await expectStoryError(D.evidenceHashAlreadyUsed) { _ = try await raise(f, ip.ipId, evidence: .keccak256([1])) }
        let dispute = try #require(await f.ledger.dispute(1))
        #expect(dispute.status == .pending && dispute.initiator == carol && dispute.bond == bond)
        #expect(await f.ledger.isIpTagged(ip.ipId) == false)
    }

    @Test func cancellingIsRefusedByTheUMAPolicy() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice)
        try await f.fund(carol)
        let id = try await raise(f, ip.ipId)
        await expectStoryError(D.notDisputeInitiator) {
            _ = try await f.ledger.cancelDispute(from: bob, disputeId: id, data: [])
        }
        let refusal = await expectStoryError(U.cannotCancel) {
            _ = try await f.ledger.cancelDispute(from: carol, disputeId: id, data: [])
        }
        #expect(refusal?.explanation.contains("cannot cancel") == true)
        #expect(await f.ledger.dispute(id)?.status == .pending)
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: id, decision: false, data: [])
        await expectStoryError(D.notInDisputeState) {
            _ = try await f.ledger.cancelDispute(from: carol, disputeId: id, data: [])
        }
    }

    @Test func judgementResolutionAndBonds() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice)
        try await f.fund(carol)
        let upheld = try await raise(f, ip.ipId)
        await expectStoryError(D.notArbitrationRelayer) {
            _ = try await f.ledger.setDisputeJudgement(from: carol, disputeId: upheld, decision: true, data: [])
        }
        await expectStoryError(D.notAbleToResolve) {
            _ = try await f.ledger.resolveDispute(from: carol, disputeId: upheld, data: [])
        }
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: upheld, decision: true, data: [])
        #expect(await f.ledger.dispute(upheld)?.status == .tagged(DisputeTag.improperUsage))
        #expect(await f.ledger.isIpTagged(ip.ipId))
        #expect(await f.balance(carol) == StoryUnits.wip(1_000))  // bond returned to the initiator
        await expectStoryError(D.notInDisputeState) {
            _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: upheld, decision: true, data: [])
        }
        await expectStoryError(D.notDisputeInitiator) {
            _ = try await f.ledger.resolveDispute(from: bob, disputeId: upheld, data: [])
        }
        _ = try await f.ledger.resolveDispute(from: carol, disputeId: upheld, data: [])
        #expect(await f.ledger.isIpTagged(ip.ipId) == false)
        #expect(await f.ledger.dispute(upheld)?.status == .closed)
        // A dismissed dispute pays the bond to the target IP's account.
        let dismissed = try await raise(f, ip.ipId, evidence: .keccak256([9]))
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: dismissed, decision: false, data: [])
        #expect(await f.balance(ip.ipId) == bond)
        #expect(await f.ledger.isIpTagged(ip.ipId) == false)
    }

    @Test func aTagBlocksLicensingLinkingRoyaltiesClaimsAndGroups() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice, [f.remix(share: 10)])
        let terms = ip.licenseTermsIds[0]
        try await f.fund(carol)
        try await f.fund(bob)
        _ = try await f.ledger.mintLicenseTokens(
            from: bob, licensorIpId: ip.ipId, licenseTermsId: terms, amount: 1,
            receiver: bob, maxMintingFee: 0, maxRevenueShare: 0)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: bob, receiverIpId: ip.ipId, payerIpId: .zero, token: f.wip, amount: 100)
        let id = try await raise(f, ip.ipId)
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: id, decision: true, data: [])
        await expectStoryError(StoryErrors.LicensingModule.disputedIpId) {
            _ = try await f.ledger.mintLicenseTokens(
                from: bob, licensorIpId: ip.ipId, licenseTermsId: terms, amount: 1,
                receiver: bob, maxMintingFee: 0, maxRevenueShare: 0)
        }
        await expectStoryError(StoryErrors.LicensingModule.disputedIpId) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: ip.ipId, licenseTermsId: 1)
        }
        await expectStoryError(StoryErrors.LicenseRegistry.parentIpTagged) {
            _ = try await f.derivative(bob, parents: [ip.ipId], termsIds: [terms])
        }
        await expectStoryError(StoryErrors.RoyaltyModule.ipIsTagged) {
            _ = try await f.ledger.payRoyaltyOnBehalf(
                from: bob, receiverIpId: ip.ipId, payerIpId: .zero, token: f.wip, amount: 1)
        }
        #expect(await f.ledger.claimableRevenue(ipId: ip.ipId, claimer: ip.ipId, token: f.wip) == 0)
        await expectStoryError(StoryErrors.IpRoyaltyVault.noClaimableTokens) {
            _ = try await f.ledger.claimAllRevenue(
                from: alice, ancestorIpId: ip.ipId, claimer: ip.ipId, childIpIds: [],
                royaltyPolicies: [], currencyTokens: [f.wip])
        }
        // Resolving lifts every block: the revenue is claimable again.
        _ = try await f.ledger.resolveDispute(from: carol, disputeId: id, data: [])
        #expect(await f.ledger.claimableRevenue(ipId: ip.ipId, claimer: ip.ipId, token: f.wip) == 100)
    }

    @Test func tagsPropagateToDerivatives() async throws {
        let f = LedgerFixture()
        let parent = try await f.root(alice)
        let child = try await f.derivative(bob, parents: [parent.ipId], termsIds: [1])
        let unrelated = try await f.root(bob)
        try await f.fund(carol)
        let id = try await raise(f, parent.ipId)
        await expectStoryError(D.disputeWithoutInfringementTag) {
            _ = try await f.ledger.tagIfRelatedIpInfringed(from: carol, ipIdToTag: child.ipId, infringerDisputeId: id)
        }
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: id, decision: true, data: [])
        await expectStoryError(D.notDerivativeOrGroupIp) {
            _ = try await f.ledger.tagIfRelatedIpInfringed(
                from: carol, ipIdToTag: unrelated.ipId, infringerDisputeId: id)
        }
        let propagated = try await f.ledger.tagIfRelatedIpInfringed(
            from: bob, ipIdToTag: child.ipId,
            infringerDisputeId: id
        ).result
        #expect(await f.ledger.isIpTagged(child.ipId))
        await expectStoryError(D.disputeAlreadyPropagated) {
            _ = try await f.ledger.tagIfRelatedIpInfringed(from: carol, ipIdToTag: child.ipId, infringerDisputeId: id)
        }
        // The propagated tag lifts only after the original dispute is resolved, then by anyone.
        await expectStoryError(D.relatedDisputeNotResolved) {
            _ = try await f.ledger.resolveDispute(from: bob, disputeId: propagated, data: [])
        }
        _ = try await f.ledger.resolveDispute(from: carol, disputeId: id, data: [])
        _ = try await f.ledger.resolveDispute(from: bob, disputeId: propagated, data: [])
        #expect(await f.ledger.isIpTagged(child.ipId) == false)
    }
}
