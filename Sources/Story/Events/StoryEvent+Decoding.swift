import BigInt
import Ethereum

extension StoryEvent {
    /// Rebuilds an event from its kind and decoded fields (declaration order).
    init(kind: StoryEventKind, values: [ABIValue]) throws(ABIError) {
        var r = ABIFieldReader(values)
        switch kind {
        case .transfer: self = .transfer(from: try r.address(), to: try r.address(), value: try r.uint())
        case .nftTransfer: self = .nftTransfer(from: try r.address(), to: try r.address(), tokenId: try r.uint())
        case .ipAccountRegistered:
            self = .ipAccountRegistered(
                account: try r.address(), implementation: try r.address(), chainId: try r.uint(),
                tokenContract: try r.address(), tokenId: try r.uint())
        case .ipRegistered:
            self = .ipRegistered(
                ipId: try r.address(), chainId: try r.uint(), tokenContract: try r.address(),
                tokenId: try r.uint(), name: try r.string(), uri: try r.string(),
                registrationDate: try r.uint())
        case .metadataURISet:
            self = .metadataURISet(ipId: try r.address(), metadataURI: try r.string(), metadataHash: try r.bytes32())
        case .nftTokenURISet:
            self = .nftTokenURISet(ipId: try r.address(), nftTokenURI: try r.string(), nftMetadataHash: try r.bytes32())
        case .licenseTermsRegistered:
            self = .licenseTermsRegistered(
                licenseTermsId: try r.uint(), licenseTemplate: try r.address(),
                licenseTerms: try r.bytes())
        case .derivativeApproved:
            self = .derivativeApproved(
                licenseTermsId: try r.uint(), ipId: try r.address(), caller: try r.address(),
                approved: try r.bool())
        case .licenseTermsAttached:
            self = .licenseTermsAttached(
                caller: try r.address(), ipId: try r.address(), licenseTemplate: try r.address(),
                licenseTermsId: try r.uint())
        case .licensingConfigSetForLicense:
            self = .licensingConfigSetForLicense(
                ipId: try r.address(), licenseTemplate: try r.address(),
                licenseTermsId: try r.uint(),
                licensingConfig: try LicensingConfig(abiValue: try r.next()))
        case .expirationTimeSet: self = .expirationTimeSet(ipId: try r.address(), expireTime: try r.uint())
        case .licenseTokensMinted:
            self = .licenseTokensMinted(
                caller: try r.address(), licensorIpId: try r.address(),
                licenseTemplate: try r.address(), licenseTermsId: try r.uint(),
                amount: try r.uint(), receiver: try r.address(),
                startLicenseTokenId: try r.uint())
        case .licenseTokenMinted:
            self = .licenseTokenMinted(minter: try r.address(), receiver: try r.address(), tokenId: try r.uint())
        case .derivativeRegistered:
            self = .derivativeRegistered(
                caller: try r.address(), childIpId: try r.address(),
                licenseTokenIds: try r.uints(), parentIpIds: try r.addresses(),
                licenseTermsIds: try r.uints(), licenseTemplate: try r.address())
        case .ipRoyaltyVaultDeployed:
            self = .ipRoyaltyVaultDeployed(ipId: try r.address(), ipRoyaltyVault: try r.address())
        case .licenseMintingFeePaid:
            self = .licenseMintingFeePaid(
                receiverIpId: try r.address(), payerAddress: try r.address(),
                token: try r.address(), amount: try r.uint(), amountAfterFee: try r.uint())
        case .licensedWithRoyalty:
            self = .licensedWithRoyalty(
                ipId: try r.address(), royaltyPolicy: try r.address(),
                licensePercent: try r.uint32(), externalData: try r.bytes())
        case .linkedToParents:
            let ipId = try r.address()
            let parents = try r.addresses()
            let policies = try r.addresses()
            var percents: [UInt32] = []
            for value in try r.array() {
                guard let p = value.uintValue.flatMap({ UInt32(exactly: $0) }) else {
                    throw .integerOutOfRange(.uint(32))
                }
                percents.append(p)
            }
            self = .linkedToParents(
                ipId: ipId, parentIpIds: parents, licenseRoyaltyPolicies: policies,
                licensesPercent: percents, externalData: try r.bytes())
        case .royaltyPaid:
            self = .royaltyPaid(
                receiverIpId: try r.address(), payerIpId: try r.address(), sender: try r.address(),
                token: try r.address(), amount: try r.uint(), amountAfterFee: try r.uint())
        case .revenueTransferredToVault:
            self = .revenueTransferredToVault(
                ipId: try r.address(), ancestorIpId: try r.address(), token: try r.address(),
                amount: try r.uint())
        case .revenueTokenAddedToVault: self = .revenueTokenAddedToVault(token: try r.address(), amount: try r.uint())
        case .revenueTokenClaimed:
            self = .revenueTokenClaimed(claimer: try r.address(), token: try r.address(), amount: try r.uint())
        case .disputeRaised:
            self = .disputeRaised(
                disputeId: try r.uint(), targetIpId: try r.address(), disputeInitiator: try r.address(),
                disputeTimestamp: try r.uint(), arbitrationPolicy: try r.address(),
                disputeEvidenceHash: try r.bytes32(), targetTag: try r.bytes32(), data: try r.bytes())
        case .disputeRaisedUMA:
            self = .disputeRaisedUMA(
                disputeId: try r.uint(), assertionId: try r.bytes32(), caller: try r.address(),
                liveness: try r.uint64(), currency: try r.address(), bond: try r.uint())
        case .disputeJudgementSet:
            self = .disputeJudgementSet(disputeId: try r.uint(), decision: try r.bool(), data: try r.bytes())
        case .disputeCancelled: self = .disputeCancelled(disputeId: try r.uint(), data: try r.bytes())
        case .disputeResolved: self = .disputeResolved(disputeId: try r.uint(), data: try r.bytes())
        case .ipTaggedOnRelatedIpInfringement:
            self = .ipTaggedOnRelatedIpInfringement(
                disputeId: try r.uint(), infringingIpId: try r.address(),
                ipIdToTag: try r.address(), infringerDisputeId: try r.uint(),
                tag: try r.bytes32(), disputeTimestamp: try r.uint())
        case .ipGroupRegistered: self = .ipGroupRegistered(groupId: try r.address(), groupPool: try r.address())
        case .addedIpToGroup: self = .addedIpToGroup(groupId: try r.address(), ipIds: try r.addresses())
        case .removedIpFromGroup: self = .removedIpFromGroup(groupId: try r.address(), ipIds: try r.addresses())
        case .collectedRoyaltiesToGroupPool:
            self = .collectedRoyaltiesToGroupPool(
                groupId: try r.address(), token: try r.address(), pool: try r.address(),
                amount: try r.uint())
        case .claimedReward:
            self = .claimedReward(
                groupId: try r.address(), token: try r.address(), ipId: try r.addresses(),
                amount: try r.uints())
        case .permissionSet:
            let owner = try r.address()
            let account = try r.address()
            let signer = try r.address()
            let to = try r.address()
            let function = try r.selector()
            guard let permission = UInt8(exactly: try r.uint()) else { throw .integerOutOfRange(.uint(8)) }
            self = .permissionSet(
                ipAccountOwner: owner, ipAccount: account, signer: signer, to: to,
                function: function, permission: permission)
        }
    }
}
