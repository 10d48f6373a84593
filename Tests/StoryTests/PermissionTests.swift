import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Permissions (AccessController, story.md §2.8)")
struct PermissionTests {
    typealias A = StoryErrors.AccessController
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol
    let attach = LedgerSelectors.attachLicenseTerms

    @Test func onlyTheOwnerSetsPermissions() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        await expectStoryError(A.callerIsNotIPAccountOrOwner) {
            _ = try await f.ledger.setPermission(
                from: bob, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
                function: attach, permission: .allow)
        }
        await expectStoryError(A.toAndFuncAreZeroAddressShouldCallSetAllPermissions) {
            _ = try await f.ledger.setPermission(
                from: alice, ipAccount: ip.ipId, signer: bob, to: .zero, function: .any,
                permission: .allow)
        }
        await expectStoryError(A.ipAccountIsNotValid) {
            _ = try await f.ledger.setPermission(
                from: alice, ipAccount: carol, signer: bob, to: f.d.licensingModule,
                function: attach, permission: .allow)
        }
        await expectStoryError(A.signerIsZeroAddress) {
            _ = try await f.ledger.setPermission(
                from: alice, ipAccount: ip.ipId, signer: .zero, to: f.d.licensingModule,
                function: attach, permission: .allow)
        }
        let receipt = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: attach, permission: .allow)
        #expect(
            receipt.events == [
                .permissionSet(
                    ipAccountOwner: alice, ipAccount: ip.ipId, signer: bob,
                    to: f.d.licensingModule, function: attach, permission: 1)
            ])
        #expect(
            await f.ledger.getPermission(ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule, function: attach)
                == .allow)
    }

    @Test func allowDenyAbstainWithWildcards() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        func attachAs(_ signer: Address) async throws {
            _ = try await f.ledger.attachLicenseTerms(from: signer, ipId: ip.ipId, licenseTermsId: 1)
        }
        func check(_ signer: Address, _ function: FunctionSelector) async -> Bool {
            (try? await f.ledger.checkPermission(
                ipAccount: ip.ipId, signer: signer, to: f.d.licensingModule,
                function: function)) != nil
        }
        // Abstain everywhere: denied.
        await expectStoryError(A.permissionDenied) { try await attachAs(bob) }
        // Account-wide ALLOW lets bob act through any module.
        _ = try await f.ledger.setAllPermissions(from: alice, ipAccount: ip.ipId, signer: bob, permission: .allow)
        #expect(await check(bob, attach))
        // Module-level DENY (func = 0) overrides the account-wide ALLOW for that module.
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: .any, permission: .deny)
        #expect(await check(bob, attach) == false)
        // Function-level ALLOW overrides the module-level DENY for that function only.
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: attach, permission: .allow)
        #expect(await check(bob, attach))
        #expect(await check(bob, LedgerSelectors.setLicensingConfig) == false)
        try await attachAs(bob)
        #expect(await f.ledger.attachedLicenseTerms(of: ip.ipId) == [1])
        // Function-level DENY wins over everything.
        _ = try await f.ledger.setBatchPermissions(
            from: alice,
            permissions: [
                PermissionEntry(
                    ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule, function: attach, permission: .deny),
                PermissionEntry(
                    ipAccount: ip.ipId, signer: carol, to: f.d.licensingModule, function: .any, permission: .allow),
            ])
        #expect(await check(bob, attach) == false)
        #expect(await check(carol, attach))
        // Back to ABSTAIN at both levels: the account-wide ALLOW applies again.
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: attach, permission: .abstain)
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: .any, permission: .abstain)
        #expect(await check(bob, attach))
        // The owner is always allowed.
        #expect(await check(alice, attach))
    }

    @Test func permissionsBelongToTheOwnerWhoGaveThem() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        _ = try await f.ledger.setAllPermissions(from: alice, ipAccount: ip.ipId, signer: carol, permission: .allow)
        // Transferring the NFT transfers the IP; the old owner's grants no longer apply.
        _ = try await f.ledger.transferNFT(from: alice, tokenContract: f.d.spgNftContract, tokenId: ip.tokenId, to: bob)
        #expect(await f.ledger.owner(of: ip.ipId) == bob)
        await expectStoryError(A.permissionDenied) {
            _ = try await f.ledger.attachLicenseTerms(from: carol, ipId: ip.ipId, licenseTermsId: 1)
        }
        await expectStoryError(A.permissionDenied) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: ip.ipId, licenseTermsId: 1)
        }
        _ = try await f.ledger.attachLicenseTerms(from: bob, ipId: ip.ipId, licenseTermsId: 1)
    }

    @Test func ownerOnlyOperationsCheckPermissions() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        let parent = try await f.root(carol)
        let groupId = try await f.ledger.registerGroup(from: alice, groupPool: f.d.evenSplitGroupPool).result
        await expectStoryError(A.permissionDenied) {
            _ = try await f.ledger.setLicensingConfig(
                from: bob, ipId: ip.ipId, licenseTermsId: 1,
                licensingConfig: LicensingConfig(isSet: true))
        }
        await expectStoryError(A.permissionDenied) {
            _ = try await f.ledger.registerDerivative(
                from: bob, childIpId: ip.ipId, parentIpIds: [parent.ipId],
                licenseTermsIds: [1], maxMintingFee: 0, maxRts: 0, maxRevenueShare: 0)
        }
        await expectStoryError(A.permissionDenied) {
            _ = try await f.ledger.removeIp(from: bob, groupIpId: groupId, ipIds: [])
        }
        // A grant for registerDerivative on the LicensingModule lets bob link alice's IP.
        _ = try await f.ledger.setPermission(
            from: alice, ipAccount: ip.ipId, signer: bob, to: f.d.licensingModule,
            function: LedgerSelectors.registerDerivative, permission: .allow)
        _ = try await f.ledger.registerDerivative(
            from: bob, childIpId: ip.ipId, parentIpIds: [parent.ipId],
            licenseTermsIds: [1], maxMintingFee: 0, maxRts: 0, maxRevenueShare: 0)
        #expect(await f.ledger.parentIpIds(of: ip.ipId) == [parent.ipId])
    }
}
