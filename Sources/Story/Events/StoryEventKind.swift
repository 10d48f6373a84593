import Ethereum

/// Each Story event's Solidity declaration (with indexed parameters), from the contracts' ABIs.
public enum StoryEventKind: String, CaseIterable, Sendable {
    case transfer, nftTransfer, ipAccountRegistered, ipRegistered, metadataURISet, nftTokenURISet
    case licenseTermsRegistered, derivativeApproved, licenseTermsAttached, licensingConfigSetForLicense,
        expirationTimeSet
    case licenseTokensMinted, licenseTokenMinted, derivativeRegistered
    case ipRoyaltyVaultDeployed, licenseMintingFeePaid, licensedWithRoyalty, linkedToParents, royaltyPaid
    case revenueTransferredToVault, revenueTokenAddedToVault, revenueTokenClaimed
    case disputeRaised, disputeRaisedUMA, disputeJudgementSet, disputeCancelled, disputeResolved
    case ipTaggedOnRelatedIpInfringement
    case ipGroupRegistered, addedIpToGroup, removedIpFromGroup, collectedRoyaltiesToGroupPool, claimedReward
    case permissionSet

    /// The declaration as written in the contract.
    public var declaration: String {
        switch self {
        case .transfer: "Transfer(address indexed from, address indexed to, uint256 value)"
        case .nftTransfer: "Transfer(address indexed from, address indexed to, uint256 indexed tokenId)"
        case .ipAccountRegistered:
            "IPAccountRegistered(address indexed account, address indexed implementation, uint256 indexed chainId, address tokenContract, uint256 tokenId)"
        case .ipRegistered:
            "IPRegistered(address ipId, uint256 indexed chainId, address indexed tokenContract, uint256 indexed tokenId, string name, string uri, uint256 registrationDate)"
        case .metadataURISet: "MetadataURISet(address indexed ipId, string metadataURI, bytes32 metadataHash)"
        case .nftTokenURISet: "NFTTokenURISet(address indexed ipId, string nftTokenURI, bytes32 nftMetadataHash)"
        case .licenseTermsRegistered:
            "LicenseTermsRegistered(uint256 indexed licenseTermsId, address indexed licenseTemplate, bytes licenseTerms)"
        case .derivativeApproved:
            "DerivativeApproved(uint256 indexed licenseTermsId, address indexed ipId, address indexed caller, bool approved)"
        case .licenseTermsAttached:
            "LicenseTermsAttached(address indexed caller, address indexed ipId, address licenseTemplate, uint256 licenseTermsId)"
        case .licensingConfigSetForLicense:
            "LicensingConfigSetForLicense(address indexed ipId, address indexed licenseTemplate, uint256 indexed licenseTermsId, (bool,uint256,address,bytes,uint32,bool,uint32,address) licensingConfig)"
        case .expirationTimeSet: "ExpirationTimeSet(address indexed ipId, uint256 expireTime)"
        case .licenseTokensMinted:
            "LicenseTokensMinted(address indexed caller, address indexed licensorIpId, address licenseTemplate, uint256 indexed licenseTermsId, uint256 amount, address receiver, uint256 startLicenseTokenId)"
        case .licenseTokenMinted:
            "LicenseTokenMinted(address indexed minter, address indexed receiver, uint256 indexed tokenId)"
        case .derivativeRegistered:
            "DerivativeRegistered(address indexed caller, address indexed childIpId, uint256[] licenseTokenIds, address[] parentIpIds, uint256[] licenseTermsIds, address licenseTemplate)"
        case .ipRoyaltyVaultDeployed: "IpRoyaltyVaultDeployed(address ipId, address ipRoyaltyVault)"
        case .licenseMintingFeePaid:
            "LicenseMintingFeePaid(address receiverIpId, address payerAddress, address token, uint256 amount, uint256 amountAfterFee)"
        case .licensedWithRoyalty:
            "LicensedWithRoyalty(address ipId, address royaltyPolicy, uint32 licensePercent, bytes externalData)"
        case .linkedToParents:
            "LinkedToParents(address ipId, address[] parentIpIds, address[] licenseRoyaltyPolicies, uint32[] licensesPercent, bytes externalData)"
        case .royaltyPaid:
            "RoyaltyPaid(address receiverIpId, address payerIpId, address sender, address token, uint256 amount, uint256 amountAfterFee)"
        case .revenueTransferredToVault:
            "RevenueTransferredToVault(address ipId, address ancestorIpId, address token, uint256 amount)"
        case .revenueTokenAddedToVault: "RevenueTokenAddedToVault(address token, uint256 amount)"
        case .revenueTokenClaimed: "RevenueTokenClaimed(address claimer, address token, uint256 amount)"
        case .disputeRaised:
            "DisputeRaised(uint256 disputeId, address targetIpId, address disputeInitiator, uint256 disputeTimestamp, address arbitrationPolicy, bytes32 disputeEvidenceHash, bytes32 targetTag, bytes data)"
        case .disputeRaisedUMA:
            "DisputeRaisedUMA(uint256 disputeId, bytes32 assertionId, address caller, uint64 liveness, address currency, uint256 bond)"
        case .disputeJudgementSet: "DisputeJudgementSet(uint256 disputeId, bool decision, bytes data)"
        case .disputeCancelled: "DisputeCancelled(uint256 disputeId, bytes data)"
        case .disputeResolved: "DisputeResolved(uint256 disputeId, bytes data)"
        case .ipTaggedOnRelatedIpInfringement:
            "IpTaggedOnRelatedIpInfringement(uint256 disputeId, address infringingIpId, address ipIdToTag, uint256 infringerDisputeId, bytes32 tag, uint256 disputeTimestamp)"
        case .ipGroupRegistered: "IPGroupRegistered(address indexed groupId, address indexed groupPool)"
        case .addedIpToGroup: "AddedIpToGroup(address indexed groupId, address[] ipIds)"
        case .removedIpFromGroup: "RemovedIpFromGroup(address indexed groupId, address[] ipIds)"
        case .collectedRoyaltiesToGroupPool:
            "CollectedRoyaltiesToGroupPool(address indexed groupId, address indexed token, address indexed pool, uint256 amount)"
        case .claimedReward:
            "ClaimedReward(address indexed groupId, address indexed token, address[] ipId, uint256[] amount)"
        case .permissionSet:
            "PermissionSet(address ipAccountOwner, address indexed ipAccount, address indexed signer, address indexed to, bytes4 func, uint8 permission)"
        }
    }

    /// The parsed declaration (topic0, indexed parameters).
    public var abiEvent: ABIEvent { Self.events[self]! }

    private static let events: [StoryEventKind: ABIEvent] = {
        var map: [StoryEventKind: ABIEvent] = [:]
        // Declarations are literals in this file; a typo is a programming error.
        for kind in allCases { map[kind] = try! ABIEvent(kind.declaration) }
        return map
    }()

    /// Kinds by (topic0, number of topics): ERC-20 and ERC-721 `Transfer` share topic0 and differ
    /// in how many parameters are indexed.
    static let byTopic: [[UInt8]: [StoryEventKind]] = Dictionary(grouping: allCases) { $0.abiEvent.topic0 }
}
