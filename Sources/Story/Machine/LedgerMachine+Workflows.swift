import BigInt
import Ethereum

/// The periphery workflows (SPG): several module calls in one transaction, with the workflow
/// contract holding the new NFT until the end so the owner-only steps pass (story.md §2.1, §2.3).
extension LedgerMachine {
    private func requireCollection(_ spg: Address) throws(StoryError) {
        guard spg == deployment.spgNftContract else { throw StoryErrors.LocalLedger.unknownContract(.address(spg)) }
    }

    /// Mints in the collection to `workflow`, registers the IP and sets its metadata.
    private func mintAndRegister(
        workflow: Address, caller: Address, metadata: IPMetadata,
        allowDuplicates: Bool
    ) throws(StoryError) -> (ipId: Address, tokenId: BigUInt) {
        let spg = deployment.spgNftContract
        let tokenId = try mintSPG(
            to: workflow, caller: caller, nftMetadataURI: metadata.nftMetadataURI,
            nftMetadataHash: metadata.nftMetadataHash, allowDuplicates: allowDuplicates)
        let ipId = registerIp(
            tokenContract: spg, tokenId: tokenId, collectionName: settings.collectionName,
            tokenURI: tokenURI(spg, tokenId))
        if !metadata.isEmpty {
            try setAllMetadata(
                caller: workflow, ipId: ipId, metadataURI: metadata.ipMetadataURI,
                metadataHash: metadata.ipMetadataHash, nftMetadataHash: metadata.nftMetadataHash)
        }
        return (ipId, tokenId)
    }

    /// RegistrationWorkflows.mintAndRegisterIp.
    func mintAndRegisterIp(
        caller: Address, spg: Address, recipient: Address, metadata: IPMetadata,
        allowDuplicates: Bool
    ) throws(StoryError) -> (ipId: Address, tokenId: BigUInt) {
        try requireCollection(spg)
        let workflow = deployment.registrationWorkflows
        let minted = try mintAndRegister(
            workflow: workflow, caller: caller, metadata: metadata,
            allowDuplicates: allowDuplicates)
        try transferNFT(spg, from: workflow, to: recipient, tokenId: minted.tokenId)
        return minted
    }

    /// LicenseAttachmentWorkflows.mintAndRegisterIpAndAttachPILTerms: registers each terms entry,
    /// attaches it (already-attached is not an error here) and applies its config when set.
    func mintAndRegisterIpAndAttachPILTerms(
        caller: Address, spg: Address, recipient: Address, metadata: IPMetadata, termsData: [LicenseTermsData],
        allowDuplicates: Bool
    ) throws(StoryError) -> (ipId: Address, tokenId: BigUInt, termsIds: [UInt64]) {
        try requireCollection(spg)
        if termsData.isEmpty { throw StoryErrors.Workflows.noLicenseTermsData() }
        let workflow = deployment.licenseAttachmentWorkflows
        let minted = try mintAndRegister(
            workflow: workflow, caller: caller, metadata: metadata,
            allowDuplicates: allowDuplicates)
        var ids: [UInt64] = []
        for entry in termsData {
            let id = try registerLicenseTerms(entry.terms)
            do {
                try attachLicenseTerms(
                    caller: workflow, ipId: minted.ipId, template: deployment.piLicenseTemplate, termsId: id)
            } catch let error where error.definition == StoryErrors.LicenseRegistry.licenseTermsAlreadyAttached {
                // LicensingHelper.attachLicenseTerms swallows exactly this error.
            }
            if entry.licensingConfig.isSet {
                try setLicensingConfig(
                    caller: workflow, ipId: minted.ipId, template: deployment.piLicenseTemplate,
                    termsId: id, config: entry.licensingConfig)
            }
            ids.append(id)
        }
        try transferNFT(spg, from: workflow, to: recipient, tokenId: minted.tokenId)
        return (minted.ipId, minted.tokenId, ids)
    }

