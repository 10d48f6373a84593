import BigInt
import Ethereum

/// One ledger transaction: a call to one of Story's contract functions, with its arguments as the
/// contract declares them. Its calldata (``encoded``) is exactly what the same call would carry
/// on chain — the journal stores it, and a replay decodes and re-applies it.
enum LedgerCall: Hashable, Sendable {
    // Registration and licensing (LicenseAttachmentWorkflows, RegistrationWorkflows, DerivativeWorkflows,
    // PILicenseTemplate, LicensingModule).
    case mintAndRegisterIpAndAttachPILTerms(
        spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata,
        licenseTermsData: [LicenseTermsData], allowDuplicates: Bool)
    case mintAndRegisterIp(spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata, allowDuplicates: Bool)
    case mintAndRegisterIpAndMakeDerivative(
        spgNftContract: Address, derivData: MakeDerivative, ipMetadata: IPMetadata,
        recipient: Address, allowDuplicates: Bool)
    case registerLicenseTerms(PILTerms)
    case attachLicenseTerms(ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt)
    case setLicensingConfig(ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt, config: LicensingConfig)
    case mintLicenseTokens(
        licensorIpId: Address, licenseTemplate: Address, licenseTermsId: BigUInt, amount: BigUInt,
        receiver: Address, royaltyContext: [UInt8], maxMintingFee: BigUInt, maxRevenueShare: UInt32)
    case registerDerivative(
        childIpId: Address, parentIpIds: [Address], licenseTermsIds: [BigUInt],
        licenseTemplate: Address, royaltyContext: [UInt8], maxMintingFee: BigUInt, maxRts: UInt32,
        maxRevenueShare: UInt32)
    case registerDerivativeWithLicenseTokens(
        childIpId: Address, licenseTokenIds: [BigUInt], royaltyContext: [UInt8],
        maxRts: UInt32)
    case setApproval(parentIpId: Address, licenseTermsId: BigUInt, childIpId: Address, approved: Bool)

    // Royalties (RoyaltyModule, RoyaltyPolicyLAP/LRP, RoyaltyWorkflows).
    case payRoyaltyOnBehalf(receiverIpId: Address, payerIpId: Address, token: Address, amount: BigUInt)
    case transferToVault(policy: Address, ipId: Address, ancestorIpId: Address, token: Address)
    case claimAllRevenue(
        ancestorIpId: Address, claimer: Address, childIpIds: [Address], royaltyPolicies: [Address],
        currencyTokens: [Address])

    // Disputes (DisputeModule).
    case raiseDispute(targetIpId: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, data: [UInt8])
    case setDisputeJudgement(disputeId: BigUInt, decision: Bool, data: [UInt8])
    case cancelDispute(disputeId: BigUInt, data: [UInt8])
    case resolveDispute(disputeId: BigUInt, data: [UInt8])
    case tagIfRelatedIpInfringed(ipIdToTag: Address, infringerDisputeId: BigUInt)

    // Groups (GroupingModule, GroupingWorkflows).
    case registerGroup(groupPool: Address)
    case addIp(groupIpId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt)
    case removeIp(groupIpId: Address, ipIds: [Address])
    case collectRoyalties(groupId: Address, token: Address)
    case claimReward(groupId: Address, token: Address, ipIds: [Address])
    case collectRoyaltiesAndClaimReward(groupIpId: Address, currencyTokens: [Address], memberIpIds: [Address])

    // Permissions (AccessController).
    case setPermission(ipAccount: Address, signer: Address, to: Address, function: FunctionSelector, permission: UInt8)
    case setAllPermissions(ipAccount: Address, signer: Address, permission: UInt8)
    case setBatchPermissions([PermissionEntry])

    // Tokens: ERC-20 transfer, the local faucet (`mint` on WIP), an IP account's ERC-20 transfer
    // (IPAccount.execute), ERC-721 transfers.
    case transfer(token: Address, to: Address, amount: BigUInt)
    case faucet(to: Address, amount: BigUInt)
    case execute(ipAccount: Address, to: Address, value: BigUInt, data: [UInt8])
    case safeTransferFrom(contract: Address, from: Address, to: Address, tokenId: BigUInt)
}

/// What a transaction returns to its caller.
enum CallResult: Sendable {
    case none
    case registered(ipId: Address, tokenId: BigUInt, licenseTermsIds: [BigUInt])
    case number(BigUInt)
    case numbers([BigUInt])
    case address(Address)
}
