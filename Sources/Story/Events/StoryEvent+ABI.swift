import BigInt
import Ethereum

extension StoryEvent {
    /// Which declaration this event follows.
    public var kind: StoryEventKind {
        switch self {
        case .transfer: .transfer
        case .nftTransfer: .nftTransfer
        case .ipAccountRegistered: .ipAccountRegistered
        case .ipRegistered: .ipRegistered
        case .metadataURISet: .metadataURISet
        case .nftTokenURISet: .nftTokenURISet
        case .licenseTermsRegistered: .licenseTermsRegistered
        case .derivativeApproved: .derivativeApproved
        case .licenseTermsAttached: .licenseTermsAttached
        case .licensingConfigSetForLicense: .licensingConfigSetForLicense
        case .expirationTimeSet: .expirationTimeSet
        case .licenseTokensMinted: .licenseTokensMinted
        case .licenseTokenMinted: .licenseTokenMinted
        case .derivativeRegistered: .derivativeRegistered
        case .ipRoyaltyVaultDeployed: .ipRoyaltyVaultDeployed
        case .licenseMintingFeePaid: .licenseMintingFeePaid
        case .licensedWithRoyalty: .licensedWithRoyalty
        case .linkedToParents: .linkedToParents
        case .royaltyPaid: .royaltyPaid
        case .revenueTransferredToVault: .revenueTransferredToVault
        case .revenueTokenAddedToVault: .revenueTokenAddedToVault
        case .revenueTokenClaimed: .revenueTokenClaimed
        case .disputeRaised: .disputeRaised
        case .disputeRaisedUMA: .disputeRaisedUMA
        case .disputeJudgementSet: .disputeJudgementSet
        case .disputeCancelled: .disputeCancelled
        case .disputeResolved: .disputeResolved
        case .ipTaggedOnRelatedIpInfringement: .ipTaggedOnRelatedIpInfringement
        case .ipGroupRegistered: .ipGroupRegistered
        case .addedIpToGroup: .addedIpToGroup
        case .removedIpFromGroup: .removedIpFromGroup
        case .collectedRoyaltiesToGroupPool: .collectedRoyaltiesToGroupPool
        case .claimedReward: .claimedReward
        case .permissionSet: .permissionSet
        }
    }