    /// DerivativeWorkflows.mintAndRegisterIpAndMakeDerivative: the parents' fees move from the
    /// caller to the workflow, which then registers the derivative and pays them.
    func mintAndRegisterIpAndMakeDerivative(
        caller: Address, spg: Address, derivative: MakeDerivative, metadata: IPMetadata, recipient: Address,
        allowDuplicates: Bool
    ) throws(StoryError) -> (ipId: Address, tokenId: BigUInt) {
        try requireCollection(spg)
        let workflow = deployment.derivativeWorkflows
        let minted = try mintAndRegister(
            workflow: workflow, caller: caller, metadata: metadata,
            allowDuplicates: allowDuplicates)
        let termsIds = try derivative.licenseTermsIds.map { (id) throws(StoryError) in try termsId(id) }
        guard let firstTerms = termsIds.first else { throw StoryErrors.LicensingModule.noParentIp() }
        let info = royaltyInfo(firstTerms)
        if info.policy != .zero {
            // LicensingHelper.collectMintFeesAndSetApproval / aggregateMintFees.
            guard derivative.parentIpIds.count == termsIds.count else {
                throw StoryErrors.Workflows.parentIpIdsAndLicenseTermsIdsMismatch()
            }
            var total = BigUInt(0)
            for (parent, id) in zip(derivative.parentIpIds, termsIds) {
                total += try predictMintingFee(licensor: parent, termsId: id, amount: 1, caller: workflow)
            }
            if total != 0 { try transferToken(info.currency, from: caller, to: workflow, amount: total) }
        }
        try registerDerivative(
            caller: workflow, child: minted.ipId, parents: derivative.parentIpIds, termsIds: termsIds,
            template: derivative.licenseTemplate, maxMintingFee: derivative.maxMintingFee,
            maxRts: derivative.maxRts, maxRevenueShare: derivative.maxRevenueShare)
        try transferNFT(spg, from: workflow, to: recipient, tokenId: minted.tokenId)
        return minted
    }

    /// RoyaltyWorkflows.claimAllRevenue: pulls what each child owes the ancestor into its vault,
    /// then claims the vault's revenue for `claimer` in each distinct token.
    func claimAllRevenue(
        ancestor: Address, claimer: Address, children: [Address], policies: [Address],
        tokens: [Address]
    ) throws(StoryError) -> [BigUInt] {
        for (index, child) in children.enumerated() {
            guard index < policies.count, index < tokens.count else {
                throw StoryErrors.Workflows.parentIpIdsAndLicenseTermsIdsMismatch()
            }
            try transferToVault(policy: policies[index], ipId: child, ancestor: ancestor, token: tokens[index])
        }
        guard let vault = royaltyVault(of: ancestor) else { throw StoryErrors.RoyaltyModule.zeroReceiverVault() }
        var unique: [Address] = []
        for token in tokens where !unique.contains(token) { unique.append(token) }
        return try claimRevenue(vault: vault, caller: deployment.royaltyWorkflows, claimer: claimer, tokens: unique)
    }

    /// GroupingWorkflows.collectRoyaltiesAndClaimReward: members without a vault first get one by
    /// minting a license of the group's terms (as the workflow does), then each token is
    /// collected and distributed.
    func collectRoyaltiesAndClaimReward(
        groupId: Address, tokens: [Address],
        members: [Address]
    ) throws(StoryError) -> [BigUInt] {
        let workflow = deployment.groupingWorkflows
        guard let groupTerms = attachedTermsIds(of: groupId).first else {
            throw StoryErrors.LicenseRegistry.indexOutOfBounds(.address(groupId), .uint(0), .uint(0))
        }
        for member in members where royaltyVault(of: member) == nil {
            _ = try mintLicenseTokens(
                caller: workflow, licensor: member, template: deployment.piLicenseTemplate,
                termsId: groupTerms, amount: 1, receiver: workflow, maxMintingFee: 0,
                maxRevenueShare: 0)
        }
        var collected: [BigUInt] = []
        for token in tokens {
            if token == .zero { throw StoryErrors.LocalLedger.unknownContract(.address(token)) }
            try requireGroupCurrency(groupId, token)
            collected.append(try collectGroupRoyalties(groupId: groupId, token: token))
            try requireGroupCurrency(groupId, token)
            _ = try claimGroupReward(groupId: groupId, token: token, ipIds: members)
        }
        return collected
    }

    /// A terms id as the ledger stores it; ids beyond UInt64 cannot exist.
    func termsId(_ id: BigUInt) throws(StoryError) -> UInt64 {
        guard let small = UInt64(exactly: id) else {
            throw StoryErrors.LicensingModule.licenseTermsNotFound(.address(deployment.piLicenseTemplate), .uint(id))
        }
        return small
    }
}
