import BigInt
import Ethereum

// MARK: Disputes

extension IPLedger {
    /// DisputeModule.raiseDispute with ArbitrationPolicyUMA's data (liveness seconds, WIP bond
    /// paid by `from`). `disputeEvidenceHash` is used once; `targetTag` one of ``DisputeTag``.
    public func raiseDispute(
        from: Address, targetIpId: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, liveness: UInt64,
        bond: BigUInt
    ) async throws -> LedgerReceipt<BigUInt> {
        // ArbitrationPolicyUMA's data: abi.encode(uint64 liveness, address currency, uint256 bond), WIP bonds only.
        let data = try ABI.encode(
            [.uint(BigUInt(liveness)), .address(deployment.wip), .uint(bond)],
            as: [.uint(64), .address, .uint256])
        return try await submit(
            .raiseDispute(
                targetIpId: targetIpId, disputeEvidenceHash: disputeEvidenceHash, targetTag: targetTag, data: data),
            from: from
        ).number()
    }

    /// DisputeModule.setDisputeJudgement (arbitration relayer only).
    public func setDisputeJudgement(
        from: Address, disputeId: BigUInt, decision: Bool, data: [UInt8]
    ) async throws -> LedgerReceipt<Void> {
        try await submit(.setDisputeJudgement(disputeId: disputeId, decision: decision, data: data), from: from).none()
    }

    /// DisputeModule.cancelDispute. Story's UMA policy cannot cancel: after the initiator and
    /// state checks this always throws `ArbitrationPolicyUMA__CannotCancel`.
    public func cancelDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void> {
        try await submit(.cancelDispute(disputeId: disputeId, data: data), from: from).none()
    }

    /// DisputeModule.resolveDispute: lifts an upheld tag.
    public func resolveDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void> {
        try await submit(.resolveDispute(disputeId: disputeId, data: data), from: from).none()
    }

    /// DisputeModule.tagIfRelatedIpInfringed: spreads an upheld tag to a derivative or group; the new dispute id.
    public func tagIfRelatedIpInfringed(
        from: Address, ipIdToTag: Address, infringerDisputeId: BigUInt
    ) async throws -> LedgerReceipt<BigUInt> {
        try await submit(
            .tagIfRelatedIpInfringed(ipIdToTag: ipIdToTag, infringerDisputeId: infringerDisputeId), from: from
        ).number()
    }
}
