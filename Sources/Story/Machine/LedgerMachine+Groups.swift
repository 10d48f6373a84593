import BigInt
import Ethereum

/// GroupingModule, GroupIPAssetRegistry and EvenSplitGroupPool (story.md §2.7, §5 "Groups").
extension LedgerMachine {
    func isGroupRewardPool(_ address: Address) -> Bool { address == deployment.evenSplitGroupPool }

    func groupRewardPool(of groupId: Address) throws(StoryError) -> Address {
        guard let pool = state.groupRewardPools[groupId] else {
            throw StoryErrors.Grouping.notRegisteredGroupIP(.address(groupId))
        }
        return pool
    }

    func groupMembers(of groupId: Address) -> [Address] { state.groupMembers[groupId] ?? [] }

    /// GroupingModule.registerGroup: mints a GroupNFT (ids from 0) to the caller and registers it
    /// as a group IP bound to `pool`.
    func registerGroup(caller: Address, pool: Address) throws(StoryError) -> Address {
        let tokenId = BigUInt(state.groupNftSupply.value)
        state.groupNftSupply.set(state.groupNftSupply.value + 1)
        mintNFT(deployment.groupNFT, to: caller, tokenId: tokenId)
        let groupId = registerIp(
            tokenContract: deployment.groupNFT, tokenId: tokenId,
            collectionName: "Programmable IP Group IP NFT", tokenURI: "", isGroup: true)
        guard isGroupRewardPool(pool) else { throw StoryErrors.Grouping.groupRewardPoolNotRegistered(.address(pool)) }
        state.groupRewardPools[groupId] = pool
        emit(deployment.groupingModule, .ipGroupRegistered(groupId: groupId, groupPool: pool))
        return groupId
    }

    /// The group's single license terms and their revenue currency (_getGroupRevenueInfo).
    private func groupRevenueInfo(_ groupId: Address) throws(StoryError) -> (termsId: UInt64, currency: Address) {
        guard let termsId = attachedTermsIds(of: groupId).first else {
            throw StoryErrors.Grouping.groupIPHasNoLicenseTerms(.address(groupId))
        }
        let currency = royaltyInfo(termsId).currency
        if currency == .zero { throw StoryErrors.Grouping.groupIPLicenseHasNotSpecifyRevenueToken(.address(groupId)) }
        return (termsId, currency)
    }

    /// GroupingModule.addIp (group owner or permitted).
    func addIpsToGroup(
        caller: Address, groupId: Address, ipIds: [Address], maxAllowedRewardShare: BigUInt
    ) throws(StoryError) {
        typealias G = StoryErrors.Grouping
        try verifyPermission(
            groupId, caller: caller, module: deployment.groupingModule, function: LedgerSelectors.addIp)
        if maxAllowedRewardShare > Self.maxPercent {
            throw G.maxAllowedRewardShareExceeds100Percent(.address(groupId), .uint(maxAllowedRewardShare))
        }
        if isTagged(groupId) { throw G.disputedGroupCannotAddIp(.address(groupId)) }
        let (termsId, currency) = try groupRevenueInfo(groupId)
        // GroupIPAssetRegistry.addGroupMember.
        guard isGroup(groupId) else { throw G.notRegisteredGroupIP(.address(groupId)) }
        for ipId in ipIds {
            if !isRegistered(ipId) { throw G.notRegisteredIP(.address(ipId)) }
            if !groupMembers(of: groupId).contains(ipId) { state.groupMembers.append(ipId, to: groupId) }
        }
        let size = groupMemberCount(groupId)
        if size > Self.maxGroupSize {
            throw G.groupSizeExceedsLimit(.uint(BigUInt(size)), .uint(BigUInt(Self.maxGroupSize)))
        }
        let pool = try groupRewardPool(of: groupId)
        try collectGroupRoyalties(groupId: groupId, token: currency)
        for ipId in ipIds {
            if isGroup(ipId) { throw G.cannotAddGroupToGroup(.address(groupId), .address(ipId)) }
            if isTagged(ipId) { throw G.cannotAddDisputedIpToGroup(.address(ipId)) }
            let config = try verifyGroupAddIp(groupId: groupId, pool: pool, ipId: ipId, termsId: termsId)
            let expected = BigUInt(config.expectMinimumGroupRewardShare)
            if expected > maxAllowedRewardShare {
                throw G.ipExpectedShareExceedsMaxAllowedShare(
                    .address(groupId), .address(ipId),
                    .uint(maxAllowedRewardShare), .uint(expected))
            }
            let total = try poolAddIp(groupId: groupId, ipId: ipId, minimumShare: expected)
            if total > Self.maxPercent {
                throw G.totalGroupRewardShareExceeds100Percent(
                    .address(groupId), .uint(total), .address(ipId),
                    .uint(expected))
            }
        }
        emit(deployment.groupingModule, .addedIpToGroup(groupId: groupId, ipIds: ipIds))
    }

