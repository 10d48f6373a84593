import BigInt
import Ethereum

/// The port's dispute, group, permission and token transactions.
extension LocalLedger {
    public func raiseDispute(
        from: Address, targetIpId: Address, disputeEvidenceHash: Bytes32, targetTag: Bytes32, liveness: UInt64,
        bond: BigUInt
    ) async throws -> LedgerReceipt<BigUInt> {
        // ArbitrationPolicyUMA's data: abi.encode(uint64 liveness, address currency, uint256 bond), WIP bonds only.
        let data = try ABI.encode(
            [.uint(BigUInt(liveness)), .address(deployment.wip), .uint(bond)],
            as: [.uint(64), .address, .uint256])
        return number(
            try await submit(
                .raiseDispute(
                    targetIpId: targetIpId, disputeEvidenceHash: disputeEvidenceHash,
                    targetTag: targetTag, data: data), from: from))
    }

    public func setDisputeJudgement(
        from: Address, disputeId: BigUInt, decision: Bool, data: [UInt8]
    ) async throws -> LedgerReceipt<Void> {
        none(try await submit(.setDisputeJudgement(disputeId: disputeId, decision: decision, data: data), from: from))
    }

    public func cancelDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void> {
        none(try await submit(.cancelDispute(disputeId: disputeId, data: data), from: from))
    }

    public func resolveDispute(from: Address, disputeId: BigUInt, data: [UInt8]) async throws -> LedgerReceipt<Void> {
        none(try await submit(.resolveDispute(disputeId: disputeId, data: data), from: from))
    }

    public func tagIfRelatedIpInfringed(
        from: Address, ipIdToTag: Address, infringerDisputeId: BigUInt
    ) async throws -> LedgerReceipt<BigUInt> {
        number(
            try await submit(
                .tagIfRelatedIpInfringed(ipIdToTag: ipIdToTag, infringerDisputeId: infringerDisputeId),
                from: from))
    }

    public func registerGroup(from: Address, groupPool: Address) async throws -> LedgerReceipt<Address> {
        try await submit(.registerGroup(groupPool: groupPool), from: from).map { result in
            guard case .address(let groupId) = result else { preconditionFailure("group id result") }
            return groupId
        }
    }

    public func addIp(
        from: Address, groupIpId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .addIp(groupIpId: groupIpId, ipIds: ipIds, maxAllowedRewardShare: maxAllowedRewardShare),
                from: from))
    }

    public func removeIp(from: Address, groupIpId: Address, ipIds: [Address]) async throws -> LedgerReceipt<Void> {
        none(try await submit(.removeIp(groupIpId: groupIpId, ipIds: ipIds), from: from))
    }

    public func collectRoyalties(
        from: Address, groupIpId: Address, token: Address
    ) async throws -> LedgerReceipt<BigUInt> {
        number(try await submit(.collectRoyalties(groupId: groupIpId, token: token), from: from))
    }

    public func claimReward(
        from: Address, groupIpId: Address, token: Address, ipIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        numbers(try await submit(.claimReward(groupId: groupIpId, token: token, ipIds: ipIds), from: from))
    }

    public func collectRoyaltiesAndClaimReward(
        from: Address, groupIpId: Address, currencyTokens: [Address], memberIpIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        numbers(
            try await submit(
                .collectRoyaltiesAndClaimReward(
                    groupIpId: groupIpId, currencyTokens: currencyTokens,
                    memberIpIds: memberIpIds), from: from))
    }

    public func setPermission(
        from: Address, ipAccount: Address, signer: Address, to: Address, function: FunctionSelector,
        permission: AccessPermission
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .setPermission(
                    ipAccount: ipAccount, signer: signer, to: to, function: function,
                    permission: permission.rawValue), from: from))
    }

    public func setAllPermissions(
        from: Address, ipAccount: Address, signer: Address, permission: AccessPermission
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .setAllPermissions(ipAccount: ipAccount, signer: signer, permission: permission.rawValue),
                from: from))
    }

    public func setBatchPermissions(from: Address, permissions: [PermissionEntry]) async throws -> LedgerReceipt<Void> {
        none(try await submit(.setBatchPermissions(permissions), from: from))
    }

    public func transfer(
        from: Address, token: Address, to: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        none(try await submit(.transfer(token: token, to: to, amount: amount), from: from))
    }

    public func transferFromIPAccount(
        from: Address, ipAccount: Address, token: Address, to: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        let data = try LedgerCallKind.transfer.function.encodeCall([.address(to), .uint(amount)])
        return none(try await submit(.execute(ipAccount: ipAccount, to: token, value: 0, data: data), from: from))
    }

    public func transferNFT(
        from: Address, tokenContract: Address, tokenId: BigUInt, to: Address
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .safeTransferFrom(contract: tokenContract, from: from, to: to, tokenId: tokenId), from: from))
    }

    /// Mints test WIP to `to` (at most `settings.faucetLimit` per request); sent by the operator.
    public func faucet(to: Address, amount: BigUInt) async throws -> LedgerReceipt<Void> {
        none(try await submit(.faucet(to: to, amount: amount), from: operatorAddress))
    }
}
