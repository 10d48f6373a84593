import BigInt
import Ethereum

// MARK: Royalties

extension IPLedger {
    /// RoyaltyModule.payRoyaltyOnBehalf: `from` pays `amount` of `token` to `receiverIpId`
    /// (`payerIpId` may be zero for a tip).
    public func payRoyaltyOnBehalf(
        from: Address, receiverIpId: Address, payerIpId: Address, token: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .payRoyaltyOnBehalf(receiverIpId: receiverIpId, payerIpId: payerIpId, token: token, amount: amount),
            from: from
        ).none()
    }

    /// RoyaltyPolicyLAP/LRP.transferToVault: moves what `ipId` owes `ancestorIpId` into its vault.
    public func transferToVault(
        from: Address, royaltyPolicy: Address, ipId: Address, ancestorIpId: Address, token: Address
    ) async throws -> LedgerReceipt<BigUInt> {
        try await submit(
            .transferToVault(policy: royaltyPolicy, ipId: ipId, ancestorIpId: ancestorIpId, token: token),
            from: from
        ).number()
    }

    /// RoyaltyWorkflows.claimAllRevenue: the policy → vault transfers for each child, then the
    /// vault's revenue in each distinct token to `claimer` (the IP account, which holds the
    /// royalty tokens). Returns the amounts claimed.
    public func claimAllRevenue(
        from: Address, ancestorIpId: Address, claimer: Address, childIpIds: [Address], royaltyPolicies: [Address],
        currencyTokens: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        try await submit(
            .claimAllRevenue(
                ancestorIpId: ancestorIpId, claimer: claimer, childIpIds: childIpIds,
                royaltyPolicies: royaltyPolicies, currencyTokens: currencyTokens),
            from: from
        ).numbers()
    }
}
