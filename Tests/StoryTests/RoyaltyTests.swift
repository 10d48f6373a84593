import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Royalties (story.md §4.4, §2.5)")
struct RoyaltyTests {
    typealias RM = StoryErrors.RoyaltyModule
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol, dave = LedgerFixture.dave

    /// IPA1 –5%→ IPA2 –10%→ IPA3 under `policy`: IPA2 raises its share of the inherited 5 % terms
    /// to 10 % with a licensing config (a derivative cannot attach other terms).
    private func chain(_ f: LedgerFixture, policy: Address) async throws -> (ip1: Address, ip2: Address, ip3: Address) {
        let ip1 = try await f.root(alice, [f.remix(share: 5, policy: policy)])
        let terms = ip1.licenseTermsIds[0]
        let ip2 = try await f.derivative(bob, parents: [ip1.ipId], termsIds: [terms])
        _ = try await f.ledger.setLicensingConfig(
            from: bob, ipId: ip2.ipId, licenseTermsId: terms,
            licensingConfig: LicensingConfig(isSet: true, commercialRevShare: StoryUnits.percent(10)))
        let ip3 = try await f.derivative(carol, parents: [ip2.ipId], termsIds: [terms])
        return (ip1.ipId, ip2.ipId, ip3.ipId)
    }

    private func claim(_ f: LedgerFixture, ancestor: Address, child: Address?, policy: Address) async throws -> BigUInt
    {
        let children = child.map { [$0] } ?? []
        return try await f.ledger.claimAllRevenue(
            from: dave, ancestorIpId: ancestor, claimer: ancestor, childIpIds: children,
            royaltyPolicies: children.map { _ in policy }, currencyTokens: [f.wip]
        ).result[0]
    }

