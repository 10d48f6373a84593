import BigInt
import Ethereum

/// RoyaltyModule (story.md §2.5, §4.4; [CORE] RoyaltyModule.sol): vaults, stacks, payments.
extension LedgerMachine {
    static let maxPercent = BigUInt(StoryUnits.hundredPercent)

    func royaltyVault(of ipId: Address) -> Address? { state.royaltyVaults[ipId] }

    func accumulatedPolicies(of ipId: Address) -> [Address] { state.accumulatedRoyaltyPolicies[ipId] ?? [] }

    /// RoyaltyModule.onLicenseMinting: the licensor gets a vault on its first license with a
    /// royalty policy, and the policy checks the stack stays within 100 %.
    func onLicenseMinting(ipId: Address, policy: Address, percent: UInt32) throws(StoryError) {
        if percent > StoryUnits.hundredPercent { throw StoryErrors.RoyaltyModule.aboveMaxPercent() }
        guard isWhitelistedRoyaltyPolicy(policy) else {
            throw StoryErrors.RoyaltyModule.notWhitelistedOrRegisteredRoyaltyPolicy()
        }
        if state.royaltyVaults[ipId] == nil {
            var receiver = ipId
            if isGroup(ipId) { receiver = try groupRewardPool(of: ipId) }
            deployVault(for: ipId, royaltyTokensTo: receiver)
        }
        if policy == deployment.royaltyPolicyLAP {
            // RoyaltyPolicyLAP.onLicenseMinting: globalRoyaltyStack + licensePercent ≤ 100 %.
            if UInt64(state.globalRoyaltyStack[ipId, default: 0]) + UInt64(percent) > UInt64(StoryUnits.hundredPercent)
            {
                throw StoryErrors.RoyaltyPolicies.lapAboveMaxPercent()
            }
        } else if UInt64(policyStack(deployment.royaltyPolicyLAP, ipId)) + UInt64(percent)
            > UInt64(StoryUnits.hundredPercent)
        {
            // RoyaltyPolicyLRP.onLicenseMinting compares against the LAP stack.
            throw StoryErrors.RoyaltyPolicies.lrpAboveMaxPercent()
        }
        emit(
            deployment.royaltyModule,
            .licensedWithRoyalty(
                ipId: ipId, royaltyPolicy: policy, licensePercent: percent,
                externalData: []))
    }

    /// Deploys the IP's royalty vault (CREATE from RoyaltyModule, so addresses follow its nonce)
    /// and mints its 100_000_000 royalty tokens to `receiver`.
    @discardableResult
    func deployVault(for ipId: Address, royaltyTokensTo receiver: Address) -> Address {
        let nonce = state.vaultsDeployed.increment()
        let vault = ContractAddress.create(deployer: deployment.royaltyModule, nonce: nonce)
        state.royaltyVaults[ipId] = vault
        state.vaultIpIds[vault] = ipId
        state.royaltyTokenBalances[TokenAccount(token: vault, account: receiver)] = StoryUnits.royaltyTokenSupply
        emit(vault, .transfer(from: .zero, to: receiver, value: StoryUnits.royaltyTokenSupply))
        emit(deployment.royaltyModule, .ipRoyaltyVaultDeployed(ipId: ipId, ipRoyaltyVault: vault))
        return vault
    }

