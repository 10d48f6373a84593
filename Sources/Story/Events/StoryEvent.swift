import BigInt
import Ethereum

/// The events Story's contracts emit, with the fields of their Solidity declarations (names and
/// order from the contracts' ABIs). The local ledger emits exactly these; a chain adapter decodes
/// them from logs with ``StoryEvent/decode(topics:data:)``.
public enum StoryEvent: Hashable, Sendable {
    // Tokens (WIP and royalty tokens are ERC-20; SPG, group and license NFTs are ERC-721).
    case transfer(from: Address, to: Address, value: BigUInt)
    case nftTransfer(from: Address, to: Address, tokenId: BigUInt)

    // IPAssetRegistry
    case ipAccountRegistered(
        account: Address, implementation: Address, chainId: BigUInt, tokenContract: Address,
        tokenId: BigUInt)
    case ipRegistered(
        ipId: Address, chainId: BigUInt, tokenContract: Address, tokenId: BigUInt, name: String,
        uri: String, registrationDate: BigUInt)

    // CoreMetadataModule
    case metadataURISet(ipId: Address, metadataURI: String, metadataHash: Bytes32)
    case nftTokenURISet(ipId: Address, nftTokenURI: String, nftMetadataHash: Bytes32)

    // PILicenseTemplate, LicensingModule, LicenseRegistry, LicenseToken
    case licenseTermsRegistered(licenseTermsId: BigUInt, licenseTemplate: Address, licenseTerms: [UInt8])
    case derivativeApproved(licenseTermsId: BigUInt, ipId: Address, caller: Address, approved: Bool)
    case licenseTermsAttached(caller: Address, ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt)
    case licensingConfigSetForLicense(
        ipId: Address, licenseTemplate: Address, licenseTermsId: BigUInt,
        licensingConfig: LicensingConfig)
    case expirationTimeSet(ipId: Address, expireTime: BigUInt)
    case licenseTokensMinted(
        caller: Address, licensorIpId: Address, licenseTemplate: Address, licenseTermsId: BigUInt,
        amount: BigUInt, receiver: Address, startLicenseTokenId: BigUInt)
    case licenseTokenMinted(minter: Address, receiver: Address, tokenId: BigUInt)
    case derivativeRegistered(
        caller: Address, childIpId: Address, licenseTokenIds: [BigUInt], parentIpIds: [Address],
        licenseTermsIds: [BigUInt], licenseTemplate: Address)

    // RoyaltyModule, royalty policies, royalty vaults
    case ipRoyaltyVaultDeployed(ipId: Address, ipRoyaltyVault: Address)
    case licenseMintingFeePaid(
        receiverIpId: Address, payerAddress: Address, token: Address, amount: BigUInt,
        amountAfterFee: BigUInt)
    case licensedWithRoyalty(ipId: Address, royaltyPolicy: Address, licensePercent: UInt32, externalData: [UInt8])
    case linkedToParents(
        ipId: Address, parentIpIds: [Address], licenseRoyaltyPolicies: [Address],
        licensesPercent: [UInt32], externalData: [UInt8])
    case royaltyPaid(
        receiverIpId: Address, payerIpId: Address, sender: Address, token: Address, amount: BigUInt,
        amountAfterFee: BigUInt)
    case revenueTransferredToVault(ipId: Address, ancestorIpId: Address, token: Address, amount: BigUInt)
    case revenueTokenAddedToVault(token: Address, amount: BigUInt)
    case revenueTokenClaimed(claimer: Address, token: Address, amount: BigUInt)

    // DisputeModule, ArbitrationPolicyUMA
    case disputeRaised(
        disputeId: BigUInt, targetIpId: Address, disputeInitiator: Address, disputeTimestamp: BigUInt,
        arbitrationPolicy: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, data: [UInt8])
    case disputeRaisedUMA(
        disputeId: BigUInt, assertionId: Bytes32, caller: Address, liveness: UInt64,
        currency: Address, bond: BigUInt)
    case disputeJudgementSet(disputeId: BigUInt, decision: Bool, data: [UInt8])
    case disputeCancelled(disputeId: BigUInt, data: [UInt8])
    case disputeResolved(disputeId: BigUInt, data: [UInt8])
    case ipTaggedOnRelatedIpInfringement(
        disputeId: BigUInt, infringingIpId: Address, ipIdToTag: Address,
        infringerDisputeId: BigUInt, tag: Bytes32, disputeTimestamp: BigUInt)

    // GroupingModule
    case ipGroupRegistered(groupId: Address, groupPool: Address)
    case addedIpToGroup(groupId: Address, ipIds: [Address])
    case removedIpFromGroup(groupId: Address, ipIds: [Address])
    case collectedRoyaltiesToGroupPool(groupId: Address, token: Address, pool: Address, amount: BigUInt)
    case claimedReward(groupId: Address, token: Address, ipId: [Address], amount: [BigUInt])

    // AccessController
    case permissionSet(
        ipAccountOwner: Address, ipAccount: Address, signer: Address, to: Address,
        function: FunctionSelector, permission: UInt8)

    /// Story's event name, e.g. `IPRegistered` (both transfer kinds are `Transfer`).
    public var name: String { kind.abiEvent.name }
}
