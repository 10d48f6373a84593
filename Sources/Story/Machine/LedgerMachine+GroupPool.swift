import BigInt
import Ethereum

/// EvenSplitGroupPool: rewards accrue per member as accRewardPerIp (scaled by MAX_GROUP_SIZE),
/// each member's debt tracks what it has been paid.
extension LedgerMachine {
    private var groupSizeScale: BigUInt { BigUInt(Self.maxGroupSize) }

    func poolInfo(_ groupId: Address) -> GroupPoolInfo { state.groupPoolInfo[groupId] ?? GroupPoolInfo() }

    private func isMember(_ groupId: Address, _ ipId: Address) -> Bool {
        state.ipAddedTime[IPPair(ipId: groupId, other: ipId)] != nil
    }

    /// Returns the group's total allocated reward share after adding.
    func poolAddIp(groupId: Address, ipId: Address, minimumShare: BigUInt) throws(StoryError) -> BigUInt {
        var info = poolInfo(groupId)
        if isMember(groupId, ipId) { return info.averageRewardShare * BigUInt(info.totalMembers) }
        let key = IPPair(ipId: groupId, other: ipId)
        state.ipAddedTime[key] = now
        info.totalMembers += 1
        if Int(info.totalMembers) > Self.maxGroupSize {
            throw StoryErrors.Grouping.maxGroupSizeReached(
                .address(groupId), .uint(BigUInt(info.totalMembers)),
                .uint(BigUInt(Self.maxGroupSize)))
        }
        if minimumShare > 0 {
            state.minimumRewardShare[key] = minimumShare
            info.averageRewardShare = max(info.averageRewardShare, minimumShare)
        }
        state.ipRewardDebt[key] = info.accRewardPerIp / groupSizeScale
        state.groupPoolInfo[groupId] = info
        return info.averageRewardShare * BigUInt(info.totalMembers)
    }

    func poolRemoveIp(groupId: Address, ipId: Address) {
        guard isMember(groupId, ipId) else { return }
        let key = IPPair(ipId: groupId, other: ipId)
        state.ipAddedTime[key] = nil
        var info = poolInfo(groupId)
        info.totalMembers -= 1
        state.groupPoolInfo[groupId] = info
        state.minimumRewardShare[key] = nil
        state.ipRewardDebt[key] = nil
    }

    func poolDepositReward(groupId: Address, token: Address, amount: BigUInt) throws(StoryError) {
        guard amount > 0 else { return }
        var info = poolInfo(groupId)
        if info.token == .zero { info.token = token }
        if info.token != token {
            throw StoryErrors.Grouping.tokenNotMatchGroupRevenueToken(
                .address(groupId), .address(info.token), .address(token))
        }
        if info.totalMembers == 0 {
            info.pendingBalance += amount
        } else {
            let total = amount + info.pendingBalance
            info.pendingBalance = 0
            info.accRewardPerIp += total * groupSizeScale / BigUInt(info.totalMembers)
        }
        state.groupPoolInfo[groupId] = info
    }

    /// getAvailableReward.
    func availableRewards(groupId: Address, token: Address, ipIds: [Address]) -> [BigUInt] {
        let info = poolInfo(groupId)
        guard info.totalMembers > 0, info.token != .zero, info.token == token else { return ipIds.map { _ in 0 } }
        let pendingPerIp = info.pendingBalance * groupSizeScale / BigUInt(info.totalMembers)
        let rewardPerIp = (info.accRewardPerIp + pendingPerIp) / groupSizeScale
        return ipIds.map { ipId in
            guard isMember(groupId, ipId) else { return 0 }
            let debt = state.ipRewardDebt[IPPair(ipId: groupId, other: ipId), default: 0]
            return rewardPerIp > debt ? rewardPerIp - debt : 0
        }
    }

    /// distributeRewards: pays each member `rewardPerIp − debt` via payRoyaltyOnBehalf from the pool.
    func poolDistributeRewards(
        groupId: Address, pool: Address, token: Address,
        ipIds: [Address]
    ) throws(StoryError) -> [BigUInt] {
        var info = poolInfo(groupId)
        if info.pendingBalance > 0 && info.totalMembers > 0 {
            info.accRewardPerIp += info.pendingBalance * groupSizeScale / BigUInt(info.totalMembers)
            info.pendingBalance = 0
            state.groupPoolInfo[groupId] = info
        }
        var rewards = ipIds.map { _ in BigUInt(0) }
        if info.accRewardPerIp == 0 { return rewards }
        if info.token != token {
            throw StoryErrors.Grouping.tokenNotMatchGroupRevenueToken(
                .address(groupId), .address(info.token), .address(token))
        }
        let rewardPerIp = info.accRewardPerIp / groupSizeScale
        if rewardPerIp * BigUInt(ipIds.count) == 0 { return rewards }
        for (index, ipId) in ipIds.enumerated() where isMember(groupId, ipId) {
            let key = IPPair(ipId: groupId, other: ipId)
            let debt = state.ipRewardDebt[key, default: 0]
            let reward = rewardPerIp > debt ? rewardPerIp - debt : 0
            rewards[index] = reward
            if reward == 0 { continue }
            state.ipRewardDebt[key] = debt + reward
            try payRoyaltyOnBehalf(
                caller: pool, receiverIpId: ipId, payerIpId: groupId, token: token, amount: reward,
                viaGroupPool: true)
        }
        return rewards
    }
}
