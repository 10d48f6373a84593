import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Groups (story.md §2.7, §5)")
struct GroupTests {
    typealias G = StoryErrors.Grouping
    typealias R = StoryErrors.LicenseRegistry
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol, dave = LedgerFixture.dave

    /// A group owned by alice with LRP terms, and a config that lets an IP join it.
    private func group(_ f: LedgerFixture) async throws -> (id: Address, terms: BigUInt, memberConfig: LicensingConfig)
    {
        let groupId = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool).result
        let terms = try await f.ledger.registerLicenseTerms(from: alice, terms: f.remix(share: 10, policy: f.lrp))
            .result
        _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: terms)
        return (groupId, terms, LicensingConfig(isSet: true, expectGroupRewardPool: f.d.evenSplitGroupPool))
    }

    @Test func registrationAndTermsRules() async throws {
        let f = LedgerFixture()
        await expectStoryError(G.groupRewardPoolNotRegistered) {
            _ = try await f.ledger.registerGroup(from: alice, groupPool: carol)
        }
        let receipt = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool)
        let groupId = receipt.result
        #expect(groupId == IPAccountAddress.compute(chainId: 31337, tokenContract: f.d.groupNFT, tokenId: 0))
        #expect(receipt.events.last == .ipGroupRegistered(groupId: groupId, groupPool: f.d.evenSplitGroupPool))
        #expect(await f.ledger.ipAsset(groupId)?.isGroup == true)
        #expect(await f.ledger.owner(of: groupId) == alice)
        let member = try await f.root(bob)
        await expectStoryError(G.groupIPHasNoLicenseTerms) {
            _ = try await f.ledger.addIp(
                from: alice, groupIpId: groupId, ipIds: [member.ipId], maxAllowedRewardShare: 0)
        }
        let lapTerms = try await f.ledger.registerLicenseTerms(from: alice, terms: f.remix(share: 10)).result
        await expectStoryError(R.licenseTermsCannotAttachToGroupIp) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: lapTerms)
        }
        _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: 1)
        await expectStoryError(R.groupIpAlreadyHasLicenseTerms) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: 1)
        }
        // NCSR terms name no currency, so no member can be added.
        await expectStoryError(G.groupIPLicenseHasNotSpecifyRevenueToken) {
            _ = try await f.ledger.addIp(
                from: alice, groupIpId: groupId, ipIds: [member.ipId], maxAllowedRewardShare: 0)
        }
        // A group can never be a derivative.
        let parent = try await f.root(carol)
        let bareGroup = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool).result
        await expectStoryError(R.groupCannotHasParentIp) {
            _ = try await f.ledger.registerDerivative(
                from: alice, childIpId: bareGroup, parentIpIds: [parent.ipId], licenseTermsIds: [1], maxMintingFee: 0,
                maxRts: 0, maxRevenueShare: 0)
        }
        // An empty group can neither be a parent nor license.
        await expectStoryError(R.parentIpIsEmptyGroup) {
            _ = try await f.derivative(carol, parents: [groupId], termsIds: [1])
        }
        await expectStoryError(R.emptyGroupCannotMintLicenseToken) {
            _ = try await f.ledger.mintLicenseTokens(
                from: carol, licensorIpId: groupId, licenseTermsId: 1, amount: 1,
                receiver: carol, maxMintingFee: 0, maxRevenueShare: 0)
        }
    }

    @Test func membershipRules() async throws {
        let f = LedgerFixture()
        let (groupId, terms, config) = try await group(f)
        let lrpTerms = try #require(await f.ledger.licenseTerms(terms))
        func add(_ ids: [Address], from: Address = LedgerFixture.alice, max: BigUInt = 100_000_000) async throws {
            _ = try await f.ledger.addIp(from: from, groupIpId: groupId, ipIds: ids, maxAllowedRewardShare: max)
        }
        let good = try await f.root(bob, [lrpTerms], config: config)
        await expectStoryError(StoryErrors.AccessController.permissionDenied) { try await add([good.ipId], from: bob) }
        await expectStoryError(G.maxAllowedRewardShareExceeds100Percent) {
            try await add([good.ipId], max: 100_000_001)
        }
        await expectStoryError(R.ipHasNoGroupLicenseTerms) { try await add([try await f.root(bob).ipId]) }
        await expectStoryError(R.ipExpectGroupRewardPoolNotSet) {
            try await add([try await f.root(bob, [lrpTerms]).ipId])
        }
        let demanding = LicensingConfig(
            isSet: true, expectMinimumGroupRewardShare: StoryUnits.percent(60),
            expectGroupRewardPool: f.d.evenSplitGroupPool)
        let greedy = try await f.root(carol, [lrpTerms], config: demanding)
        await expectStoryError(G.ipExpectedShareExceedsMaxAllowedShare) {
            try await add([greedy.ipId], max: BigUInt(StoryUnits.percent(50)))
        }
        let greedy2 = try await f.root(dave, [lrpTerms], config: demanding)
        await expectStoryError(G.totalGroupRewardShareExceeds100Percent) { try await add([greedy.ipId, greedy2.ipId]) }
        let feeConfig = LicensingConfig(isSet: true, mintingFee: 5, expectGroupRewardPool: f.d.evenSplitGroupPool)
        await expectStoryError(R.ipMintingFeeNotMatchWithGroup) {
            try await add([try await f.root(bob, [lrpTerms], config: feeConfig).ipId])
        }
        let otherGroup = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool).result
        await expectStoryError(G.cannotAddGroupToGroup) { try await add([otherGroup]) }
        await expectStoryError(G.notRegisteredIP) { try await add([carol]) }
        // A tagged IP cannot join; a tagged group cannot add.
        try await f.fund(carol)
        let tagged = try await f.root(bob, [lrpTerms], config: config)
        let dispute = try await f.ledger.raiseDispute(
            from: carol, targetIpId: tagged.ipId, disputeEvidenceHash: .keccak256([3]),
            targetTag: DisputeTag.improperRegistration, liveness: 60, bond: 0
        ).result
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: dispute, decision: true, data: [])
        await expectStoryError(G.cannotAddDisputedIpToGroup) { try await add([tagged.ipId]) }
        let receipt = try await f.ledger.addIp(
            from: alice, groupIpId: groupId, ipIds: [good.ipId], maxAllowedRewardShare: 0)
        #expect(receipt.events.last == .addedIpToGroup(groupId: groupId, ipIds: [good.ipId]))
        #expect(await f.ledger.groupMembers(of: groupId) == [good.ipId])
        _ = try await f.ledger.removeIp(from: alice, groupIpId: groupId, ipIds: [good.ipId])
        #expect(await f.ledger.groupMembers(of: groupId).isEmpty)
        let groupDispute = try await f.ledger.raiseDispute(
            from: carol, targetIpId: groupId, disputeEvidenceHash: .keccak256([4]),
            targetTag: DisputeTag.improperUsage, liveness: 60, bond: 0
        ).result
        _ = try await f.ledger.setDisputeJudgement(from: f.relayer, disputeId: groupDispute, decision: true, data: [])
        await expectStoryError(G.disputedGroupCannotAddIp) { try await add([good.ipId]) }
    }

    @Test func royaltiesFlowFromDerivativesToMembers() async throws {
        let f = LedgerFixture()
        let (groupId, terms, config) = try await group(f)
        let lrpTerms = try #require(await f.ledger.licenseTerms(terms))
        let m1 = try await f.root(bob, [lrpTerms], config: config).ipId
        let m2 = try await f.root(carol, [lrpTerms], config: config).ipId
        _ = try await f.ledger.addIp(from: alice, groupIpId: groupId, ipIds: [m1, m2], maxAllowedRewardShare: 0)
        let outsider = try await f.root(dave, [lrpTerms])
        await expectStoryError(R.groupMustBeSoleParent) {
            _ = try await f.derivative(dave, parents: [groupId, outsider.ipId], termsIds: [terms, terms])
        }
        let child = try await f.derivative(dave, parents: [groupId], termsIds: [terms]).ipId
        try await f.fund(dave)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: dave, receiverIpId: child, payerIpId: .zero, token: f.wip,
            amount: StoryUnits.wip(100))
        let moved = try await f.ledger.transferToVault(
            from: dave, royaltyPolicy: f.lrp, ipId: child, ancestorIpId: groupId,
            token: f.wip
        ).result
        #expect(moved == StoryUnits.wip(10))
        // The group's vault revenue belongs to the pool, which only the grouping module may claim.
        await expectStoryError(StoryErrors.IpRoyaltyVault.groupPoolMustClaimViaGroupingModule) {
            _ = try await f.ledger.claimAllRevenue(
                from: dave, ancestorIpId: groupId, claimer: f.d.evenSplitGroupPool,
                childIpIds: [], royaltyPolicies: [], currencyTokens: [f.wip])
        }
        #expect(await f.ledger.claimableReward(groupIpId: groupId, token: f.wip, ipIds: [m1, m2]) == [0, 0])
        let receipt = try await f.ledger.collectRoyaltiesAndClaimReward(
            from: dave, groupIpId: groupId, currencyTokens: [f.wip],
            memberIpIds: [m1, m2])
        #expect(receipt.result == [StoryUnits.wip(10)])
        #expect(
            receipt.events.contains(
                .collectedRoyaltiesToGroupPool(
                    groupId: groupId, token: f.wip,
                    pool: f.d.evenSplitGroupPool, amount: StoryUnits.wip(10))))
        #expect(
            receipt.events.contains(
                .claimedReward(
                    groupId: groupId, token: f.wip, ipId: [m1, m2],
                    amount: [StoryUnits.wip(5), StoryUnits.wip(5)])))
        #expect(await f.ledger.claimableRevenue(ipId: m1, claimer: m1, token: f.wip) == StoryUnits.wip(5))
        #expect(await f.ledger.claimableRevenue(ipId: m2, claimer: m2, token: f.wip) == StoryUnits.wip(5))
        // Members are frozen once the group has derivatives.
        await expectStoryError(G.groupFrozenDueToHasDerivativeIps) {
            _ = try await f.ledger.removeIp(from: alice, groupIpId: groupId, ipIds: [m1])
        }
        await expectStoryError(G.tokenNotMatchGroupRevenueToken) {
            _ = try await f.ledger.collectRoyalties(from: dave, groupIpId: groupId, token: carol)
        }
    }

    @Test func frozenAfterLicensesAndAtMost1000Members() async throws {
        let f = LedgerFixture()
        let (groupId, terms, config) = try await group(f)
        let lrpTerms = try #require(await f.ledger.licenseTerms(terms))
        var members: [Address] = []
        for _ in 0..<1001 { members.append(try await f.root(bob, [lrpTerms], config: config).ipId) }
        await expectStoryError(G.groupSizeExceedsLimit) {
            _ = try await f.ledger.addIp(from: alice, groupIpId: groupId, ipIds: members, maxAllowedRewardShare: 0)
        }
        _ = try await f.ledger.addIp(
            from: alice, groupIpId: groupId, ipIds: Array(members.prefix(1000)), maxAllowedRewardShare: 0)
        await expectStoryError(G.groupSizeExceedsLimit) {
            _ = try await f.ledger.addIp(
                from: alice, groupIpId: groupId, ipIds: [members[1000]], maxAllowedRewardShare: 0)
        }
        _ = try await f.ledger.mintLicenseTokens(
            from: dave, licensorIpId: groupId, licenseTermsId: terms, amount: 1,
            receiver: dave, maxMintingFee: 0, maxRevenueShare: 0)
        await expectStoryError(G.groupFrozenDueToAlreadyMintLicenseTokens) {
            _ = try await f.ledger.removeIp(from: alice, groupIpId: groupId, ipIds: [members[0]])
        }
    }
}
