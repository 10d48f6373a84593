import BigInt
import Ethereum

/// Story Protocol as Lore uses it: one port, implemented today by the embedded ``LocalLedger``
/// (an adapter for the real chain is to come). Operations are named after Story's contract functions and
/// take Story's types and units (percentages: 100 % = 100_000_000; amounts in token wei).
///
/// `from` is the transaction's sender (`msg.sender`): the signed-in creator's wallet on whose
/// behalf Lore acts, or ``operatorAddress`` for what Lore does itself. The license template is
/// always PILicenseTemplate and `royaltyContext` empty (LAP and LRP ignore it, story.md §2.0).
///
/// Rule violations throw ``StoryError`` (Story's custom error, its arguments and a plain-words
/// explanation); infrastructure failures throw other errors (e.g. ``JournalError``).
public protocol IPLedger: Sendable {
    /// The contracts and chain id.
    var deployment: StoryDeployment { get }
    /// The ledger's own account (and, locally, the arbitration relayer).
    var operatorAddress: Address { get }

    // MARK: Registration and licensing

    /// LicenseAttachmentWorkflows.mintAndRegisterIpAndAttachPILTerms: mint in the SPG collection to
    /// `recipient`, register the IP with its metadata, register and attach each terms entry.
    func mintAndRegisterIpAndAttachPILTerms(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata,
        licenseTermsData: [LicenseTermsData], allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP>

    /// RegistrationWorkflows.mintAndRegisterIp: mint and register without license terms.
    func mintAndRegisterIp(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata, allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP>

    /// PILicenseTemplate.registerLicenseTerms: the terms id, existing or new.
    func registerLicenseTerms(from: Address, terms: PILTerms) async throws -> LedgerReceipt<BigUInt>

    /// LicensingModule.attachLicenseTerms (IP owner or permitted signer).
    func attachLicenseTerms(from: Address, ipId: Address, licenseTermsId: BigUInt) async throws -> LedgerReceipt<Void>

    /// LicensingModule.setLicensingConfig (IP owner or permitted signer).
    func setLicensingConfig(
        from: Address, ipId: Address, licenseTermsId: BigUInt, licensingConfig: LicensingConfig
    ) async throws -> LedgerReceipt<Void>

    /// LicensingModule.mintLicenseTokens: `from` pays the minting fee.
    func mintLicenseTokens(
        from: Address, licensorIpId: Address, licenseTermsId: BigUInt, amount: BigUInt, receiver: Address,
        maxMintingFee: BigUInt, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<MintedLicenseTokens>

    /// PILicenseTemplate.setApproval: the parent's owner approves a derivative (terms with `derivativesApproval`).
    func setApproval(
        from: Address, parentIpId: Address, licenseTermsId: BigUInt, childIpId: Address, approved: Bool
    ) async throws -> LedgerReceipt<Void>

    // MARK: Derivatives

    /// DerivativeWorkflows.mintAndRegisterIpAndMakeDerivative: a new IP linked to 1…16 parents,
    /// `from` paying the parents' minting fees.
    func mintAndRegisterIpAndMakeDerivative(
        from: Address, spgNftContract: Address, derivData: MakeDerivative, ipMetadata: IPMetadata, recipient: Address,
        allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP>

    /// LicensingModule.registerDerivative for an existing IP (its owner or permitted signer).
    func registerDerivative(
        from: Address, childIpId: Address, parentIpIds: [Address], licenseTermsIds: [BigUInt], maxMintingFee: BigUInt,
        maxRts: UInt32, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<Void>

    /// LicensingModule.registerDerivativeWithLicenseTokens: links through license tokens (burned).
    func registerDerivativeWithLicenseTokens(
        from: Address, childIpId: Address, licenseTokenIds: [BigUInt], maxRts: UInt32
    ) async throws -> LedgerReceipt<Void>

    // MARK: Royalties

    /// RoyaltyModule.payRoyaltyOnBehalf: `from` pays `amount` of `token` to `receiverIpId`
    /// (`payerIpId` may be zero for a tip).
    func payRoyaltyOnBehalf(
        from: Address, receiverIpId: Address, payerIpId: Address, token: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void>

    /// RoyaltyPolicyLAP/LRP.transferToVault: moves what `ipId` owes `ancestorIpId` into its vault.
    func transferToVault(
        from: Address, royaltyPolicy: Address, ipId: Address, ancestorIpId: Address, token: Address
    ) async throws -> LedgerReceipt<BigUInt>

    /// RoyaltyWorkflows.claimAllRevenue: the policy → vault transfers for each child, then the
    /// vault's revenue in each distinct token to `claimer` (the IP account, which holds the
    /// royalty tokens). Returns the amounts claimed.
    func claimAllRevenue(
        from: Address, ancestorIpId: Address, claimer: Address, childIpIds: [Address], royaltyPolicies: [Address],
        currencyTokens: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]>

    // MARK: Disputes

    /// DisputeModule.raiseDispute with ArbitrationPolicyUMA's data (liveness seconds, WIP bond
    /// paid by `from`). `disputeEvidenceHash` is used once; `targetTag` one of ``DisputeTag``.
    func raiseDispute(
        from: Address, targetIpId: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, liveness: UInt64,
        bond: BigUInt
    ) async throws -> LedgerReceipt<BigUInt>

    /// DisputeModule.setDisputeJudgement (arbitration relayer only).
    func setDisputeJudgement(
        from: Address, disputeId: BigUInt, decision: Bool, data: [UInt8]
    ) async throws -> LedgerReceipt<Void>

    /// DisputeModule.cancelDispute. Story's UMA policy cannot cancel: after the initiator and
    /// state checks this always throws `ArbitrationPolicyUMA__CannotCancel`.
    func cancelDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void>

    /// DisputeModule.resolveDispute: lifts an upheld tag.
    func resolveDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void>

    /// DisputeModule.tagIfRelatedIpInfringed: spreads an upheld tag to a derivative or group; the new dispute id.
    func tagIfRelatedIpInfringed(
        from: Address, ipIdToTag: Address, infringerDisputeId: BigUInt
    ) async throws -> LedgerReceipt<BigUInt>

    // MARK: Groups

    /// GroupingModule.registerGroup: the group's ipId (`from` owns its GroupNFT).
    func registerGroup(from: Address, groupPool: Address) async throws -> LedgerReceipt<Address>

    /// GroupingModule.addIp (group owner or permitted).
    func addIp(
        from: Address, groupIpId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt
    ) async throws -> LedgerReceipt<Void>

    /// GroupingModule.removeIp (group owner or permitted).
    func removeIp(from: Address, groupIpId: Address, ipIds: [Address]) async throws -> LedgerReceipt<Void>

    /// GroupingModule.collectRoyalties: the group vault's revenue into the reward pool.
    func collectRoyalties(from: Address, groupIpId: Address, token: Address) async throws -> LedgerReceipt<BigUInt>

    /// GroupingModule.claimReward: pays members their share (into their vaults).
    func claimReward(
        from: Address, groupIpId: Address, token: Address, ipIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]>

    /// GroupingWorkflows.collectRoyaltiesAndClaimReward: collect and distribute in one transaction.
    func collectRoyaltiesAndClaimReward(
        from: Address, groupIpId: Address, currencyTokens: [Address], memberIpIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]>

    // MARK: Permissions

    /// AccessController.setPermission (IP owner): `signer` may call `function` of `to` for the IP.
    func setPermission(
        from: Address, ipAccount: Address, signer: Address, to: Address, function: FunctionSelector,
        permission: AccessPermission
    ) async throws -> LedgerReceipt<Void>

    /// AccessController.setAllPermissions (IP owner): the account-wide permission.
    func setAllPermissions(
        from: Address, ipAccount: Address, signer: Address, permission: AccessPermission
    ) async throws -> LedgerReceipt<Void>

    /// AccessController.setBatchPermissions.
    func setBatchPermissions(from: Address, permissions: [PermissionEntry]) async throws -> LedgerReceipt<Void>

    // MARK: Tokens

    /// ERC-20 `transfer` of a whitelisted token (WIP) from `from`.
    func transfer(from: Address, token: Address, to: Address, amount: BigUInt) async throws -> LedgerReceipt<Void>

    /// IPAccount.execute(token, 0, transfer(to, amount)): the IP's owner moves revenue out of the IP account.
    func transferFromIPAccount(
        from: Address, ipAccount: Address, token: Address, to: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void>

    /// ERC-721 `safeTransferFrom` by the holder (transferring an IP's NFT transfers the IP).
    func transferNFT(
        from: Address, tokenContract: Address, tokenId: BigUInt, to: Address
    ) async throws -> LedgerReceipt<Void>

    /// Test WIP for `to` (local ledger only; a chain adapter refuses).
    func faucet(to: Address, amount: BigUInt) async throws -> LedgerReceipt<Void>

    // MARK: Views

    /// IPAssetRegistry.ipId: the ERC-6551 address of an NFT (pure computation).
    func ipId(chainId: UInt64, tokenContract: Address, tokenId: BigUInt) -> Address
    func isRegistered(_ ipId: Address) async throws -> Bool
    func ipAsset(_ ipId: Address) async throws -> IPAsset?
    /// IPAccount.owner(): the NFT's holder.
    func owner(of ipId: Address) async throws -> Address?
    /// Attached terms ids, in attachment order.
    func attachedLicenseTerms(of ipId: Address) async throws -> [BigUInt]
    func licenseTerms(_ licenseTermsId: BigUInt) async throws -> PILTerms?
    /// PILicenseTemplate.getLicenseTermsId: nil when these exact terms are not registered.
    func licenseTermsId(of terms: PILTerms) async throws -> BigUInt?
    func licensingConfig(ipId: Address, licenseTermsId: BigUInt) async throws -> LicensingConfig
    func parentIpIds(of ipId: Address) async throws -> [Address]
    /// Every ancestor, nearest first.
    func ancestorIpIds(of ipId: Address) async throws -> [Address]
    func derivativeIpIds(of ipId: Address) async throws -> [Address]
    /// getPolicyRoyaltyStack of LAP or LRP (100 % = 100_000_000).
    func royaltyStack(of ipId: Address, policy: Address) async throws -> UInt32
    func royaltyVault(of ipId: Address) async throws -> Address?
    func balance(of account: Address, token: Address) async throws -> BigUInt
    /// IpRoyaltyVault.claimableRevenue of the IP's vault (0 while the IP is tagged).
    func claimableRevenue(ipId: Address, claimer: Address, token: Address) async throws -> BigUInt
    /// What `transferToVault(policy, ipId, ancestorIpId, token)` would move now.
    func pendingRoyalty(policy: Address, ipId: Address, ancestorIpId: Address, token: Address) async throws -> BigUInt
    func dispute(_ disputeId: BigUInt) async throws -> Dispute?
    func isIpTagged(_ ipId: Address) async throws -> Bool
    func groupMembers(of groupIpId: Address) async throws -> [Address]
    /// GroupingModule.getClaimableReward.
    func claimableReward(groupIpId: Address, token: Address, ipIds: [Address]) async throws -> [BigUInt]
    /// AccessController.getPermission.
    func getPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) async throws
        -> AccessPermission
    /// AccessController.checkPermission: returns when allowed, throws the refusal otherwise.
    func checkPermission(ipAccount: Address, signer: Address, to: Address, function: FunctionSelector) async throws
    func licenseToken(_ tokenId: BigUInt) async throws -> LicenseTokenInfo?
    func blockNumber() async throws -> UInt64

    /// The events after `cursor` (from the beginning when nil), oldest first, at most `limit`.
    func events(after cursor: LedgerCursor?, limit: Int) async throws -> [LedgerEventRecord]
}

extension IPLedger {
    /// The next page (up to 1,000 events) after `cursor`.
    public func events(after cursor: LedgerCursor?) async throws -> [LedgerEventRecord] {
        try await events(after: cursor, limit: 1_000)
    }
}