    /// story.md §4.4: a 100 WIP payment to IPA3 sends 15 to LAP (IPA2 can pull 10, IPA1 5) and 85 to IPA3's vault.
    @Test func lapWorkedExample() async throws {
        let f = LedgerFixture()
        let (ip1, ip2, ip3) = try await chain(f, policy: f.lap)
        #expect(await f.ledger.royaltyStack(of: ip2, policy: f.lap) == StoryUnits.percent(5))
        #expect(await f.ledger.royaltyStack(of: ip3, policy: f.lap) == StoryUnits.percent(15))
        try await f.fund(dave)
        let receipt = try await f.ledger.payRoyaltyOnBehalf(
            from: dave, receiverIpId: ip3, payerIpId: .zero, token: f.wip,
            amount: StoryUnits.wip(100))
        #expect(
            receipt.events.last
                == .royaltyPaid(
                    receiverIpId: ip3, payerIpId: .zero, sender: dave, token: f.wip,
                    amount: StoryUnits.wip(100), amountAfterFee: StoryUnits.wip(100)))
        #expect(await f.balance(f.lap) == StoryUnits.wip(15))
        #expect(await f.ledger.claimableRevenue(ipId: ip3, claimer: ip3, token: f.wip) == StoryUnits.wip(85))
        #expect(
            await f.ledger.pendingRoyalty(policy: f.lap, ipId: ip3, ancestorIpId: ip2, token: f.wip)
                == StoryUnits.wip(10))
        #expect(try await claim(f, ancestor: ip2, child: ip3, policy: f.lap) == StoryUnits.wip(10))
        #expect(try await claim(f, ancestor: ip1, child: ip3, policy: f.lap) == StoryUnits.wip(5))
        #expect(try await claim(f, ancestor: ip3, child: nil, policy: f.lap) == StoryUnits.wip(85))
        #expect(await f.balance(ip1) == StoryUnits.wip(5))
        #expect(await f.balance(ip2) == StoryUnits.wip(10))
        #expect(await f.balance(ip3) == StoryUnits.wip(85))
        #expect(await f.balance(f.lap) == 0)
        // Nothing more to claim.
        await expectStoryError(StoryErrors.IpRoyaltyVault.zeroAmount) {
            _ = try await claim(f, ancestor: ip2, child: ip3, policy: f.lap)
        }
        await expectStoryError(StoryErrors.IpRoyaltyVault.noClaimableTokens) {
            _ = try await claim(f, ancestor: ip3, child: nil, policy: f.lap)
        }
    }

    /// story.md §4.4: under LRP the same payment sends 10 to LRP and 90 to IPA3; IPA2 can pull 9.5, IPA1 0.5.
    @Test func lrpWorkedExample() async throws {
        let f = LedgerFixture()
        let (ip1, ip2, ip3) = try await chain(f, policy: f.lrp)
        #expect(await f.ledger.royaltyStack(of: ip3, policy: f.lrp) == StoryUnits.percent(10))
        try await f.fund(dave)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: dave, receiverIpId: ip3, payerIpId: .zero, token: f.wip,
            amount: StoryUnits.wip(100))
        #expect(await f.balance(f.lrp) == StoryUnits.wip(10))
        #expect(try await claim(f, ancestor: ip2, child: ip3, policy: f.lrp) == StoryUnits.wip(95) / 10)
        #expect(try await claim(f, ancestor: ip1, child: ip3, policy: f.lrp) == StoryUnits.wip(5) / 10)
        #expect(try await claim(f, ancestor: ip3, child: nil, policy: f.lrp) == StoryUnits.wip(90))
        #expect(await f.balance(f.lrp) == 0)
        // IPA1 is owed nothing by IPA2 directly until IPA2 earns.
        await expectStoryError(StoryErrors.IpRoyaltyVault.zeroAmount) {
            _ = try await claim(f, ancestor: ip1, child: ip2, policy: f.lrp)
        }
    }

    @Test func paymentRules() async throws {
        let f = LedgerFixture()
        let root = try await f.root(alice, [f.remix(share: 10)])
        try await f.fund(dave)
        func pay(_ receiver: Address, _ amount: BigUInt = 1_000, token: Address? = nil) async throws {
            _ = try await f.ledger.payRoyaltyOnBehalf(
                from: dave, receiverIpId: receiver, payerIpId: .zero,
                token: token ?? f.wip, amount: amount)
        }
        // No vault until a license with a royalty policy is minted (v1.3.2).
        await expectStoryError(RM.zeroReceiverVault) { try await pay(root.ipId) }
        _ = try await f.ledger.mintLicenseTokens(
            from: dave, licensorIpId: root.ipId, licenseTermsId: root.licenseTermsIds[0],
            amount: 1, receiver: dave, maxMintingFee: 0, maxRevenueShare: 0)
        try await pay(root.ipId)
        await expectStoryError(RM.zeroAmount) { try await pay(root.ipId, 0) }
        await expectStoryError(RM.notWhitelistedRoyaltyToken) { try await pay(root.ipId, token: carol) }
        await expectStoryError(StoryErrors.Tokens.insufficientBalance) {
            try await pay(root.ipId, StoryUnits.wip(2_000))
        }
        // Only the owner moves revenue out of the IP account.
        _ = try await claim(f, ancestor: root.ipId, child: nil, policy: f.lap)
        await expectStoryError(StoryErrors.AccessController.bothCallerAndRecipientAreNotRegisteredModule) {
            _ = try await f.ledger.transferFromIPAccount(
                from: bob, ipAccount: root.ipId, token: f.wip, to: bob, amount: 1)
        }
        _ = try await f.ledger.transferFromIPAccount(
            from: alice, ipAccount: root.ipId, token: f.wip, to: alice, amount: 600)
        #expect(await f.balance(alice) == 600)
        #expect(await f.balance(root.ipId) == 400)
    }

    @Test func protocolFeeGoesToTheTreasury() async throws {
        let settings = LedgerSettings(royaltyFeePercent: StoryUnits.percent(1))
        let f = LedgerFixture(settings: settings)
        let root = try await f.root(alice, [f.remix(share: 10)])
        try await f.fund(dave)
        _ = try await f.ledger.mintLicenseTokens(
            from: dave, licensorIpId: root.ipId, licenseTermsId: root.licenseTermsIds[0],
            amount: 1, receiver: dave, maxMintingFee: 0, maxRevenueShare: 0)
        let receipt = try await f.ledger.payRoyaltyOnBehalf(
            from: dave, receiverIpId: root.ipId, payerIpId: .zero,
            token: f.wip, amount: 1_000)
        #expect(
            receipt.events.last
                == .royaltyPaid(
                    receiverIpId: root.ipId, payerIpId: .zero, sender: dave, token: f.wip,
                    amount: 1_000, amountAfterFee: 990))
        #expect(await f.balance(settings.treasury) == 10)
        await expectStoryError(RM.paymentAmountIsTooLow) {
            _ = try await f.ledger.payRoyaltyOnBehalf(
                from: dave, receiverIpId: root.ipId, payerIpId: .zero, token: f.wip,
                amount: 99)
        }
    }

    @Test func stacksNeverExceedOneHundredPercent() async throws {
        let f = LedgerFixture()
        let a = try await f.root(alice, [f.remix(share: 60)])
        let b = try await f.root(bob, [f.remix(share: 60)])
        let terms = a.licenseTermsIds[0]
        await expectStoryError(RM.aboveMaxPercent) {
            _ = try await f.derivative(carol, parents: [a.ipId, b.ipId], termsIds: [terms, terms])
        }
        let child = try await f.derivative(carol, parents: [a.ipId], termsIds: [terms])
        _ = try await f.ledger.setLicensingConfig(
            from: carol, ipId: child.ipId, licenseTermsId: terms,
            licensingConfig: LicensingConfig(isSet: true, commercialRevShare: StoryUnits.percent(70)))
        await expectStoryError(StoryErrors.RoyaltyPolicies.lapAboveMaxPercent) {
            _ = try await f.derivative(dave, parents: [child.ipId], termsIds: [terms])
        }
        await expectStoryError(StoryErrors.RoyaltyPolicies.lapSameIpTransfer) {
            _ = try await f.ledger.transferToVault(
                from: dave, royaltyPolicy: f.lap, ipId: child.ipId,
                ancestorIpId: child.ipId, token: f.wip)
        }
        await expectStoryError(StoryErrors.RoyaltyPolicies.lapZeroClaimableRoyalty) {
            _ = try await f.ledger.transferToVault(
                from: dave, royaltyPolicy: f.lap, ipId: child.ipId, ancestorIpId: b.ipId,
                token: f.wip)
        }
    }

    /// The deep chain of the benchmark: 1,000 LAP ancestors at 0.05 % each (a 50 % stack);
    /// the payment's policy share is claimable by every ancestor, exactly.
    @Test func deepLapChainPaysEveryAncestor() async throws {
        let f = LedgerFixture()
        let root = try await f.root(alice, [f.remix(share: 0)])
        let terms = root.licenseTermsIds[0]
        var ids = [root.ipId]
        for _ in 0..<200 {
            let child = try await f.derivative(alice, parents: [ids.last!], termsIds: [terms])
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: child.ipId, licenseTermsId: terms,
                licensingConfig: LicensingConfig(isSet: true, commercialRevShare: 50_000))
            ids.append(child.ipId)
        }
        let tip = try await f.derivative(bob, parents: [ids.last!], termsIds: [terms])
        // Each of the 200 set-up links is 0.05 %; the first link (to the root) is 0 %.
        #expect(await f.ledger.royaltyStack(of: tip.ipId, policy: f.lap) == 200 * 50_000)
        try await f.fund(dave)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: dave, receiverIpId: tip.ipId, payerIpId: .zero, token: f.wip,
            amount: StoryUnits.wip(100))
        #expect(await f.balance(f.lap) == StoryUnits.wip(10))
        for ancestor in ids.dropFirst() {
            #expect(try await claim(f, ancestor: ancestor, child: tip.ipId, policy: f.lap) == StoryUnits.wip(5) / 100)
        }
        #expect(await f.balance(f.lap) == 0)
    }
}
