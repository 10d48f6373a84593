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
        case let .transfer(from, to, value): [.address(from), .address(to), .uint(value)]
        case let .nftTransfer(from, to, tokenId): [.address(from), .address(to), .uint(tokenId)]
        case let .ipAccountRegistered(account, implementation, chainId, tokenContract, tokenId):
            [.address(account), .address(implementation), .uint(chainId), .address(tokenContract), .uint(tokenId)]
        case let .ipRegistered(ipId, chainId, tokenContract, tokenId, name, uri, registrationDate):
            [.address(ipId), .uint(chainId), .address(tokenContract), .uint(tokenId), .string(name), .string(uri),
             .uint(registrationDate)]
        case let .metadataURISet(ipId, uri, hash): [.address(ipId), .string(uri), .fixedBytes(hash.bytes)]
        case let .nftTokenURISet(ipId, uri, hash): [.address(ipId), .string(uri), .fixedBytes(hash.bytes)]
        case let .licenseTermsRegistered(id, template, terms): [.uint(id), .address(template), .bytes(terms)]
        case let .derivativeApproved(id, ipId, caller, approved):
            [.uint(id), .address(ipId), .address(caller), .bool(approved)]
        case let .licenseTermsAttached(caller, ipId, template, id):
            [.address(caller), .address(ipId), .address(template), .uint(id)]
        case let .licensingConfigSetForLicense(ipId, template, id, config):
            [.address(ipId), .address(template), .uint(id), config.abiValue]
        case let .expirationTimeSet(ipId, expireTime): [.address(ipId), .uint(expireTime)]
        case let .licenseTokensMinted(caller, licensor, template, termsId, amount, receiver, start):
            [.address(caller), .address(licensor), .address(template), .uint(termsId), .uint(amount),
             .address(receiver), .uint(start)]
        case let .licenseTokenMinted(minter, receiver, tokenId): [.address(minter), .address(receiver), .uint(tokenId)]
        case let .derivativeRegistered(caller, child, tokenIds, parents, termsIds, template):
            [.address(caller), .address(child), .array(tokenIds.map { .uint($0) }), .array(parents.map { .address($0) }),
             .array(termsIds.map { .uint($0) }), .address(template)]
        case let .ipRoyaltyVaultDeployed(ipId, vault): [.address(ipId), .address(vault)]
        case let .licenseMintingFeePaid(receiver, payer, token, amount, after):
            [.address(receiver), .address(payer), .address(token), .uint(amount), .uint(after)]
        case let .licensedWithRoyalty(ipId, policy, percent, data):
            [.address(ipId), .address(policy), .uint(BigUInt(percent)), .bytes(data)]
        case let .linkedToParents(ipId, parents, policies, percents, data):
            [.address(ipId), .array(parents.map { .address($0) }), .array(policies.map { .address($0) }),
             .array(percents.map { .uint(BigUInt($0)) }), .bytes(data)]
        case let .royaltyPaid(receiver, payerIp, sender, token, amount, after):
            [.address(receiver), .address(payerIp), .address(sender), .address(token), .uint(amount), .uint(after)]
        case let .revenueTransferredToVault(ipId, ancestor, token, amount):
            [.address(ipId), .address(ancestor), .address(token), .uint(amount)]
        case let .revenueTokenAddedToVault(token, amount): [.address(token), .uint(amount)]
        case let .revenueTokenClaimed(claimer, token, amount): [.address(claimer), .address(token), .uint(amount)]
        case let .disputeRaised(id, target, initiator, timestamp, policy, evidence, tag, data):
            [.uint(id), .address(target), .address(initiator), .uint(timestamp), .address(policy),
             .fixedBytes(evidence.bytes), .fixedBytes(tag.bytes), .bytes(data)]
        case let .disputeRaisedUMA(id, assertion, caller, liveness, currency, bond):
            [.uint(id), .fixedBytes(assertion.bytes), .address(caller), .uint(BigUInt(liveness)), .address(currency),
             .uint(bond)]
        case let .disputeJudgementSet(id, decision, data): [.uint(id), .bool(decision), .bytes(data)]
        case let .disputeCancelled(id, data): [.uint(id), .bytes(data)]
        case let .disputeResolved(id, data): [.uint(id), .bytes(data)]
        case let .ipTaggedOnRelatedIpInfringement(id, infringing, toTag, infringerId, tag, timestamp):
            [.uint(id), .address(infringing), .address(toTag), .uint(infringerId), .fixedBytes(tag.bytes), .uint(timestamp)]
        case let .ipGroupRegistered(group, pool): [.address(group), .address(pool)]
        case let .addedIpToGroup(group, ipIds): [.address(group), .array(ipIds.map { .address($0) })]
        case let .removedIpFromGroup(group, ipIds): [.address(group), .array(ipIds.map { .address($0) })]
        case let .collectedRoyaltiesToGroupPool(group, token, pool, amount):
            [.address(group), .address(token), .address(pool), .uint(amount)]
        case let .claimedReward(group, token, ipIds, amounts):
            [.address(group), .address(token), .array(ipIds.map { .address($0) }), .array(amounts.map { .uint($0) })]
        case let .permissionSet(owner, account, signer, to, function, permission):
            [.address(owner), .address(account), .address(signer), .address(to), .fixedBytes(function.bytes),
             .uint(BigUInt(permission))]
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
        guard let kind = kinds.first(where: { $0.abiEvent.parameters.filter(\.indexed).count == topics.count - 1 }) else {
            throw .topicMismatch("\(kinds[0].abiEvent.name) with \(topics.count - 1) indexed fields")
        }
        return try StoryEvent(kind: kind, values: kind.abiEvent.decodeLog(topics: rawTopics, data: data))
    }
}
