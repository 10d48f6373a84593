import BigInt
import Ethereum

/// One read of the ledger's current state: a view function of one of Story's contracts (an
/// `eth_call` on chain, chain-adapter-research §1.3), or the chain's block number. What
/// ``IPLedger/read(_:)`` takes; each case says which ``LedgerViewResult`` shape answers it, and
/// ``LedgerViewResult/notFound`` stands for "no such thing" wherever the typed view returns an optional.
public enum LedgerView: Hashable, Sendable {
    // MARK: Registry and licensing

    /// IPAssetRegistry.isRegistered → ``LedgerViewResult/bool(_:)``.
    case isRegistered(ipId: Address)
    /// Everything the registries know about the IP → ``LedgerViewResult/ipAsset(_:)`` or `notFound`.
    case ipAsset(ipId: Address)
    /// IPAccount.owner(), the NFT's holder → ``LedgerViewResult/address(_:)`` or `notFound`.
    case owner(ipId: Address)
    /// LicenseRegistry's attached terms, in attachment order → ``LedgerViewResult/numbers(_:)``.
    case attachedLicenseTerms(ipId: Address)
    /// PILicenseTemplate.getLicenseTerms → ``LedgerViewResult/licenseTerms(_:)`` or `notFound`.
    case licenseTerms(licenseTermsId: BigUInt)
    /// PILicenseTemplate.getLicenseTermsId → ``LedgerViewResult/number(_:)`` or `notFound` (unregistered).
    case licenseTermsId(terms: PILTerms)
    /// LicenseRegistry.getLicensingConfig → ``LedgerViewResult/licensingConfig(_:)``.
    case licensingConfig(ipId: Address, licenseTermsId: BigUInt)
    /// LicenseRegistry's parents → ``LedgerViewResult/addresses(_:)``.
    case parentIpIds(ipId: Address)
    /// Every ancestor, nearest first → ``LedgerViewResult/addresses(_:)``.
    case ancestorIpIds(ipId: Address)
    /// LicenseRegistry's derivatives → ``LedgerViewResult/addresses(_:)``.
    case derivativeIpIds(ipId: Address)
    /// LicenseToken.getLicenseTokenMetadata and ownerOf → ``LedgerViewResult/licenseToken(_:)`` or `notFound`
    /// (never minted, or burned).
    case licenseToken(tokenId: BigUInt)

    // MARK: Royalties and tokens

    /// getPolicyRoyaltyStack of LAP or LRP → ``LedgerViewResult/number(_:)`` (a uint32, 100 % = 100_000_000).
    case royaltyStack(ipId: Address, policy: Address)
    /// RoyaltyModule.ipRoyaltyVaults → ``LedgerViewResult/address(_:)`` or `notFound` (no vault yet).
    case royaltyVault(ipId: Address)
    /// ERC-20 balanceOf → ``LedgerViewResult/number(_:)``.
    case balance(account: Address, token: Address)
    /// IpRoyaltyVault.claimableRevenue of the IP's vault → ``LedgerViewResult/number(_:)`` (0 without a vault
    /// or while the IP is tagged).
    case claimableRevenue(ipId: Address, claimer: Address, token: Address)
    /// What `policy.transferToVault(ipId, ancestorIpId, token)` would move now (simulated) →
    /// ``LedgerViewResult/number(_:)``, 0 when it would revert.
    case pendingRoyalty(policy: Address, ipId: Address, ancestorIpId: Address, token: Address)

    // MARK: Disputes, groups, permissions

    /// DisputeModule.disputes with the arbitration policy's liveness and bond →
    /// ``LedgerViewResult/dispute(_:)`` or `notFound`.
    case dispute(disputeId: BigUInt)
    /// DisputeModule.isIpTagged → ``LedgerViewResult/bool(_:)``.
    case isIpTagged(ipId: Address)
    /// The group's members (IPAssetRegistry.getGroupMembers) → ``LedgerViewResult/addresses(_:)``.
    case groupMembers(groupIpId: Address)
    /// GroupingModule.getClaimableReward, one amount per ipId → ``LedgerViewResult/numbers(_:)``.
    case claimableReward(groupIpId: Address, token: Address, ipIds: [Address])
    /// AccessController.getPermission → ``LedgerViewResult/permission(_:)``.
    case getPermission(ipAccount: Address, signer: Address, to: Address, function: FunctionSelector)
    /// AccessController.checkPermission → ``LedgerViewResult/none`` when allowed; `read` throws the refusal
    /// (a ``StoryError``) otherwise.
    case checkPermission(ipAccount: Address, signer: Address, to: Address, function: FunctionSelector)

    // MARK: Chain

    /// The latest block's number → ``LedgerViewResult/number(_:)``.
    case blockNumber
}

/// What a ``LedgerView`` answers, by shape (each view says which).
public enum LedgerViewResult: Hashable, Sendable {
    /// Nothing returned: the view only checks (``LedgerView/checkPermission(ipAccount:signer:to:function:)``).
    case none
    /// There is no such IP, terms, token, vault or dispute.
    case notFound
    case bool(Bool)
    /// A uint of any width: an id, an amount, a percentage, a block number.
    case number(BigUInt)
    case numbers([BigUInt])
    case address(Address)
    case addresses([Address])
    case ipAsset(IPAsset)
    case licenseTerms(PILTerms)
    case licensingConfig(LicensingConfig)
    case dispute(Dispute)
    case permission(AccessPermission)
    case licenseToken(LicenseTokenInfo)
}
