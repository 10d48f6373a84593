import BigInt
import Ethereum

/// Every table of the local ledger. Each field mirrors a storage mapping of the Story contract
/// named in its comment, so the rules can be followed line by line.
final class LedgerState {
    let log = UndoLog()

    // ERC-20 balances (WIP) and ERC-721 ownership (SPG collection, GroupNFT, LicenseToken).
    lazy var balances = Table<TokenAccount, BigUInt>(log)
    lazy var nftOwners = Table<NFTKey, Address>(log)
    lazy var nftTokenURIs = Table<NFTKey, String>(log)
    lazy var spgTotalSupply = Cell<UInt64>(0, log)
    lazy var spgTokenByMetadataHash = Table<Bytes32, BigUInt>(log)
    lazy var groupNftSupply = Cell<UInt64>(0, log)

    // IPAssetRegistry, CoreMetadataModule.
    lazy var ips = Table<Address, IPRecord>(log)
    lazy var metadata = Table<Address, MetadataRecord>(log)

    // PILicenseTemplate: terms by id (1-based), ids by the (escaped) terms — Story's index by
    // terms hash, without encoding and hashing them — and derivative approvals.
    lazy var terms = Table<UInt64, PILTerms>(log)
    lazy var termsIdByValue = Table<PILTerms, UInt64>(log)
    lazy var termsCount = Cell<UInt64>(0, log)
    lazy var derivativeApprovals = Table<ApprovalKey, Bool>(log)

    // LicenseRegistry and the IP graph.
    lazy var licenseTemplateOf = Table<Address, Address>(log)
    lazy var attachedTerms = Table<Address, [UInt64]>(log)
    lazy var licensingConfigs = Table<IPTerms, LicensingConfig>(log)
    lazy var parents = Table<Address, [Address]>(log)
    lazy var children = Table<Address, [Address]>(log)
    lazy var parentLicenseTerms = Table<IPPair, UInt64>(log)
    lazy var expireTimes = Table<Address, UInt64>(log)
    lazy var defaultLicenseTermsId = Cell<UInt64>(0, log)

    // LicenseToken.
    lazy var licenseTokens = Table<UInt64, LicenseTokenRecord>(log)
    lazy var licenseTokensMinted = Cell<UInt64>(0, log)
    lazy var licenseTokensByLicensor = Table<Address, UInt64>(log)

    // RoyaltyModule.
    lazy var royaltyVaults = Table<Address, Address>(log)
    lazy var vaultIpIds = Table<Address, Address>(log)
    lazy var vaultsDeployed = Cell<UInt64>(0, log)
    lazy var accumulatedRoyaltyPolicies = Table<Address, [Address]>(log)
    lazy var globalRoyaltyStack = Table<Address, UInt32>(log)
    lazy var totalRevenueTokensReceived = Table<IPToken, BigUInt>(log)
    lazy var totalRevenueTokensAccounted = Table<IPTokenPolicy, BigUInt>(log)

    // RoyaltyPolicyLAP / RoyaltyPolicyLRP (keyed by policy) and the IP graph's per-link royalties.
    lazy var policyRoyaltyStack = Table<PolicyIP, UInt32>(log)
    lazy var linkRoyalty = Table<PolicyPair, UInt32>(log)
    lazy var ancestorPercent = Table<PolicyPair, UInt32>(log)
    lazy var transferredTokens = Table<PolicyPairToken, BigUInt>(log)

    // IpRoyaltyVault (one per IP): revenue accumulated per token, royalty-token balances, debts.
    lazy var vaultAccBalances = Table<IPToken, BigUInt>(log)
    lazy var vaultTokens = Table<Address, [Address]>(log)
    lazy var royaltyTokenBalances = Table<TokenAccount, BigUInt>(log)
    lazy var claimerRevenueDebt = Table<VaultHolderToken, BigInt>(log)

    // DisputeModule.
    lazy var disputes = Table<UInt64, DisputeRecord>(log)
    lazy var disputeCount = Cell<UInt64>(0, log)
    lazy var usedEvidenceHashes = Table<Bytes32, Bool>(log)
    lazy var successfulDisputes = Table<Address, UInt64>(log)
    lazy var propagatedDisputes = Table<DisputePropagation, Bool>(log)

    // GroupIPAssetRegistry and EvenSplitGroupPool.
    lazy var groupRewardPools = Table<Address, Address>(log)
    lazy var groupMembers = Table<Address, [Address]>(log)
    lazy var groupPoolInfo = Table<Address, GroupPoolInfo>(log)
    lazy var ipAddedTime = Table<IPPair, UInt64>(log)
    lazy var ipRewardDebt = Table<IPPair, BigUInt>(log)
    lazy var minimumRewardShare = Table<IPPair, BigUInt>(log)

    // AccessController: permissions keyed by the IP's owner at the time they were set.
    lazy var permissions = Table<PermissionKey, AccessPermission>(log)
}