    /// LicenseRegistry.verifyGroupAddIp: the member carries the group's terms with a matching config.
    private func verifyGroupAddIp(
        groupId: Address, pool: Address, ipId: Address,
        termsId: UInt64
    ) throws(StoryError) -> LicensingConfig {
        typealias R = StoryErrors.LicenseRegistry
        let template = deployment.piLicenseTemplate
        let id = ABIValue.uint(BigUInt(termsId))
        guard hasAttached(ipId, template: template, termsId: termsId) else {
            throw R.ipHasNoGroupLicenseTerms(.address(ipId), .address(template), id)
        }
        let config = licensingConfig(ipId, termsId: termsId)
        if config.disabled { throw R.ipLicenseDisabled(.address(ipId), .address(template), id) }
        if config.expectGroupRewardPool == .zero { throw R.ipExpectGroupRewardPoolNotSet(.address(ipId)) }
        if config.expectGroupRewardPool != pool {
            throw R.ipExpectGroupRewardPoolNotMatch(
                .address(ipId), .address(config.expectGroupRewardPool),
                .address(groupId), .address(pool))
        }
        if expireTime(of: ipId) != 0 { throw R.cannotAddIpWithExpirationToGroup(.address(ipId)) }
        let groupConfig = licensingConfig(groupId, termsId: termsId)
        if config.mintingFee != groupConfig.mintingFee {
            throw R.ipMintingFeeNotMatchWithGroup(
                .address(ipId), .uint(config.mintingFee), .uint(groupConfig.mintingFee))
        }
        if config.licensingHook != groupConfig.licensingHook {
            throw R.ipLicensingHookNotMatchWithGroup(
                .address(ipId), .address(config.licensingHook),
                .address(groupConfig.licensingHook))
        }
        if config.hookData != groupConfig.hookData {
            throw R.ipLicensingHookDataNotMatchWithGroup(
                .address(ipId), .bytes(config.hookData), .bytes(groupConfig.hookData))
        }
        if groupConfig.commercialRevShare < config.commercialRevShare {
            throw R.groupIpCommercialRevShareConfigMustNotLessThanIp(
                .address(ipId), .uint(BigUInt(config.commercialRevShare)),
                .uint(BigUInt(groupConfig.commercialRevShare)))
        }
        return config
    }

    /// GroupingModule.removeIp (group owner or permitted): not once the group has derivatives or
    /// has issued licenses; pending rewards are collected and paid out first.
    func removeIpsFromGroup(caller: Address, groupId: Address, ipIds: [Address]) throws(StoryError) {
        typealias G = StoryErrors.Grouping
        try verifyPermission(
            groupId, caller: caller, module: deployment.groupingModule, function: LedgerSelectors.removeIp)
        if !childIps(of: groupId).isEmpty { throw G.groupFrozenDueToHasDerivativeIps(.address(groupId)) }
        if licensorTokenCount(groupId) > 0 { throw G.groupFrozenDueToAlreadyMintLicenseTokens(.address(groupId)) }
        let currency = try groupRevenueInfo(groupId).currency
        try collectGroupRoyalties(groupId: groupId, token: currency)
        _ = try claimGroupReward(groupId: groupId, token: currency, ipIds: ipIds)
        guard isGroup(groupId) else { throw G.notRegisteredGroupIP(.address(groupId)) }
        for ipId in ipIds {
            // EnumerableSet.remove: the last member takes the removed one's place.
            var members = groupMembers(of: groupId)
            if let index = members.firstIndex(of: ipId) {
                members.swapAt(index, members.count - 1)
                members.removeLast()
                state.groupMembers[groupId] = members
            }
        }
        for ipId in ipIds { poolRemoveIp(groupId: groupId, ipId: ipId) }
        emit(deployment.groupingModule, .removedIpFromGroup(groupId: groupId, ipIds: ipIds))
    }

    /// GroupingModule.collectRoyalties: the group vault's revenue goes to the pool for the members.
    @discardableResult
    func collectGroupRoyalties(groupId: Address, token: Address) throws(StoryError) -> BigUInt {
        typealias G = StoryErrors.Grouping
        if isTagged(groupId) { throw G.disputedGroupCannotCollectRoyalties(.address(groupId)) }
        let pool = try groupRewardPool(of: groupId)
        if !isWhitelistedRoyaltyToken(token) { throw G.royaltyTokenNotWhitelisted(.address(groupId), .address(token)) }
        guard let vault = royaltyVault(of: groupId) else { return 0 }
        let claimable = claimableRevenue(vault: vault, claimer: pool, token: token)
        if claimable == 0 { return 0 }
        let royalties = try claimRevenue(
            vault: vault, caller: deployment.groupingModule, claimer: pool, tokens: [token])[0]
        try poolDepositReward(groupId: groupId, token: token, amount: royalties)
        emit(
            deployment.groupingModule,
            .collectedRoyaltiesToGroupPool(
                groupId: groupId, token: token, pool: pool,
                amount: royalties))
        return royalties
    }

    /// GroupingModule.claimReward: pays each member its even share as a royalty to its vault.
    func claimGroupReward(groupId: Address, token: Address, ipIds: [Address]) throws(StoryError) -> [BigUInt] {
        typealias G = StoryErrors.Grouping
        if isTagged(groupId) { throw G.disputedGroupCannotClaimReward(.address(groupId)) }
        let pool = try groupRewardPool(of: groupId)
        if !isWhitelistedRoyaltyToken(token) { throw G.royaltyTokenNotWhitelisted(.address(groupId), .address(token)) }
        let rewards = try poolDistributeRewards(groupId: groupId, pool: pool, token: token, ipIds: ipIds)
        emit(deployment.groupingModule, .claimedReward(groupId: groupId, token: token, ipId: ipIds, amount: rewards))
        return rewards
    }

    /// The currency check of the public collectRoyalties/claimReward entry points.
    func requireGroupCurrency(_ groupId: Address, _ token: Address) throws(StoryError) {
        let currency = try groupRevenueInfo(groupId).currency
        if currency != token {
            throw StoryErrors.Grouping.tokenNotMatchGroupRevenueToken(
                .address(groupId), .address(currency), .address(token))
        }
    }
}
