import BigInt
import Ethereum

/// RoyaltyPolicyLAP and RoyaltyPolicyLRP over the IP graph (story.md §4.4). Per-link percentages
/// are stored as the IP graph precompile stores them (`setRoyalty(child, parent, kind, percent)`);
/// stacks and ancestor shares follow Story's reference graph (MockIPGraph):
/// * LAP: an IP's stack is the sum of the LAP percentages on every link among its ancestors
///   (each link once); an ancestor's share is the sum of the percentages of links into it.
/// * LRP: an IP's stack is the sum over its direct parents; an ancestor's share is the product of
///   percentages along the path (summed over paths), and the ancestor keeps its share minus its
///   own LRP stack, which flows on to its own ancestors.
extension LedgerMachine {
    /// getPolicyRoyaltyStack(ipId) of `policy`.
    func policyStack(_ policy: Address, _ ipId: Address) -> UInt32 {
        state.policyRoyaltyStack[PolicyIP(policy: policy, ipId: ipId)] ?? 0
    }

    /// IRoyaltyPolicy.onLinkToParents: records the child's links that use this policy and
    /// returns its new stack.
    func linkPolicy(
        _ policy: Address, child: Address, parents: [Address], policies: [Address],
        percents: [UInt32]
    ) -> UInt32 {
        for (index, parent) in parents.enumerated() where policies[index] == policy {
            state.linkRoyalty[PolicyPair(policy: policy, ipId: child, ancestor: parent)] = percents[index]
        }
        let stack = policy == deployment.royaltyPolicyLAP ? lapStack(child) : lrpStack(child)
        state.policyRoyaltyStack[PolicyIP(policy: policy, ipId: child)] = stack
        return stack
    }

    private func link(_ policy: Address, _ child: Address, _ parent: Address) -> UInt64 {
        UInt64(state.linkRoyalty[PolicyPair(policy: policy, ipId: child, ancestor: parent)] ?? 0)
    }

    private func lapStack(_ ipId: Address) -> UInt32 {
        let lap = deployment.royaltyPolicyLAP
        var total: UInt64 = 0
        for node in [ipId] + ancestors(of: ipId) {
            for parent in parentIps(of: node) { total += link(lap, node, parent) }
        }
        return UInt32(clamping: total)
    }

    private func lrpStack(_ ipId: Address) -> UInt32 {
        let lrp = deployment.royaltyPolicyLRP
        return UInt32(clamping: parentIps(of: ipId).reduce(UInt64(0)) { $0 + link(lrp, ipId, $1) })
    }

    /// getPolicyRoyalty(ipId, ancestorIpId): the share of `ipId`'s revenue owed to `ancestor`.
    func policyRoyalty(_ policy: Address, _ ipId: Address, ancestor: Address) -> UInt32 {
        if policy == deployment.royaltyPolicyLAP {
            var total: UInt64 = 0
            for node in [ipId] + ancestors(of: ipId) where parentIps(of: node).contains(ancestor) {
                total += link(policy, node, ancestor)
            }
            return UInt32(clamping: total)
        }
        return UInt32(clamping: lrpPathProducts(from: ipId)[ancestor] ?? 0)
    }

    /// For each ancestor, Σ over paths of the product of LRP percentages from `ipId`, folded from
    /// the child upwards with integer division at each step, as the reference graph does.
    private func lrpPathProducts(from ipId: Address) -> [Address: UInt64] {
        let lrp = deployment.royaltyPolicyLRP
        let nodes = [ipId] + ancestors(of: ipId)
        // Kahn's order over the ancestor sub-graph: a node is processed after all its children in it.
        var pendingChildren: [Address: Int] = [:]
        for node in nodes {
            for parent in parentIps(of: node) { pendingChildren[parent, default: 0] += 1 }
        }
        var acc: [Address: UInt64] = [:]
        var ready = [ipId]
        var head = 0
        while head < ready.count {
            let node = ready[head]
            head += 1
            for parent in parentIps(of: node) {
                let share =
                    node == ipId
                    ? link(lrp, node, parent)
                    : (acc[node, default: 0] * link(lrp, node, parent)) / UInt64(StoryUnits.hundredPercent)
                acc[parent, default: 0] += share
                pendingChildren[parent, default: 0] -= 1
                if pendingChildren[parent] == 0 { ready.append(parent) }
            }
        }
        return acc
    }

    /// IGraphAwareRoyaltyPolicy.transferToVault: moves what `ipId` owes `ancestor` from the
    /// policy into the ancestor's vault. Returns the amount moved.
    @discardableResult
    func transferToVault(
        policy: Address, ipId: Address, ancestor: Address, token: Address
    ) throws(StoryError) -> BigUInt {
        let isLAP = policy == deployment.royaltyPolicyLAP
        guard isLAP || policy == deployment.royaltyPolicyLRP else {
            throw StoryErrors.LocalLedger.unknownContract(.address(policy))
        }
        typealias P = StoryErrors.RoyaltyPolicies
        if ipId == ancestor { throw isLAP ? P.lapSameIpTransfer() : P.lrpSameIpTransfer() }
        let pairKey = PolicyPair(policy: policy, ipId: ipId, ancestor: ancestor)
        var percent = state.ancestorPercent[pairKey] ?? 0
        if percent == 0 {
            percent = policyRoyalty(policy, ipId, ancestor: ancestor)
            if percent == 0 { throw isLAP ? P.lapZeroClaimableRoyalty() : P.lrpZeroClaimableRoyalty() }
            state.ancestorPercent[pairKey] = percent
        }
        let total = state.totalRevenueTokensAccounted[
            IPTokenPolicy(ipId: ipId, token: token, policy: policy), default: 0]
        var maxAmount = total * BigUInt(percent) / Self.maxPercent
        if !isLAP { maxAmount -= maxAmount * BigUInt(policyStack(policy, ancestor)) / Self.maxPercent }
        let transferKey = PolicyPairToken(policy: policy, ipId: ipId, ancestor: ancestor, token: token)
        let transferred = state.transferredTokens[transferKey, default: 0]
        let owed = maxAmount > transferred ? maxAmount - transferred : 0
        let amount = min(owed, balance(of: policy, token: token))
        state.transferredTokens[transferKey] = transferred + amount
        guard let vault = state.royaltyVaults[ancestor] else { throw StoryErrors.RoyaltyModule.zeroReceiverVault() }
        try addToVault(vault, token: token, amount: amount)
        try transferToken(token, from: policy, to: vault, amount: amount)
        emit(policy, .revenueTransferredToVault(ipId: ipId, ancestorIpId: ancestor, token: token, amount: amount))
        return amount
    }
}
