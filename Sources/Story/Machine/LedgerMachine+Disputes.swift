import BigInt
import Ethereum

/// DisputeModule with Story's base policy, ArbitrationPolicyUMA (story.md §2.6, §5 "Disputes").
///
/// The local ledger has no UMA oracle: the bond is held by the policy's address, and the
/// arbitration relayer (the ledger's operator) sets judgements directly — an upheld dispute
/// returns the bond to its initiator; a rejected one pays it to the target IP's account, as UMA
/// pays a successful counter-disputer (the target IP account disputes assertions, story.md §2.6).
extension LedgerMachine {
    /// The whitelisted tags (story.md §2.6).
    func isWhitelistedTag(_ tag: Bytes32) -> Bool { DisputeTag.whitelisted.contains(tag) }

    /// DisputeModule.raiseDispute; `data` = abi.encode(uint64 liveness, address currency, uint256 bond).
    func raiseDispute(
        caller: Address, targetIpId: Address, evidenceHash: Bytes32, targetTag: Bytes32,
        data: [UInt8]
    ) throws(StoryError) -> UInt64 {
        typealias D = StoryErrors.DisputeModule
        typealias U = StoryErrors.ArbitrationPolicyUMA
        if !isRegistered(targetIpId) { throw D.notRegisteredIpId() }
        if !isWhitelistedTag(targetTag) { throw D.notWhitelistedDisputeTag() }
        if evidenceHash.isZero { throw D.zeroDisputeEvidenceHash() }
        if state.usedEvidenceHashes[evidenceHash] == true { throw D.evidenceHashAlreadyUsed() }
        guard let values = try? ABI.decode([.uint(64), .address, .uint256], from: data),
            let liveness = values[0].uintValue.flatMap({ UInt64(exactly: $0) }),
            let currency = values[1].addressValue, let bond = values[2].uintValue
        else {
            // abi.decode of malformed data reverts without a reason; the nearest named refusal.
            throw U.currencyNotWhitelisted()
        }
        let id = state.disputeCount.increment()
        state.usedEvidenceHashes[evidenceHash] = true
        // ArbitrationPolicyUMA.onRaiseDispute.
        if liveness < settings.minLiveness { throw U.livenessBelowMin() }
        if liveness > settings.maxLiveness { throw U.livenessAboveMax() }
        if bond > (currency == deployment.wip ? settings.maxBond : 0) { throw U.bondAboveMax() }
        if !isWhitelistedRoyaltyToken(currency) { throw U.currencyNotWhitelisted() }
        try transferToken(currency, from: caller, to: deployment.arbitrationPolicyUMA, amount: bond)
        let assertionId = Bytes32.keccak256(
            (try? ABI.encode(
                [.uint(BigUInt(id)), .address(caller), .fixedBytes(evidenceHash.bytes)],
                as: [.uint256, .address, .bytes32])) ?? [])
        state.disputes[id] = DisputeRecord(
            targetIpId: targetIpId, initiator: caller, timestamp: now,
            arbitrationPolicy: deployment.arbitrationPolicyUMA,
            evidenceHash: evidenceHash, targetTag: targetTag, currentTag: DisputeTag.inDispute, infringerDisputeId: 0,
            liveness: liveness, bond: bond, assertionId: assertionId)
        emit(
            deployment.arbitrationPolicyUMA,
            .disputeRaisedUMA(
                disputeId: BigUInt(id), assertionId: assertionId,
                caller: caller, liveness: liveness, currency: currency,
                bond: bond))
        emit(
            deployment.disputeModule,
            .disputeRaised(
                disputeId: BigUInt(id), targetIpId: targetIpId, disputeInitiator: caller,
                disputeTimestamp: BigUInt(now),
                arbitrationPolicy: deployment.arbitrationPolicyUMA, disputeEvidenceHash: evidenceHash,
                targetTag: targetTag,
                data: data))
        return id
    }

