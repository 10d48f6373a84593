import BigInt
import Ethereum

/// One ledger transaction: a call to one of Story's contract functions, with its arguments as the
/// contract declares them. Its calldata (`calldata`) is exactly what the same call would carry
/// on chain — the journal stores it, and a replay decodes and re-applies it.
///
/// This is what ``IPLedger/submit(_:from:)`` takes: the typed operations of `IPLedger` (e.g.
/// ``IPLedger/registerLicenseTerms(from:terms:)``) build it, and an adapter sends it. Each case
/// names the contract function and the ``CallResult`` shape it answers.
public enum LedgerCall: Hashable, Sendable {
    // MARK: Registration and licensing

    /// LicenseAttachmentWorkflows.mintAndRegisterIpAndAttachPILTerms →
    /// ``CallResult/registered(ipId:tokenId:licenseTermsIds:)``.
    case mintAndRegisterIpAndAttachPILTerms(
        spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata,
        licenseTermsData: [LicenseTermsData], allowDuplicates: Bool)
    /// RegistrationWorkflows.mintAndRegisterIp → ``CallResult/registered(ipId:tokenId:licenseTermsIds:)``
    /// without terms.
    case mintAndRegisterIp(spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata, allowDuplicates: Bool)
    /// DerivativeWorkflows.mintAndRegisterIpAndMakeDerivative →
    /// ``CallResult/registered(ipId:tokenId:licenseTermsIds:)`` with the parents' terms ids.
    case mintAndRegisterIpAndMakeDerivative(
        spgNftContract: Address, derivData: MakeDerivative, ipMetadata: IPMetadata,
        recipient: Address, allowDuplicates: Bool)
    /// PILicenseTemplate.registerLicenseTerms → ``CallResult/number(_:)``, the terms id.
    case registerLicenseTerms(PILTerms)
    /// LicensingModule.attachLicenseTerms → ``CallResult/none``.
    case attachLicenseTerms(ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt)
    /// LicensingModule.setLicensingConfig → ``CallResult/none``.
    case setLicensingConfig(ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt, config: LicensingConfig)
    /// LicensingModule.mintLicenseTokens → ``CallResult/number(_:)``, the first token id.
    case mintLicenseTokens(
        licensorIpId: Address, licenseTemplate: Address, licenseTermsId: BigUInt, amount: BigUInt,
        receiver: Address, royaltyContext: [UInt8], maxMintingFee: BigUInt, maxRevenueShare: UInt32)
    /// LicensingModule.registerDerivative → ``CallResult/none``.
    case registerDerivative(
        childIpId: Address, parentIpIds: [Address], licenseTermsIds: [BigUInt],
        licenseTemplate: Address, royaltyContext: [UInt8], maxMintingFee: BigUInt, maxRts: UInt32,
        maxRevenueShare: UInt32)
    /// LicensingModule.registerDerivativeWithLicenseTokens → ``CallResult/none``.
    case registerDerivativeWithLicenseTokens(
        childIpId: Address, licenseTokenIds: [BigUInt], royaltyContext: [UInt8],
        maxRts: UInt32)
    /// PILicenseTemplate.setApproval → ``CallResult/none``.
    case setApproval(parentIpId: Address, licenseTermsId: BigUInt, childIpId: Address, approved: Bool)

    // MARK: Royalties (RoyaltyModule, RoyaltyPolicyLAP/LRP, RoyaltyWorkflows)

    /// RoyaltyModule.payRoyaltyOnBehalf → ``CallResult/none``.
    case payRoyaltyOnBehalf(receiverIpId: Address, payerIpId: Address, token: Address, amount: BigUInt)
    /// `policy`.transferToVault → ``CallResult/number(_:)``, the amount moved.
    case transferToVault(policy: Address, ipId: Address, ancestorIpId: Address, token: Address)
    /// RoyaltyWorkflows.claimAllRevenue → ``CallResult/numbers(_:)``, the amounts claimed.
    case claimAllRevenue(
        ancestorIpId: Address, claimer: Address, childIpIds: [Address], royaltyPolicies: [Address],
        currencyTokens: [Address])

