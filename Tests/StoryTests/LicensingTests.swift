import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Licensing (attach, configs, license tokens)")
struct LicensingTests {
    typealias L = StoryErrors.LicensingModule
    typealias R = StoryErrors.LicenseRegistry
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob, carol = LedgerFixture.carol

    @Test func attachLicenseTermsRules() async throws {
        let f = LedgerFixture()
        let ip = try await f.bare(alice)
        let remix = try await f.ledger.registerLicenseTerms(from: bob, terms: f.remix(share: 5)).result
        // Only the owner (or a permitted signer).
        await expectStoryError(StoryErrors.AccessController.permissionDenied) {
            _ = try await f.ledger.attachLicenseTerms(from: bob, ipId: ip.ipId, licenseTermsId: remix)
        }
        await expectStoryError(L.licenseTermsNotFound) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: ip.ipId, licenseTermsId: 99)
        }
        await expectStoryError(StoryErrors.AccessController.notIpAccount) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: LedgerFixture.dave, licenseTermsId: 1)
        }
        let receipt = try await f.ledger.attachLicenseTerms(from: alice, ipId: ip.ipId, licenseTermsId: remix)
        #expect(
            receipt.events == [
                .licenseTermsAttached(
                    caller: alice, ipId: ip.ipId, licenseTemplate: f.d.piLicenseTemplate,
                    licenseTermsId: remix)
            ])
        await expectStoryError(R.licenseTermsAlreadyAttached) {
            _ = try await f.ledger.attachLicenseTerms(from: alice, ipId: ip.ipId, licenseTermsId: remix)
        }
        // A derivative cannot add terms.
        let child = try await f.derivative(bob, parents: [ip.ipId], termsIds: [remix])
        await expectStoryError(L.derivativesCannotAddLicenseTerms) {
            _ = try await f.ledger.attachLicenseTerms(from: bob, ipId: child.ipId, licenseTermsId: 1)
        }
    }

    @Test func licensingConfigRules() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice, [f.remix(share: 10, fee: 100)])
        let terms = ip.licenseTermsIds[0]
        await expectStoryError(L.licensingConfigMintingFeeBelowLicenseTerms) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: ip.ipId, licenseTermsId: terms,
                licensingConfig: LicensingConfig(isSet: true, mintingFee: 99))
        }
        await expectStoryError(L.currentLicenseNotAllowOverrideRoyaltyPercent) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: ip.ipId, licenseTermsId: terms,
                licensingConfig: LicensingConfig(
                    isSet: true, mintingFee: 100, commercialRevShare: StoryUnits.percent(5)))
        }
        await expectStoryError(L.invalidLicensingHook) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: ip.ipId, licenseTermsId: terms,
                licensingConfig: LicensingConfig(isSet: true, mintingFee: 100, licensingHook: carol))
        }
        await expectStoryError(L.invalidLicenseTermsId) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: ip.ipId, licenseTermsId: 0,
                licensingConfig: LicensingConfig(isSet: true))
        }
        await expectStoryError(L.mintingFeeRequiresRoyaltyPolicy) {
            _ = try await f.ledger.setLicensingConfig(
                from: alice, ipId: ip.ipId, licenseTermsId: 1,
                licensingConfig: LicensingConfig(isSet: true, mintingFee: 1))
        }
        let raised = LicensingConfig(isSet: true, mintingFee: 150, commercialRevShare: StoryUnits.percent(20))
        _ = try await f.ledger.setLicensingConfig(
            from: alice, ipId: ip.ipId, licenseTermsId: terms, licensingConfig: raised)
        #expect(await f.ledger.licensingConfig(ipId: ip.ipId, licenseTermsId: terms) == raised)
        // The config's fee and share apply to licenses.
        try await f.fund(bob)
        let minted = try await f.ledger.mintLicenseTokens(
            from: bob, licensorIpId: ip.ipId, licenseTermsId: terms,
            amount: 2, receiver: bob, maxMintingFee: 0, maxRevenueShare: 0)
        #expect(minted.result.licenseTokenIds == [0, 1])
        #expect(await f.balance(bob) == StoryUnits.wip(1_000) - 300)
        #expect(await f.ledger.licenseToken(1)?.commercialRevShare == StoryUnits.percent(20))
    }

    @Test func mintLicenseTokensRules() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(alice, [f.remix(share: 10, fee: 1_000)])
        let terms = ip.licenseTermsIds[0]
        try await f.fund(bob)
        func mint(
            _ from: Address = LedgerFixture.bob, licensor: Address? = nil, terms id: BigUInt? = nil,
            amount: BigUInt = 1, receiver: Address = LedgerFixture.bob, maxFee: BigUInt = 0,
            maxShare: UInt32 = 0
        ) async throws {
            _ = try await f.ledger.mintLicenseTokens(
                from: from, licensorIpId: licensor ?? ip.ipId,
                licenseTermsId: id ?? terms, amount: amount, receiver: receiver,
                maxMintingFee: maxFee, maxRevenueShare: maxShare)
        }
        await expectStoryError(L.mintAmountZero) { try await mint(amount: 0) }
        await expectStoryError(L.receiverZeroAddress) { try await mint(receiver: .zero) }
        await expectStoryError(L.licensorIpNotRegistered) { try await mint(licensor: carol) }
        await expectStoryError(R.licensorIpHasNoLicenseTerms) { try await mint(terms: 1) }
        await expectStoryError(L.mintingFeeExceedMaxMintingFee) { try await mint(amount: 2, maxFee: 1_999) }
        await expectStoryError(StoryErrors.LicenseToken.commercialRevenueShareExceedMaxRevenueShare) {
            try await mint(maxShare: StoryUnits.percent(9))
        }
        await expectStoryError(StoryErrors.Tokens.insufficientBalance) { try await mint(carol) }
        // The owner may mint a private license of terms it has not attached.
        _ = try await mint(alice, terms: 1, receiver: carol)
        #expect(await f.ledger.licenseToken(0)?.owner == carol)
        // Minting with a royalty policy deploys the licensor's vault and pays the fee into it.
        let receipt = try await f.ledger.mintLicenseTokens(
            from: bob, licensorIpId: ip.ipId, licenseTermsId: terms,
            amount: 3, receiver: bob, maxMintingFee: 3_000,
            maxRevenueShare: StoryUnits.percent(10))
        #expect(receipt.result.startLicenseTokenId == 1)
        let names = receipt.events.map(\.name)
        #expect(
            names.prefix(4) == [
                "Transfer", "IpRoyaltyVaultDeployed", "LicensedWithRoyalty", "RevenueTokenAddedToVault",
            ])
        #expect(names.last == "LicenseTokensMinted")
        #expect(names.filter { $0 == "LicenseTokenMinted" }.count == 3)
        #expect(await f.ledger.claimableRevenue(ipId: ip.ipId, claimer: ip.ipId, token: f.wip) == 3_000)
        // A disabled license cannot be minted.
        _ = try await f.ledger.setLicensingConfig(
            from: alice, ipId: ip.ipId, licenseTermsId: terms,
            licensingConfig: LicensingConfig(isSet: true, mintingFee: 1_000, disabled: true))
        await expectStoryError(L.licenseDisabled) { try await mint() }
    }

    @Test func licenseTokensFollowTransferRules() async throws {
        let f = LedgerFixture()
        var terms = PILFlavor.nonCommercialSocialRemixing()
        terms.transferable = false
        let ip = try await f.root(alice, [terms])
        _ = try await f.ledger.mintLicenseTokens(
            from: bob, licensorIpId: ip.ipId, licenseTermsId: ip.licenseTermsIds[0],
            amount: 1, receiver: bob, maxMintingFee: 0, maxRevenueShare: 0)
        await expectStoryError(StoryErrors.LicenseToken.notTransferable) {
            _ = try await f.ledger.transferNFT(from: bob, tokenContract: f.d.licenseToken, tokenId: 0, to: carol)
        }
        await expectStoryError(StoryErrors.Tokens.erc721InsufficientApproval) {
            _ = try await f.ledger.transferNFT(from: carol, tokenContract: f.d.licenseToken, tokenId: 0, to: carol)
        }
    }

    @Test func duplicateMetadataHashAndMintAuthorization() async throws {
        let f = LedgerFixture()
        let hash = Bytes32.keccak256([7])
        let metadata = IPMetadata(nftMetadataHash: hash)
        _ = try await f.ledger.mintAndRegisterIp(
            from: alice, spgNftContract: f.d.spgNftContract, recipient: alice,
            ipMetadata: metadata, allowDuplicates: false)
        await expectStoryError(StoryErrors.Workflows.duplicatedNFTMetadataHash) {
            _ = try await f.ledger.mintAndRegisterIp(
                from: bob, spgNftContract: f.d.spgNftContract, recipient: bob,
                ipMetadata: metadata, allowDuplicates: false)
        }
        // The zero hash counts too (story.md §2.1).
        _ = try await f.ledger.mintAndRegisterIp(
            from: alice, spgNftContract: f.d.spgNftContract, recipient: alice,
            ipMetadata: IPMetadata(), allowDuplicates: false)
        await expectStoryError(StoryErrors.Workflows.duplicatedNFTMetadataHash) {
            _ = try await f.ledger.mintAndRegisterIp(
                from: alice, spgNftContract: f.d.spgNftContract, recipient: alice,
                ipMetadata: IPMetadata(), allowDuplicates: false)
        }
        await expectStoryError(StoryErrors.Workflows.noLicenseTermsData) {
            _ = try await f.ledger.mintAndRegisterIpAndAttachPILTerms(
                from: alice, spgNftContract: f.d.spgNftContract, recipient: alice, ipMetadata: IPMetadata(),
                licenseTermsData: [], allowDuplicates: true)
        }
        await expectStoryError(StoryErrors.LocalLedger.unknownContract) {
            _ = try await f.ledger.mintAndRegisterIp(
                from: alice, spgNftContract: f.d.groupNFT, recipient: alice,
                ipMetadata: IPMetadata(), allowDuplicates: true)
        }
        let closed = LedgerFixture(settings: LedgerSettings(publicMinting: false, minters: [alice]))
        await expectStoryError(StoryErrors.Workflows.callerNotAuthorizedToMint) {
            _ = try await closed.bare(bob)
        }
        #expect(try await closed.bare(alice).tokenId == 1)
    }
}
