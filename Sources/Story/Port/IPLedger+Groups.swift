import BigInt
import Ethereum

// MARK: Groups

extension IPLedger {
    /// GroupingModule.registerGroup: the group's ipId (`from` owns its GroupNFT).
    public func registerGroup(from: Address, groupPool: Address) async throws -> LedgerReceipt<Address> {
        try await submit(.registerGroup(groupPool: groupPool), from: from).address()
    }

    /// GroupingModule.addIp (group owner or permitted).
    public func addIp(
        from: Address, groupIpId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .addIp(groupIpId: groupIpId, ipIds: ipIds, maxAllowedRewardShare: maxAllowedRewardShare), from: from
        ).none()
    }

    /// GroupingModule.removeIp (group owner or permitted).
    public func removeIp(from: Address, groupIpId: Address, ipIds: [Address]) async throws -> LedgerReceipt<Void> {
        try await submit(.removeIp(groupIpId: groupIpId, ipIds: ipIds), from: from).none()
    }

    /// GroupingModule.collectRoyalties: the group vault's revenue into the reward pool.
    public func collectRoyalties(
        from: Address, groupIpId: Address, token: Address
    ) async throws -> LedgerReceipt<BigUInt> {
        try await submit(.collectRoyalties(groupId: groupIpId, token: token), from: from).number()
    }

    /// GroupingModule.claimReward: pays members their share (into their vaults).
    public func claimReward(
        from: Address, groupIpId: Address, token: Address, ipIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        try await submit(.claimReward(groupId: groupIpId, token: token, ipIds: ipIds), from: from).numbers()
    }

    /// GroupingWorkflows.collectRoyaltiesAndClaimReward: collect and distribute in one transaction.
    public func collectRoyaltiesAndClaimReward(
        from: Address, groupIpId: Address, currencyTokens: [Address], memberIpIds: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        try await submit(
            .collectRoyaltiesAndClaimReward(
                groupIpId: groupIpId, currencyTokens: currencyTokens, memberIpIds: memberIpIds),
            from: from
        ).numbers()
    }
}
