import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Derivatives (story.md §5)")
struct DerivativeTests {
    typealias L = StoryErrors.LicensingModule
    typealias R = StoryErrors.LicenseRegistry
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol

    @Test func derivativeInheritsParentsTermsAndPaysFees() async throws {
        let f = LedgerFixture()
        let parent = try await f.root(alice, [f.remix(share: 10, fee: 500)])
        try await f.fund(bob)
        let receipt = try await f.ledger.mintAndRegisterIpAndMakeDerivative(
            from: bob, spgNftContract: f.d.spgNftContract,
            derivData: MakeDerivative(
                parentIpIds: [parent.ipId], licenseTemplate: f.d.piLicenseTemplate,
                licenseTermsIds: parent.licenseTermsIds),
            ipMetadata: IPMetadata(), recipient: bob, allowDuplicates: true)
        let child = receipt.result
        #expect(await f.ledger.parentIpIds(of: child.ipId) == [parent.ipId])
        #expect(await f.ledger.attachedLicenseTerms(of: child.ipId) == parent.licenseTermsIds)
        #expect(await f.ledger.derivativeIpIds(of: parent.ipId) == [child.ipId])
        #expect(await f.ledger.royaltyStack(of: child.ipId, policy: f.lap) == StoryUnits.percent(10))
        #expect(await f.balance(bob) == StoryUnits.wip(1_000) - 500)
        #expect(await f.ledger.claimableRevenue(ipId: parent.ipId, claimer: parent.ipId, token: f.wip) == 500)
        let names = receipt.events.map(\.name)
        #expect(
            names.contains("DerivativeRegistered") && names.contains("LinkedToParents")
                && names.contains("LicenseMintingFeePaid"))
        guard let registered = receipt.events.first(where: { $0.name == "DerivativeRegistered" }),
            case .derivativeRegistered(let caller, let childId, let tokens, let parents, let terms, _) = registered
        else {
            Issue.record("DerivativeRegistered expected")
            return
        }
        #expect(caller == f.d.derivativeWorkflows && childId == child.ipId && tokens.isEmpty)
        #expect(parents == [parent.ipId] && terms == parent.licenseTermsIds)
    }

    @Test func structuralRules() async throws {
        let f = LedgerFixture()
        let parent = try await f.root(alice)  // Non-Commercial Social Remixing, id 1
        let other = try await f.root(carol)
        // Link once.
        let child = try await f.bare(bob)
        _ = try await f.ledger.registerDerivative(
            from: bob, childIpId: child.ipId, parentIpIds: [parent.ipId],
            licenseTermsIds: [1], maxMintingFee: 0, maxRts: 0, maxRevenueShare: 0)
        func link(
            _ child: Address, _ parents: [Address], _ terms: [BigUInt], from: Address = LedgerFixture.bob
        ) async throws {
            _ = try await f.ledger.registerDerivative(
                from: from, childIpId: child, parentIpIds: parents,
                licenseTermsIds: terms, maxMintingFee: 0, maxRts: 0, maxRevenueShare: 0)
        }
        await expectStoryError(R.derivativeAlreadyRegistered) { try await link(child.ipId, [other.ipId], [1]) }
        // No attached terms, no children, no minted licenses.
        await expectStoryError(R.derivativeIpAlreadyHasLicense) {
            try await link(other.ipId, [parent.ipId], [1], from: carol)
        }
        let licensed = try await f.bare(carol)
        _ = try await f.ledger.mintLicenseTokens(
            from: carol, licensorIpId: licensed.ipId, licenseTermsId: 1, amount: 1,
            receiver: carol, maxMintingFee: 0, maxRevenueShare: 0)
        await expectStoryError(L.derivativeAlreadyHasBeenMintedLicenseTokens) {
            try await link(licensed.ipId, [parent.ipId], [1], from: carol)
        }
        // Permission on the child.
        let stranger = try await f.bare(carol)
        await expectStoryError(StoryErrors.AccessController.permissionDenied) {
            try await link(stranger.ipId, [parent.ipId], [1])
        }
        // Counts and duplicates.
        await expectStoryError(L.noParentIp) { try await link(stranger.ipId, [], [], from: carol) }
        await expectStoryError(L.licenseTermsLengthMismatch) {
            try await link(stranger.ipId, [parent.ipId], [1, 1], from: carol)
        }
        await expectStoryError(R.duplicateParentIp) {
            try await link(stranger.ipId, [parent.ipId, parent.ipId], [1, 1], from: carol)
        }
        await expectStoryError(R.derivativeIsParent) {
            try await link(stranger.ipId, [stranger.ipId], [1], from: carol)
        }
        await expectStoryError(R.parentIpNotRegistered) {
            try await link(stranger.ipId, [LedgerFixture.dave], [1], from: carol)
        }
        // A parent without any terms uses no template yet; one without these terms lacks them.
        let bareParent = try await f.bare(alice)
        await expectStoryError(R.parentIpUnmatchedLicenseTemplate) {
            try await link(stranger.ipId, [bareParent.ipId], [1], from: carol)
        }
        let remixParent = try await f.root(alice, [f.remix(share: 5)])
        await expectStoryError(R.parentIpHasNoLicenseTerms) {
            try await link(stranger.ipId, [remixParent.ipId], [1], from: carol)
        }
        var parents: [Address] = []
        for _ in 0..<17 { parents.append(try await f.root(alice).ipId) }
        await expectStoryError(R.tooManyParents) {
            try await link(stranger.ipId, parents, Array(repeating: 1, count: 17), from: carol)
        }
        try await link(stranger.ipId, Array(parents.prefix(16)), Array(repeating: 1, count: 16), from: carol)
        #expect(await f.ledger.parentIpIds(of: stranger.ipId).count == 16)
        // An IP that already has derivatives cannot become one.
        await expectStoryError(R.derivativeIpAlreadyHasChild) {
            try await link(parent.ipId, [other.ipId], [1], from: alice)
        }
    }

    @Test func licenseCompatibilityRules() async throws {
        let f = LedgerFixture()
        let noDerivatives = PILFlavor.commercialUse(defaultMintingFee: 0, currency: f.wip, royaltyPolicy: f.lap)
        let closed = try await f.root(alice, [noDerivatives])
        await expectStoryError(L.licenseNotCompatibleForDerivative) {
            _ = try await f.derivative(bob, parents: [closed.ipId], termsIds: closed.licenseTermsIds)
        }
        // Derivative of a derivative needs reciprocal terms.
        var nonReciprocal = f.remix(share: 5)
        nonReciprocal.derivativesReciprocal = false
        let root = try await f.root(alice, [nonReciprocal])
        let child = try await f.derivative(bob, parents: [root.ipId], termsIds: root.licenseTermsIds)
        await expectStoryError(L.licenseNotCompatibleForDerivative) {
            _ = try await f.derivative(carol, parents: [child.ipId], termsIds: root.licenseTermsIds)
        }
        // ... and a derivative may only license reciprocal terms it carries.
        await expectStoryError(L.licenseDenyMintLicenseToken) {
            _ = try await f.ledger.mintLicenseTokens(
                from: carol, licensorIpId: child.ipId,
                licenseTermsId: root.licenseTermsIds[0], amount: 1, receiver: carol,
                maxMintingFee: 0, maxRevenueShare: 0)
        }
        // Multiple parents: reciprocal terms must be identical; commercial use must match.
        let a = try await f.root(alice, [f.remix(share: 5)])
        let b = try await f.root(alice, [f.remix(share: 6)])
        await expectStoryError(L.licenseNotCompatibleForDerivative) {
            _ = try await f.derivative(
                carol, parents: [a.ipId, b.ipId], termsIds: [a.licenseTermsIds[0], b.licenseTermsIds[0]])
        }
        let ncsr = try await f.root(alice)
        await expectStoryError(L.licenseNotCompatibleForDerivative) {
            _ = try await f.derivative(carol, parents: [a.ipId, ncsr.ipId], termsIds: [a.licenseTermsIds[0], 1])
        }
        // Same policy across parents.
        var lapOpen = f.remix(share: 5)
        lapOpen.derivativesReciprocal = false
        var lrpOpen = f.remix(share: 5, policy: f.lrp)
        lrpOpen.derivativesReciprocal = false
        let p1 = try await f.root(alice, [lapOpen])
        let p2 = try await f.root(alice, [lrpOpen])
        await expectStoryError(L.royaltyPolicyMismatch) {
            _ = try await f.derivative(
                carol, parents: [p1.ipId, p2.ipId], termsIds: [p1.licenseTermsIds[0], p2.licenseTermsIds[0]])
        }
        // Identical reciprocal terms from two parents are fine.
        let twin = try await f.root(bob, [f.remix(share: 5)])
        let merged = try await f.derivative(
            carol, parents: [a.ipId, twin.ipId], termsIds: [a.licenseTermsIds[0], twin.licenseTermsIds[0]])
        #expect(await f.ledger.royaltyStack(of: merged.ipId, policy: f.lap) == StoryUnits.percent(10))
    }

    @Test func derivativeApprovalIsRequiredWhenTheTermsSaySo() async throws {
        let f = LedgerFixture()
        var terms = PILFlavor.nonCommercialSocialRemixing()
        terms.derivativesApproval = true
        let parent = try await f.root(alice, [terms])
        let child = try await f.bare(bob)
        func link() async throws {
            _ = try await f.ledger.registerDerivative(
                from: bob, childIpId: child.ipId, parentIpIds: [parent.ipId],
                licenseTermsIds: parent.licenseTermsIds, maxMintingFee: 0, maxRts: 0,
                maxRevenueShare: 0)
        }
        await expectStoryError(L.licenseNotCompatibleForDerivative) { try await link() }
        // PILicenseTemplate is not a registered module, so only the owner can approve.
        await expectStoryError(StoryErrors.AccessController.bothCallerAndRecipientAreNotRegisteredModule) {
            _ = try await f.ledger.setApproval(
                from: bob, parentIpId: parent.ipId, licenseTermsId: parent.licenseTermsIds[0],
                childIpId: child.ipId, approved: true)
        }
        _ = try await f.ledger.setApproval(
            from: alice, parentIpId: parent.ipId, licenseTermsId: parent.licenseTermsIds[0],
            childIpId: child.ipId, approved: true)
        try await link()
        #expect(await f.ledger.parentIpIds(of: child.ipId) == [parent.ipId])
    }

    @Test func capsOnFeesAndRevenueShare() async throws {
        let f = LedgerFixture()
        let a = try await f.root(alice, [f.remix(share: 30, fee: 100)])
        let b = try await f.root(carol, [f.remix(share: 30, fee: 100)])
        try await f.fund(bob)
        let ids = [a.licenseTermsIds[0], b.licenseTermsIds[0]]
        #expect(ids[0] == ids[1])
        await expectStoryError(L.mintingFeeExceedMaxMintingFee) {
            _ = try await f.derivative(bob, parents: [a.ipId, b.ipId], termsIds: ids, maxMintingFee: 199)
        }
        let refused = await expectStoryError(L.exceedMaxRevenueShare) {
            _ = try await f.derivative(
                bob, parents: [a.ipId, b.ipId], termsIds: ids, maxRevenueShare: StoryUnits.percent(59))
        }
        #expect(
            refused?.explanation == "the parents' licenses demand a larger revenue share than the maximum you accepted")
        // A refused transaction leaves no trace: no fee was taken.
        #expect(await f.balance(bob) == StoryUnits.wip(1_000))
        let child = try await f.derivative(
            bob, parents: [a.ipId, b.ipId], termsIds: ids, maxMintingFee: 200,
            maxRevenueShare: StoryUnits.percent(60))
        #expect(await f.ledger.royaltyStack(of: child.ipId, policy: f.lap) == StoryUnits.percent(60))
        #expect(await f.balance(bob) == StoryUnits.wip(1_000) - 200)
    }

    @Test func taggedAndExpiredParents() async throws {
        let f = LedgerFixture()
        var expiring = PILFlavor.nonCommercialSocialRemixing()
        expiring.expiration = 3_600
        let root = try await f.root(alice, [expiring])
        let child = try await f.derivative(bob, parents: [root.ipId], termsIds: root.licenseTermsIds)
        let asset = try #require(await f.ledger.ipAsset(child.ipId))
        #expect(asset.expirationTime == f.clock.now + 3_600)
        f.clock.advance(3_601)
        await expectStoryError(R.parentIpExpired) {
            _ = try await f.derivative(carol, parents: [child.ipId], termsIds: root.licenseTermsIds)
        }
        // Tagged parent; tagged child.
        let g = LedgerFixture()
        let parent = try await g.root(alice)
        let target = try await g.bare(bob)
        try await g.fund(carol)
        for ip in [parent.ipId, target.ipId] {
            let id = try await g.ledger.raiseDispute(
                from: carol, targetIpId: ip, disputeEvidenceHash: .keccak256(ip.bytes),
                targetTag: DisputeTag.improperUsage, liveness: 3_600, bond: 0
            ).result
            _ = try await g.ledger.setDisputeJudgement(from: g.relayer, disputeId: id, decision: true, data: [])
        }
        await expectStoryError(R.parentIpTagged) {
            _ = try await g.derivative(carol, parents: [parent.ipId], termsIds: [1])
        }
        let other = try await g.root(alice)
        await expectStoryError(L.disputedIpId) {
            _ = try await g.ledger.registerDerivative(
                from: bob, childIpId: target.ipId, parentIpIds: [other.ipId],
                licenseTermsIds: [1], maxMintingFee: 0, maxRts: 0, maxRevenueShare: 0)
        }
    }

    @Test func atMost1024Ancestors() async throws {
        let f = LedgerFixture()
        var tip = try await f.root(alice).ipId
        for _ in 0..<1024 {
            tip = try await f.derivative(alice, parents: [tip], termsIds: [1]).ipId
        }
        #expect(await f.ledger.ancestorIpIds(of: tip).count == 1024)
        // A 1025th ancestor is refused, and so is a license that would allow it.
        await expectStoryError(R.tooManyAncestors) { _ = try await f.derivative(bob, parents: [tip], termsIds: [1]) }
        await expectStoryError(L.tooManyAncestorsForMintingLicenseTokenAllowRegisterDerivative) {
            _ = try await f.ledger.mintLicenseTokens(
                from: bob, licensorIpId: tip, licenseTermsId: 1, amount: 1,
                receiver: bob, maxMintingFee: 0, maxRevenueShare: 0)
        }
    }

    @Test func derivativeWithLicenseTokens() async throws {
        let f = LedgerFixture()
        let parent = try await f.root(alice, [f.remix(share: 10, fee: 50)])
        try await f.fund(bob)
        let tokens = try await f.ledger.mintLicenseTokens(
            from: bob, licensorIpId: parent.ipId,
            licenseTermsId: parent.licenseTermsIds[0], amount: 2, receiver: bob,
            maxMintingFee: 0, maxRevenueShare: 0
        ).result.licenseTokenIds
        let child = try await f.bare(bob)
        let stranger = try await f.bare(carol)
        await expectStoryError(StoryErrors.LicenseToken.callerAndChildIPNotTokenOwner) {
            _ = try await f.ledger.registerDerivativeWithLicenseTokens(
                from: carol, childIpId: stranger.ipId,
                licenseTokenIds: [tokens[0]], maxRts: 0)
        }
        await expectStoryError(L.noLicenseToken) {
            _ = try await f.ledger.registerDerivativeWithLicenseTokens(
                from: bob, childIpId: child.ipId, licenseTokenIds: [],
                maxRts: 0)
        }
        let receipt = try await f.ledger.registerDerivativeWithLicenseTokens(
            from: bob, childIpId: child.ipId,
            licenseTokenIds: [tokens[0]], maxRts: 0)
        #expect(receipt.events.contains { $0.name == "DerivativeRegistered" })
        #expect(await f.ledger.licenseToken(tokens[0]) == nil)  // burned
        #expect(await f.ledger.parentIpIds(of: child.ipId) == [parent.ipId])
        #expect(await f.ledger.royaltyStack(of: child.ipId, policy: f.lap) == StoryUnits.percent(10))
    }
}
