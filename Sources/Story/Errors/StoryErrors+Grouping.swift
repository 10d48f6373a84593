extension StoryErrors {
    /// GroupingModule, the group registry and the EvenSplitGroupPool.
    public enum Grouping {
        static let cannotAddDisputedIpToGroup = StoryErrorDefinition(
            "GroupingModule__CannotAddDisputedIpToGroup(address ipId)",
            "an IP with an upheld dispute tag cannot join a group")
        static let cannotAddGroupToGroup = StoryErrorDefinition(
            "GroupingModule__CannotAddGroupToGroup(address groupId, address childGroupId)",
            "a group cannot contain another group")
        static let disputedGroupCannotAddIp = StoryErrorDefinition(
            "GroupingModule__DisputedGroupCannotAddIp(address groupId)",
            "a group with an upheld dispute tag cannot add members")
        static let disputedGroupCannotClaimReward = StoryErrorDefinition(
            "GroupingModule__DisputedGroupCannotClaimReward(address groupId)",
            "a group with an upheld dispute tag cannot pay rewards")
        static let disputedGroupCannotCollectRoyalties = StoryErrorDefinition(
            "GroupingModule__DisputedGroupCannotCollectRoyalties(address groupId)",
            "a group with an upheld dispute tag cannot collect royalties")
        static let groupFrozenDueToAlreadyMintLicenseTokens = StoryErrorDefinition(
            "GroupingModule__GroupFrozenDueToAlreadyMintLicenseTokens(address groupId)",
            "the group has issued licenses, so its members are frozen")
        static let groupFrozenDueToHasDerivativeIps = StoryErrorDefinition(
            "GroupingModule__GroupFrozenDueToHasDerivativeIps(address groupId)",
            "the group has derivatives, so its members are frozen")
        static let groupIPHasNoLicenseTerms = StoryErrorDefinition(
            "GroupingModule__GroupIPHasNoLicenseTerms(address groupId)", "attach license terms to the group first")
        static let groupIPLicenseHasNotSpecifyRevenueToken = StoryErrorDefinition(
            "GroupingModule__GroupIPLicenseHasNotSpecifyRevenueToken(address groupId)",
            "the group's license terms name no revenue currency")
        static let groupRewardPoolNotWhitelisted = StoryErrorDefinition(
            "GroupingModule__GroupRewardPoolNotWhitelisted(address groupId, address groupRewardPool)",
            "the group's reward pool is not whitelisted")
        static let ipExpectedShareExceedsMaxAllowedShare = StoryErrorDefinition(
            "GroupingModule__IpExpectedShareExceedsMaxAllowedShare(address groupId, address ipId, uint256 maxAllowedRewardShare, uint256 expectGroupRewardShare)",
            "the IP expects a larger reward share than the group allows")
        static let maxAllowedRewardShareExceeds100Percent = StoryErrorDefinition(
            "GroupingModule__MaxAllowedRewardShareExceeds100Percent(address groupId, uint256 maxAllowedRewardShare)",
            "a reward share cannot exceed 100 %")
        static let royaltyTokenNotWhitelisted = StoryErrorDefinition(
            "GroupingModule__RoyaltyTokenNotWhitelisted(address groupId, address royaltyToken)",
            "the token is not whitelisted")
        static let tokenNotMatchGroupRevenueToken = StoryErrorDefinition(
            "GroupingModule__TokenNotMatchGroupRevenueToken(address groupId, address groupCurrentToken, address token)",
            "the token is not the group's revenue currency")
        static let totalGroupRewardShareExceeds100Percent = StoryErrorDefinition(
            "GroupingModule__TotalGroupRewardShareExceeds100Percent(address groupId, uint256 totalGroupRewardShare, address ipId, uint256 expectGroupRewardShare)",
            "the members' expected reward shares would add up to more than 100 %")
        static let groupRewardPoolNotRegistered = StoryErrorDefinition(
            "GroupIPAssetRegistry__GroupRewardPoolNotRegistered(address groupPool)",
            "the reward pool is not a registered group pool")
        static let groupSizeExceedsLimit = StoryErrorDefinition(
            "GroupIPAssetRegistry__GroupSizeExceedsLimit(uint256 groupSize, uint256 limit)",
            "a group holds at most 1000 IPs")
        static let notRegisteredGroupIP = StoryErrorDefinition(
            "GroupIPAssetRegistry__NotRegisteredGroupIP(address groupId)", "this IP is not a group")
        static let notRegisteredIP = StoryErrorDefinition(
            "GroupIPAssetRegistry__NotRegisteredIP(address ipId)", "the IP is not registered")
        static let maxGroupSizeReached = StoryErrorDefinition(
            "EvenSplitGroupPool__MaxGroupSizeReached(address groupId, uint32 groupSize, uint256 maxGroupSize)",
            "a group holds at most 1000 IPs")

        static let all = [
            cannotAddDisputedIpToGroup, cannotAddGroupToGroup, disputedGroupCannotAddIp, disputedGroupCannotClaimReward,
            disputedGroupCannotCollectRoyalties, groupFrozenDueToAlreadyMintLicenseTokens,
            groupFrozenDueToHasDerivativeIps, groupIPHasNoLicenseTerms, groupIPLicenseHasNotSpecifyRevenueToken,
            groupRewardPoolNotWhitelisted, ipExpectedShareExceedsMaxAllowedShare,
            maxAllowedRewardShareExceeds100Percent, royaltyTokenNotWhitelisted, tokenNotMatchGroupRevenueToken,
            totalGroupRewardShareExceeds100Percent, groupRewardPoolNotRegistered, groupSizeExceedsLimit,
            notRegisteredGroupIP, notRegisteredIP, maxGroupSizeReached,
        ]
    }
}
