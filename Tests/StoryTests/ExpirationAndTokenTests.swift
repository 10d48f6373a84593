import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Expiration, faucet and transfers")
struct ExpirationAndTokenTests {
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol

    @Test func anExpiredDerivativeCannotBePaidOrLicensed() async throws {
        let f = LedgerFixture()
        var terms = f.remix(share: 10)
        terms.expiration = 100
        let root = try await f.root(alice, [terms])
        let child = try await f.derivative(bob, parents: [root.ipId], termsIds: root.licenseTermsIds)
        #expect(await f.ledger.ipAsset(child.ipId)?.expirationTime == f.clock.now + 100)
        try await f.fund(carol)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: carol, receiverIpId: child.ipId, payerIpId: .zero, token: f.wip,
            amount: 10)
        f.clock.advance(101)
        await expectStoryError(StoryErrors.RoyaltyModule.ipExpired) {
            _ = try await f.ledger.payRoyaltyOnBehalf(
                from: carol, receiverIpId: child.ipId, payerIpId: .zero,
                token: f.wip, amount: 10)
        }
        await expectStoryError(StoryErrors.LicenseRegistry.ipExpired) {
            _ = try await f.ledger.attachLicenseTerms(from: bob, ipId: child.ipId, licenseTermsId: 1)
        }
        await expectStoryError(StoryErrors.LicenseRegistry.parentIpExpired) {
            _ = try await f.ledger.mintLicenseTokens(
                from: carol, licensorIpId: child.ipId,
                licenseTermsId: root.licenseTermsIds[0], amount: 1, receiver: carol,
                maxMintingFee: 0, maxRevenueShare: 0)
        }
        // The root never expires; its own terms' expiration applies to its derivatives only.
        _ = try await f.ledger.mintLicenseTokens(
            from: carol, licensorIpId: root.ipId, licenseTermsId: root.licenseTermsIds[0],
            amount: 1, receiver: carol, maxMintingFee: 0, maxRevenueShare: 0)
    }

    @Test func faucetAndTransfers() async throws {
        let f = LedgerFixture(settings: LedgerSettings(faucetLimit: StoryUnits.wip(10)))
        await expectStoryError(StoryErrors.LocalLedger.faucetLimitExceeded) {
            _ = try await f.ledger.faucet(to: alice, amount: StoryUnits.wip(11))
        }
        let receipt = try await f.ledger.faucet(to: alice, amount: StoryUnits.wip(10))
        #expect(receipt.events == [.transfer(from: .zero, to: alice, value: StoryUnits.wip(10))])
        #expect(receipt.logs.first?.address == f.wip)
        _ = try await f.ledger.transfer(from: alice, token: f.wip, to: bob, amount: StoryUnits.wip(4))
        #expect(await f.balance(alice) == StoryUnits.wip(6))
        #expect(await f.balance(bob) == StoryUnits.wip(4))
        await expectStoryError(StoryErrors.Tokens.insufficientBalance) {
            _ = try await f.ledger.transfer(from: bob, token: f.wip, to: alice, amount: StoryUnits.wip(5))
        }
        await expectStoryError(StoryErrors.Tokens.erc20InvalidReceiver) {
            _ = try await f.ledger.transfer(from: bob, token: f.wip, to: .zero, amount: 1)
        }
        await expectStoryError(StoryErrors.LocalLedger.unknownContract) {
            _ = try await f.ledger.transfer(from: bob, token: carol, to: alice, amount: 1)
        }
        #expect(await f.ledger.totalHoldings(token: f.wip) == StoryUnits.wip(10))
    }

    @Test func groupConfigsAreFrozenOnceTheGroupHasMembers() async throws {
        let f = LedgerFixture()
        let groupId = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool).result
        let termsId = try await f.ledger.registerLicenseTerms(from: alice, terms: f.remix(share: 10, policy: f.lrp))
            .result
        _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: termsId)
        await expectStoryError(StoryErrors.LicensingModule.groupIpCannotSetExpectGroupRewardPool) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: groupId, licenseTermsId: termsId,
                licensingConfig: LicensingConfig(isSet: true, expectGroupRewardPool: f.d.evenSplitGroupPool))
        }
        let terms = try #require(await f.ledger.licenseTerms(termsId))
        let member = try await f.root(
            bob, [terms],
            config: LicensingConfig(isSet: true, expectGroupRewardPool: f.d.evenSplitGroupPool))
        _ = try await f.ledger.addIp(from: alice, groupIpId: groupId, ipIds: [member.ipId], maxAllowedRewardShare: 0)
        await expectStoryError(StoryErrors.LicensingModule.groupIpCannotChangeIsSet) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: groupId, licenseTermsId: termsId,
                licensingConfig: LicensingConfig(isSet: true))
        }
    }
}
