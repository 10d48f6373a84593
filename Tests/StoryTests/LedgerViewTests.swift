import BigInt
import Ethereum
import Testing

@testable import Story

/// `read` answers every ``LedgerView`` as the local ledger's own state reads do, and the port's
/// typed views (through `any IPLedger`) agree with both.
@Suite("The IPLedger port's views")
struct LedgerViewTests {
    typealias A = StoryErrors.AccessController
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol
    let dave = LedgerFixture.dave
    let attach = LedgerSelectors.attachLicenseTerms

    @Test func localLedgerAnswersEveryView() async throws {
        let f = LedgerFixture()
        let d = f.d
        for account in [bob, carol] { try await f.fund(account) }
        let parentTerms = f.remix(share: 10, fee: 500)
        let parent = try await f.root(alice, [parentTerms])
        let terms = parent.licenseTermsIds[0]
        let child = try await f.derivative(bob, parents: [parent.ipId], termsIds: [terms], maxMintingFee: 500)
        _ = try await f.ledger.payRoyaltyOnBehalf(
            from: carol, receiverIpId: child.ipId, payerIpId: .zero, token: f.wip, amount: 1_000)
        let token = try await f.ledger.mintLicenseTokens(
            from: carol, licensorIpId: parent.ipId, licenseTermsId: terms, amount: 1, receiver: carol,
            maxMintingFee: 500, maxRevenueShare: 0
        ).result.startLicenseTokenId
        let disputeId = try await f.ledger.raiseDispute(
            from: carol, targetIpId: child.ipId, disputeEvidenceHash: .keccak256([7]),
            targetTag: DisputeTag.improperUsage, liveness: 3_600, bond: StoryUnits.wip(10)
        ).result
        let groupId = try await f.ledger.registerGroup(from: alice, groupPool: d.evenSplitGroupPool).result
        let groupTerms = try await f.ledger.registerLicenseTerms(from: alice, terms: f.remix(share: 10, policy: f.lrp))
            .result
        _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: groupId, licenseTermsId: groupTerms)
        let memberTerms = try #require(await f.ledger.licenseTerms(groupTerms))
        let member = try await f.root(
            carol, [memberTerms], config: LicensingConfig(isSet: true, expectGroupRewardPool: d.evenSplitGroupPool))
        _ = try await f.ledger.addIp(from: alice, groupIpId: groupId, ipIds: [member.ipId], maxAllowedRewardShare: 0)
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: parent.ipId, signer: dave, to: d.licensingModule, function: attach,
            permission: .allow)
        let bare = try await f.bare(dave)

        let views: [LedgerView] = [
            .isRegistered(ipId: parent.ipId), .isRegistered(ipId: dave),
            .ipAsset(ipId: child.ipId), .ipAsset(ipId: dave),
            .owner(ipId: parent.ipId), .owner(ipId: dave),
            .attachedLicenseTerms(ipId: child.ipId),
            .licenseTerms(licenseTermsId: terms), .licenseTerms(licenseTermsId: 999),
            .licenseTermsId(terms: parentTerms), .licenseTermsId(terms: f.remix(share: 99)),
            .licensingConfig(ipId: member.ipId, licenseTermsId: groupTerms),
            .parentIpIds(ipId: child.ipId), .ancestorIpIds(ipId: child.ipId), .derivativeIpIds(ipId: parent.ipId),
            .licenseToken(tokenId: token), .licenseToken(tokenId: 999),
            .royaltyStack(ipId: child.ipId, policy: f.lap),
            .royaltyVault(ipId: parent.ipId), .royaltyVault(ipId: bare.ipId),
            .balance(account: carol, token: f.wip),
            .claimableRevenue(ipId: parent.ipId, claimer: parent.ipId, token: f.wip),
            .pendingRoyalty(policy: f.lap, ipId: child.ipId, ancestorIpId: parent.ipId, token: f.wip),
            .dispute(disputeId: disputeId), .dispute(disputeId: 999),
            .isIpTagged(ipId: child.ipId),
            .groupMembers(groupIpId: groupId),
            .claimableReward(groupIpId: groupId, token: f.wip, ipIds: [member.ipId]),
            .getPermission(ipAccount: parent.ipId, signer: dave, to: d.licensingModule, function: attach),
            .checkPermission(ipAccount: parent.ipId, signer: dave, to: d.licensingModule, function: attach),
            .blockNumber,
        ]
        var answered: Set<String> = []
        var notFound = 0
        for view in views {
            let answer = try await f.ledger.read(view)
            if answer == .notFound { notFound += 1 }
            answered.insert(try await expectAgreement(view, answer, f.ledger))
        }
        #expect(answered.count == 23, "every LedgerView case")
        #expect(notFound == 7, "each of the seven optional views, asked about something that is not there")
        // The scenario reaches the interesting values, not only zeros and empties.
        #expect(
            try await f.ledger.read(
                .pendingRoyalty(
                    policy: f.lap, ipId: child.ipId, ancestorIpId: parent.ipId, token: f.wip)) == .number(100))
        #expect(try await f.ledger.read(.groupMembers(groupIpId: groupId)) == .addresses([member.ipId]))
        #expect(try await f.ledger.read(.dispute(disputeId: disputeId)) != .notFound)
    }

    @Test func aRefusedPermissionCheckThrowsTheSameRefusal() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        let port: any IPLedger = f.ledger
        let check = LedgerView.checkPermission(
            ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule, function: attach)
        let direct = await expectStoryError(A.permissionDenied) {
            try await f.ledger.checkPermission(
                ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule, function: attach)
        }
        let read = await expectStoryError(A.permissionDenied) {
            _ = try await port.read(check)
        }
        let typed = await expectStoryError(A.permissionDenied) {
            try await port.checkPermission(
                ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule, function: attach)
        }
        #expect(direct?.arguments == read?.arguments && read?.arguments == typed?.arguments)
    }

    /// Checks `answer` against the local state read and the port's typed view; returns the case's name.
    private func expectAgreement(
        _ view: LedgerView, _ answer: LedgerViewResult, _ ledger: LocalLedger
    ) async throws -> String {
        let port: any IPLedger = ledger
        // An exhaustive switch: a new LedgerView case does not compile until it is checked here.
        switch view {
        case .isRegistered(let ipId):
            let value = await ledger.isRegistered(ipId)
            #expect(answer == .bool(value))
            #expect(try await port.isRegistered(ipId) == value)
            return "isRegistered"
        case .ipAsset(let ipId):
            let value = await ledger.ipAsset(ipId)
            #expect(answer == found(value, LedgerViewResult.ipAsset))
            #expect(try await port.ipAsset(ipId) == value)
            return "ipAsset"
        case .owner(let ipId):
            let value = await ledger.owner(of: ipId)
            #expect(answer == found(value, LedgerViewResult.address))
            #expect(try await port.owner(of: ipId) == value)
            return "owner"
        case .attachedLicenseTerms(let ipId):
            let value = await ledger.attachedLicenseTerms(of: ipId)
            #expect(answer == .numbers(value))
            #expect(try await port.attachedLicenseTerms(of: ipId) == value)
            return "attachedLicenseTerms"
        case .licenseTerms(let id):
            let value = await ledger.licenseTerms(id)
            #expect(answer == found(value, LedgerViewResult.licenseTerms))
            #expect(try await port.licenseTerms(id) == value)
            return "licenseTerms"
        case .licenseTermsId(let terms):
            let value = await ledger.licenseTermsId(of: terms)
            #expect(answer == found(value, LedgerViewResult.number))
            #expect(try await port.licenseTermsId(of: terms) == value)
            return "licenseTermsId"
        case .licensingConfig(let ipId, let id):
            let value = await ledger.licensingConfig(ipId: ipId, licenseTermsId: id)
            #expect(answer == .licensingConfig(value))
            #expect(try await port.licensingConfig(ipId: ipId, licenseTermsId: id) == value)
            return "licensingConfig"
        case .parentIpIds(let ipId):
            let value = await ledger.parentIpIds(of: ipId)
            #expect(answer == .addresses(value))
            #expect(try await port.parentIpIds(of: ipId) == value)
            return "parentIpIds"
        case .ancestorIpIds(let ipId):
            let value = await ledger.ancestorIpIds(of: ipId)
            #expect(answer == .addresses(value))
            #expect(try await port.ancestorIpIds(of: ipId) == value)
            return "ancestorIpIds"
        case .derivativeIpIds(let ipId):
            let value = await ledger.derivativeIpIds(of: ipId)
            #expect(answer == .addresses(value))
            #expect(try await port.derivativeIpIds(of: ipId) == value)
            return "derivativeIpIds"
        case .licenseToken(let id):
            let value = await ledger.licenseToken(id)
            #expect(answer == found(value, LedgerViewResult.licenseToken))
            #expect(try await port.licenseToken(id) == value)
            return "licenseToken"
        case .royaltyStack(let ipId, let policy):
            let value = await ledger.royaltyStack(of: ipId, policy: policy)
            #expect(answer == .number(BigUInt(value)))
            #expect(try await port.royaltyStack(of: ipId, policy: policy) == value)
            return "royaltyStack"
        case .royaltyVault(let ipId):
            let value = await ledger.royaltyVault(of: ipId)
            #expect(answer == found(value, LedgerViewResult.address))
            #expect(try await port.royaltyVault(of: ipId) == value)
            return "royaltyVault"
        case .balance(let account, let token):
            let value = await ledger.balance(of: account, token: token)
            #expect(answer == .number(value))
            #expect(try await port.balance(of: account, token: token) == value)
            return "balance"
        case .claimableRevenue(let ipId, let claimer, let token):
            let value = await ledger.claimableRevenue(ipId: ipId, claimer: claimer, token: token)
            #expect(answer == .number(value))
            #expect(try await port.claimableRevenue(ipId: ipId, claimer: claimer, token: token) == value)
            return "claimableRevenue"
        case .pendingRoyalty(let policy, let ipId, let ancestor, let token):
            let value = await ledger.pendingRoyalty(policy: policy, ipId: ipId, ancestorIpId: ancestor, token: token)
            #expect(answer == .number(value))
            let typed = try await port.pendingRoyalty(policy: policy, ipId: ipId, ancestorIpId: ancestor, token: token)
            #expect(typed == value)
            return "pendingRoyalty"
        case .dispute(let id):
            let value = await ledger.dispute(id)
            #expect(answer == found(value, LedgerViewResult.dispute))
            #expect(try await port.dispute(id) == value)
            return "dispute"
        case .isIpTagged(let ipId):
            let value = await ledger.isIpTagged(ipId)
            #expect(answer == .bool(value))
            #expect(try await port.isIpTagged(ipId) == value)
            return "isIpTagged"
        case .groupMembers(let groupId):
            let value = await ledger.groupMembers(of: groupId)
            #expect(answer == .addresses(value))
            #expect(try await port.groupMembers(of: groupId) == value)
            return "groupMembers"
        case .claimableReward(let groupId, let token, let ipIds):
            let value = await ledger.claimableReward(groupIpId: groupId, token: token, ipIds: ipIds)
            #expect(answer == .numbers(value))
            #expect(try await port.claimableReward(groupIpId: groupId, token: token, ipIds: ipIds) == value)
            return "claimableReward"
        case .getPermission(let account, let signer, let to, let function):
            let value = await ledger.getPermission(ipAccount: account, signer: signer, to: to, function: function)
            #expect(answer == .permission(value))
            let typed = try await port.getPermission(ipAccount: account, signer: signer, to: to, function: function)
            #expect(typed == value)
            return "getPermission"
        case .checkPermission(let account, let signer, let to, let function):
            // Allowed here (refusals: aRefusedPermissionCheckThrowsTheSameRefusal).
            try await ledger.checkPermission(ipAccount: account, signer: signer, to: to, function: function)
            try await port.checkPermission(ipAccount: account, signer: signer, to: to, function: function)
            #expect(answer == .none)
            return "checkPermission"
        case .blockNumber:
            let value = await ledger.blockNumber()
            #expect(answer == .number(BigUInt(value)))
            #expect(try await port.blockNumber() == value)
            return "blockNumber"
        }
    }

    private func found<Value>(_ value: Value?, _ shape: (Value) -> LedgerViewResult) -> LedgerViewResult {
        value.map(shape) ?? .notFound
    }
}