    /// The event's fields in declaration order, as ABI values.
    public var abiValues: [ABIValue] {
        switch self {
        case .transfer(let from, let to, let value): [.address(from), .address(to), .uint(value)]
        case .nftTransfer(let from, let to, let tokenId): [.address(from), .address(to), .uint(tokenId)]
        case .ipAccountRegistered(let account, let implementation, let chainId, let tokenContract, let tokenId):
            [.address(account), .address(implementation), .uint(chainId), .address(tokenContract), .uint(tokenId)]
        case .ipRegistered(
            let ipId, let chainId, let tokenContract, let tokenId, let name, let uri, let registrationDate):
            [
                .address(ipId), .uint(chainId), .address(tokenContract), .uint(tokenId), .string(name), .string(uri),
                .uint(registrationDate),
            ]
        case .metadataURISet(let ipId, let uri, let hash): [.address(ipId), .string(uri), .fixedBytes(hash.bytes)]
        case .nftTokenURISet(let ipId, let uri, let hash): [.address(ipId), .string(uri), .fixedBytes(hash.bytes)]
        case .licenseTermsRegistered(let id, let template, let terms): [.uint(id), .address(template), .bytes(terms)]
        case .derivativeApproved(let id, let ipId, let caller, let approved):
            [.uint(id), .address(ipId), .address(caller), .bool(approved)]
        case .licenseTermsAttached(let caller, let ipId, let template, let id):
            [.address(caller), .address(ipId), .address(template), .uint(id)]
        case .licensingConfigSetForLicense(let ipId, let template, let id, let config):
            [.address(ipId), .address(template), .uint(id), config.abiValue]
        case .expirationTimeSet(let ipId, let expireTime): [.address(ipId), .uint(expireTime)]
        case .licenseTokensMinted(
            let caller, let licensor, let template, let termsId, let amount, let receiver, let start):
            [
                .address(caller), .address(licensor), .address(template), .uint(termsId), .uint(amount),
                .address(receiver), .uint(start),
            ]
        case .licenseTokenMinted(let minter, let receiver, let tokenId):
            [.address(minter), .address(receiver), .uint(tokenId)]
        case .derivativeRegistered(let caller, let child, let tokenIds, let parents, let termsIds, let template):
            [
                .address(caller), .address(child), .array(tokenIds.map { .uint($0) }),
                .array(parents.map { .address($0) }),
                .array(termsIds.map { .uint($0) }), .address(template),
            ]
        case .ipRoyaltyVaultDeployed(let ipId, let vault): [.address(ipId), .address(vault)]
        case .licenseMintingFeePaid(let receiver, let payer, let token, let amount, let after):
            [.address(receiver), .address(payer), .address(token), .uint(amount), .uint(after)]
        case .licensedWithRoyalty(let ipId, let policy, let percent, let data):
            [.address(ipId), .address(policy), .uint(BigUInt(percent)), .bytes(data)]
        case .linkedToParents(let ipId, let parents, let policies, let percents, let data):
            [
                .address(ipId), .array(parents.map { .address($0) }), .array(policies.map { .address($0) }),
                .array(percents.map { .uint(BigUInt($0)) }), .bytes(data),
            ]
        case .royaltyPaid(let receiver, let payerIp, let sender, let token, let amount, let after):
            [.address(receiver), .address(payerIp), .address(sender), .address(token), .uint(amount), .uint(after)]
        case .revenueTransferredToVault(let ipId, let ancestor, let token, let amount):
            [.address(ipId), .address(ancestor), .address(token), .uint(amount)]
        case .revenueTokenAddedToVault(let token, let amount): [.address(token), .uint(amount)]
        case .revenueTokenClaimed(let claimer, let token, let amount):
            [.address(claimer), .address(token), .uint(amount)]
        case .disputeRaised(
            let id, let target, let initiator, let timestamp, let policy, let evidence, let tag, let data):
            [
                .uint(id), .address(target), .address(initiator), .uint(timestamp), .address(policy),
                .fixedBytes(evidence.bytes), .fixedBytes(tag.bytes), .bytes(data),
            ]
        case .disputeRaisedUMA(let id, let assertion, let caller, let liveness, let currency, let bond):
            [
                .uint(id), .fixedBytes(assertion.bytes), .address(caller), .uint(BigUInt(liveness)), .address(currency),
                .uint(bond),
            ]
        case .disputeJudgementSet(let id, let decision, let data): [.uint(id), .bool(decision), .bytes(data)]
        case .disputeCancelled(let id, let data): [.uint(id), .bytes(data)]
        case .disputeResolved(let id, let data): [.uint(id), .bytes(data)]
        case .ipTaggedOnRelatedIpInfringement(
            let id, let infringing, let toTag, let infringerId, let tag, let timestamp):
            [
                .uint(id), .address(infringing), .address(toTag), .uint(infringerId), .fixedBytes(tag.bytes),
                .uint(timestamp),
            ]
        case .ipGroupRegistered(let group, let pool): [.address(group), .address(pool)]
        case .addedIpToGroup(let group, let ipIds): [.address(group), .array(ipIds.map { .address($0) })]
        case .removedIpFromGroup(let group, let ipIds): [.address(group), .array(ipIds.map { .address($0) })]
        case .collectedRoyaltiesToGroupPool(let group, let token, let pool, let amount):
            [.address(group), .address(token), .address(pool), .uint(amount)]
        case .claimedReward(let group, let token, let ipIds, let amounts):
            [.address(group), .address(token), .array(ipIds.map { .address($0) }), .array(amounts.map { .uint($0) })]
        case .permissionSet(let owner, let account, let signer, let to, let function, let permission):
            [
                .address(owner), .address(account), .address(signer), .address(to), .fixedBytes(function.bytes),
                .uint(BigUInt(permission)),
            ]
        }
    }

    /// The log this event produces: topics (topic0 and indexed fields) and ABI-encoded data.
    public var log: (topics: [Bytes32], data: [UInt8]) {
        // Fields are built to match the declaration, so encoding cannot fail.
        let encoded = try! kind.abiEvent.encodeLog(abiValues)
        return (encoded.topics.map { Bytes32(unchecked: $0) }, encoded.data)
    }

    /// Decodes a log into the Story event it records.
    public static func decode(topics: [Bytes32], data: [UInt8]) throws(ABIError) -> StoryEvent {
        guard let topic0 = topics.first, let kinds = StoryEventKind.byTopic[topic0.bytes] else {
            throw .topicMismatch("not a Story event")
        }
        let rawTopics = topics.map(\.bytes)
        guard let kind = kinds.first(where: { $0.abiEvent.parameters.filter(\.indexed).count == topics.count - 1 })
        else {
            throw .topicMismatch("\(kinds[0].abiEvent.name) with \(topics.count - 1) indexed fields")
        }
        return try StoryEvent(kind: kind, values: kind.abiEvent.decodeLog(topics: rawTopics, data: data))
    }
}
