import BigInt
import Ethereum

/// IpRoyaltyVault ([CORE] IpRoyaltyVault.sol): revenue accrues per token and is claimable by
/// royalty-token holders pro rata — (accBalance × balance − revenueDebt) / totalSupply.
extension LedgerMachine {
    /// updateVaultBalance: records revenue arriving in the vault.
    func addToVault(_ vault: Address, token: Address, amount: BigUInt) throws(StoryError) {
        if !isWhitelistedRoyaltyToken(token) { throw StoryErrors.RoyaltyModule.notWhitelistedRoyaltyToken() }
        if amount == 0 { throw StoryErrors.IpRoyaltyVault.zeroAmount() }
        if !(state.vaultTokens[vault] ?? []).contains(token) { state.vaultTokens.append(token, to: vault) }
        let key = IPToken(ipId: vault, token: token)
        state.vaultAccBalances[key] = state.vaultAccBalances[key, default: 0] + amount
        emit(vault, .revenueTokenAddedToVault(token: token, amount: amount))
    }

    func royaltyTokenBalance(vault: Address, holder: Address) -> BigUInt {
        state.royaltyTokenBalances[TokenAccount(token: vault, account: holder), default: 0]
    }

    /// claimableRevenue(claimer, token): 0 while the vault's IP is tagged.
    func claimableRevenue(vault: Address, claimer: Address, token: Address) -> BigUInt {
        guard let ipId = state.vaultIpIds[vault], !isTagged(ipId) else { return 0 }
        return pendingWithExtraDecimal(vault: vault, claimer: claimer, token: token) / StoryUnits.royaltyTokenSupply
    }

    private func pendingWithExtraDecimal(vault: Address, claimer: Address, token: Address) -> BigUInt {
        let acc = state.vaultAccBalances[IPToken(ipId: vault, token: token), default: 0]
        let gross = BigInt(acc * royaltyTokenBalance(vault: vault, holder: claimer))
        let debt = state.claimerRevenueDebt[VaultHolderToken(vault: vault, holder: claimer, token: token), default: 0]
        let pending = gross - debt
        return pending > 0 ? pending.magnitude : 0
    }

    /// claimRevenueOnBehalfByTokenBatch, called by `caller`: pays `claimer` its share of each token.
    func claimRevenue(
        vault: Address, caller: Address, claimer: Address, tokens: [Address]
    ) throws(StoryError) -> [BigUInt] {
        if state.vaultIpIds[claimer] != nil && caller != claimer {
            throw StoryErrors.IpRoyaltyVault.vaultsMustClaimAsSelf()
        }
        if isGroupRewardPool(claimer) && caller != deployment.groupingModule {
            throw StoryErrors.IpRoyaltyVault.groupPoolMustClaimViaGroupingModule()
        }
        var claimed: [BigUInt] = []
        for token in tokens {
            let amount = claimableRevenue(vault: vault, claimer: claimer, token: token)
            if amount > 0 {
                emit(vault, .revenueTokenClaimed(claimer: claimer, token: token, amount: amount))
                try transferToken(token, from: vault, to: claimer, amount: amount)
            }
            if amount == 0 { throw StoryErrors.IpRoyaltyVault.noClaimableTokens() }
            let key = VaultHolderToken(vault: vault, holder: claimer, token: token)
            state.claimerRevenueDebt[key] =
                state.claimerRevenueDebt[key, default: 0]
                + BigInt(amount * StoryUnits.royaltyTokenSupply)
            claimed.append(amount)
        }
        return claimed
    }
}