    /// RoyaltyModule.onLinkToParents: the child's vault, its accumulated policies, the policies'
    /// stacks, and the global stack ≤ 100 %.
    func onLinkToParents(child: Address, parents: [Address], policies: [Address], percents: [UInt32]) throws(StoryError)
    {
        if state.royaltyVaults[child] != nil { throw StoryErrors.RoyaltyModule.unlinkableToParents() }
        // The vault is created with its tokens held by RoyaltyModule, which then sends the
        // policies what they need to link (LAP and LRP need none) and the rest to the IP.
        let vault = deployVault(for: child, royaltyTokensTo: deployment.royaltyModule)
        for (index, parent) in parents.enumerated() {
            addAccumulatedPolicy(child, policies[index])
            for policy in accumulatedPolicies(of: parent) { addAccumulatedPolicy(child, policy) }
        }
        let holder = TokenAccount(token: vault, account: deployment.royaltyModule)
        state.royaltyTokenBalances[holder] = nil
        let receiver = isGroup(child) ? try groupRewardPool(of: child) : child
        state.royaltyTokenBalances[TokenAccount(token: vault, account: receiver)] = StoryUnits.royaltyTokenSupply
        emit(vault, .transfer(from: deployment.royaltyModule, to: receiver, value: StoryUnits.royaltyTokenSupply))

        var global: UInt64 = 0
        for policy in accumulatedPolicies(of: child) where isWhitelistedRoyaltyPolicy(policy) {
            global += UInt64(linkPolicy(policy, child: child, parents: parents, policies: policies, percents: percents))
        }
        if global > UInt64(StoryUnits.hundredPercent) { throw StoryErrors.RoyaltyModule.aboveMaxPercent() }
        state.globalRoyaltyStack[child] = UInt32(global)
        emit(
            deployment.royaltyModule,
            .linkedToParents(
                ipId: child, parentIpIds: parents, licenseRoyaltyPolicies: policies,
                licensesPercent: percents, externalData: []))
    }

    private func addAccumulatedPolicy(_ ipId: Address, _ policy: Address) {
        if !accumulatedPolicies(of: ipId).contains(policy) { state.accumulatedRoyaltyPolicies.append(policy, to: ipId) }
    }

    /// RoyaltyModule._payRoyalty: protocol fee to the treasury, each policy's stack share to the
    /// policy, the rest to the receiver's vault. Returns the amount after the fee.
    @discardableResult
    func payRoyalty(
        receiver: Address, payer: Address, token: Address, amount: BigUInt,
        viaGroupPool: Bool
    ) throws(StoryError) -> BigUInt {
        typealias R = StoryErrors.RoyaltyModule
        if amount == 0 { throw R.zeroAmount() }
        if !isWhitelistedRoyaltyToken(token) { throw R.notWhitelistedRoyaltyToken() }
        if isTagged(receiver) { throw R.ipIsTagged() }
        if isExpiredNow(receiver) { throw R.ipExpired() }
        var fee = BigUInt(0)
        // Payments made by a whitelisted group reward pool carry no protocol fee.
        if !viaGroupPool {
            fee = amount * BigUInt(settings.royaltyFeePercent) / Self.maxPercent
            if fee > 0 { try transferToken(token, from: payer, to: settings.treasury, amount: fee) }
            if fee == 0 && settings.royaltyFeePercent > 0 { throw R.paymentAmountIsTooLow() }
        }
        let afterFee = amount - fee
        var paid = BigUInt(0)
        for policy in accumulatedPolicies(of: receiver) where isWhitelistedRoyaltyPolicy(policy) {
            let stack = policyStack(policy, receiver)
            if stack == 0 { continue }
            let key = IPTokenPolicy(ipId: receiver, token: token, policy: policy)
            state.totalRevenueTokensAccounted[key] = state.totalRevenueTokensAccounted[key, default: 0] + afterFee
            let share = afterFee * BigUInt(stack) / Self.maxPercent
            paid += share
            try transferToken(token, from: payer, to: policy, amount: share)
        }
        let remaining = afterFee - paid
        if remaining > 0 {
            guard let vault = state.royaltyVaults[receiver] else { throw R.zeroReceiverVault() }
            try addToVault(vault, token: token, amount: remaining)
            try transferToken(token, from: payer, to: vault, amount: remaining)
        }
        let key = IPToken(ipId: receiver, token: token)
        state.totalRevenueTokensReceived[key] = state.totalRevenueTokensReceived[key, default: 0] + afterFee
        return afterFee
    }

    /// RoyaltyModule.payRoyaltyOnBehalf: `payer` (the transaction's sender) pays for `payerIpId`.
    func payRoyaltyOnBehalf(
        caller: Address, receiverIpId: Address, payerIpId: Address, token: Address,
        amount: BigUInt, viaGroupPool: Bool = false
    ) throws(StoryError) {
        let afterFee = try payRoyalty(
            receiver: receiverIpId, payer: caller, token: token, amount: amount,
            viaGroupPool: viaGroupPool)
        emit(
            deployment.royaltyModule,
            .royaltyPaid(
                receiverIpId: receiverIpId, payerIpId: payerIpId, sender: caller,
                token: token, amount: amount, amountAfterFee: afterFee))
    }
}