    /// DisputeModule.setDisputeJudgement, by the arbitration relayer only.
    func setDisputeJudgement(caller: Address, disputeId: UInt64, decision: Bool, data: [UInt8]) throws(StoryError) {
        typealias D = StoryErrors.DisputeModule
        guard var dispute = state.disputes[disputeId], dispute.currentTag == DisputeTag.inDispute else {
            throw D.notInDisputeState()
        }
        if caller != settings.operatorAddress { throw D.notArbitrationRelayer() }
        if decision {
            dispute.currentTag = dispute.targetTag
            state.successfulDisputes[dispute.targetIpId] = state.successfulDisputes[dispute.targetIpId, default: 0] + 1
        } else {
            dispute.currentTag = .zero
        }
        state.disputes[disputeId] = dispute
        if dispute.bond > 0 {
            let winner = decision ? dispute.initiator : dispute.targetIpId
            try transferToken(deployment.wip, from: deployment.arbitrationPolicyUMA, to: winner, amount: dispute.bond)
        }
        emit(
            deployment.disputeModule,
            .disputeJudgementSet(disputeId: BigUInt(disputeId), decision: decision, data: data))
    }

    /// DisputeModule.cancelDispute: initiator only, while undecided — and then refused by
    /// ArbitrationPolicyUMA.onDisputeCancel, which always reverts (story.md §5).
    func cancelDispute(caller: Address, disputeId: UInt64) throws(StoryError) {
        guard let dispute = state.disputes[disputeId], dispute.currentTag == DisputeTag.inDispute else {
            throw StoryErrors.DisputeModule.notInDisputeState()
        }
        if caller != dispute.initiator { throw StoryErrors.DisputeModule.notDisputeInitiator() }
        throw StoryErrors.ArbitrationPolicyUMA.cannotCancel()
    }

    /// DisputeModule.resolveDispute: lifts an upheld tag (initiator only, or anyone for a
    /// propagated tag once the original dispute is resolved).
    func resolveDispute(caller: Address, disputeId: UInt64, data: [UInt8]) throws(StoryError) {
        typealias D = StoryErrors.DisputeModule
        guard var dispute = state.disputes[disputeId] else { throw D.notDisputeInitiator() }
        if dispute.infringerDisputeId == 0 && caller != dispute.initiator { throw D.notDisputeInitiator() }
        if dispute.infringerDisputeId > 0, let original = state.disputes[dispute.infringerDisputeId],
            original.currentTag != .zero
        {
            throw D.relatedDisputeNotResolved()
        }
        if dispute.currentTag == DisputeTag.inDispute || dispute.currentTag == .zero { throw D.notAbleToResolve() }
        state.successfulDisputes[dispute.targetIpId] = state.successfulDisputes[dispute.targetIpId, default: 1] - 1
        dispute.currentTag = .zero
        state.disputes[disputeId] = dispute
        emit(deployment.disputeModule, .disputeResolved(disputeId: BigUInt(disputeId), data: data))
    }

    /// DisputeModule.tagIfRelatedIpInfringed: an upheld tag spreads to derivatives of the
    /// infringer and to groups containing it.
    func tagIfRelatedIpInfringed(
        caller: Address, ipIdToTag: Address, infringerDisputeId: UInt64
    ) throws(StoryError) -> UInt64 {
        typealias D = StoryErrors.DisputeModule
        guard let infringer = state.disputes[infringerDisputeId], infringer.currentTag != DisputeTag.inDispute,
            infringer.currentTag != .zero
        else { throw D.disputeWithoutInfringementTag() }
        let isDerivative = parentIps(of: ipIdToTag).contains(infringer.targetIpId)
        let isContainingGroup = (state.groupMembers[ipIdToTag] ?? []).contains(infringer.targetIpId)
        if !isDerivative && !isContainingGroup { throw D.notDerivativeOrGroupIp() }
        let key = DisputePropagation(ipId: ipIdToTag, disputeId: infringerDisputeId)
        if state.propagatedDisputes[key] == true { throw D.disputeAlreadyPropagated() }
        let id = state.disputeCount.increment()
        state.disputes[id] = DisputeRecord(
            targetIpId: ipIdToTag, initiator: caller, timestamp: now, arbitrationPolicy: infringer.arbitrationPolicy,
            evidenceHash: infringer.evidenceHash, targetTag: infringer.currentTag, currentTag: infringer.currentTag,
            infringerDisputeId: infringerDisputeId, liveness: 0, bond: 0, assertionId: .zero)
        state.propagatedDisputes[key] = true
        state.successfulDisputes[ipIdToTag] = state.successfulDisputes[ipIdToTag, default: 0] + 1
        emit(
            deployment.disputeModule,
            .ipTaggedOnRelatedIpInfringement(
                disputeId: BigUInt(id), infringingIpId: infringer.targetIpId, ipIdToTag: ipIdToTag,
                infringerDisputeId: BigUInt(infringerDisputeId), tag: infringer.currentTag,
                disputeTimestamp: BigUInt(now)))
        return id
    }
}