    // MARK: Disputes (DisputeModule)

    /// DisputeModule.raiseDispute → ``CallResult/number(_:)``, the dispute id.
    case raiseDispute(targetIpId: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, data: [UInt8])
    /// DisputeModule.setDisputeJudgement → ``CallResult/none``.
    case setDisputeJudgement(disputeId: BigUInt, decision: Bool, data: [UInt8])
    /// DisputeModule.cancelDispute → ``CallResult/none``.
    case cancelDispute(disputeId: BigUInt, data: [UInt8])
    /// DisputeModule.resolveDispute → ``CallResult/none``.
    case resolveDispute(disputeId: BigUInt, data: [UInt8])
    /// DisputeModule.tagIfRelatedIpInfringed → ``CallResult/number(_:)``, the new dispute id.
    case tagIfRelatedIpInfringed(ipIdToTag: Address, infringerDisputeId: BigUInt)

    // MARK: Groups (GroupingModule, GroupingWorkflows)

    /// GroupingModule.registerGroup → ``CallResult/address(_:)``, the group's ipId.
    case registerGroup(groupPool: Address)
    /// GroupingModule.addIp → ``CallResult/none``.
    case addIp(groupIpId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt)
    /// GroupingModule.removeIp → ``CallResult/none``.
    case removeIp(groupIpId: Address, ipIds: [Address])
    /// GroupingModule.collectRoyalties → ``CallResult/number(_:)``, the amount collected.
    case collectRoyalties(groupId: Address, token: Address)
    /// GroupingModule.claimReward → ``CallResult/numbers(_:)``, each member's reward.
    case claimReward(groupId: Address, token: Address, ipIds: [Address])
    /// GroupingWorkflows.collectRoyaltiesAndClaimReward → ``CallResult/numbers(_:)``, the collected amounts.
    case collectRoyaltiesAndClaimReward(groupIpId: Address, currencyTokens: [Address], memberIpIds: [Address])

    // MARK: Permissions (AccessController)

    /// AccessController.setPermission → ``CallResult/none``.
    case setPermission(ipAccount: Address, signer: Address, to: Address, function: FunctionSelector, permission: UInt8)
    /// AccessController.setAllPermissions → ``CallResult/none``.
    case setAllPermissions(ipAccount: Address, signer: Address, permission: UInt8)
    /// AccessController.setBatchPermissions → ``CallResult/none``.
    case setBatchPermissions([PermissionEntry])

    // MARK: Tokens

    /// ERC-20 `transfer` of `token` → ``CallResult/none``.
    case transfer(token: Address, to: Address, amount: BigUInt)
    /// The local faucet (`mint` on WIP; a chain has none) → ``CallResult/none``.
    case faucet(to: Address, amount: BigUInt)
    /// IPAccount.execute: the IP account calls `to` with `data` (an ERC-20 transfer) → ``CallResult/none``.
    case execute(ipAccount: Address, to: Address, value: BigUInt, data: [UInt8])
    /// ERC-721 `safeTransferFrom` on `contract` → ``CallResult/none``.
    case safeTransferFrom(contract: Address, from: Address, to: Address, tokenId: BigUInt)
}

/// What a transaction returns to its caller, by shape; each ``LedgerCall`` case says which. On a
/// chain, where receipts carry no return values, an adapter rebuilds it from the receipt's logs.
public enum CallResult: Hashable, Sendable {
    /// Nothing.
    case none
    /// A registration workflow's new IP: its ipId, NFT token id and attached terms ids.
    case registered(ipId: Address, tokenId: BigUInt, licenseTermsIds: [BigUInt])
    /// One number: a terms, token or dispute id, or an amount.
    case number(BigUInt)
    /// Several amounts, in the order the call lists their subjects.
    case numbers([BigUInt])
    /// An address (a group's ipId).
    case address(Address)
}
