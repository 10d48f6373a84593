extension StoryErrors {
    /// RoyaltyModule: payments, stacks, vaults.
    public enum RoyaltyModule {
        static let aboveMaxPercent = StoryErrorDefinition(
            "RoyaltyModule__AboveMaxPercent()", "the royalty stack would exceed 100 %")
        static let aboveMaxRts = StoryErrorDefinition(
            "RoyaltyModule__AboveMaxRts()", "linking would need more royalty tokens than the maximum you allowed")
        static let ipExpired = StoryErrorDefinition(
            "RoyaltyModule__IpExpired()", "an expired IP cannot receive royalties")
        static let ipIsTagged = StoryErrorDefinition(
            "RoyaltyModule__IpIsTagged()", "the IP carries an upheld dispute tag, so it cannot receive royalties")
        static let notWhitelistedRoyaltyToken = StoryErrorDefinition(
            "RoyaltyModule__NotWhitelistedRoyaltyToken()", "royalties can only be paid in a whitelisted token (WIP)")
        static let paymentAmountIsTooLow = StoryErrorDefinition(
            "RoyaltyModule__PaymentAmountIsTooLow()", "the payment is too small to carry the protocol fee")
        static let unlinkableToParents = StoryErrorDefinition(
            "RoyaltyModule__UnlinkableToParents()",
            "the IP already has a royalty vault, so it cannot become a derivative")
        static let zeroAmount = StoryErrorDefinition(
            "RoyaltyModule__ZeroAmount()", "the amount must be greater than zero")
        static let zeroReceiverVault = StoryErrorDefinition(
            "RoyaltyModule__ZeroReceiverVault()",
            "the IP has no royalty vault yet: it gets one when it first issues a license with a royalty policy or becomes a derivative"
        )
        static let notWhitelistedOrRegisteredRoyaltyPolicy = StoryErrorDefinition(
            "RoyaltyModule__NotWhitelistedOrRegisteredRoyaltyPolicy()", "the royalty policy is not whitelisted")
        static let groupRewardPoolNotWhitelisted = StoryErrorDefinition(
            "RoyaltyModule__GroupRewardPoolNotWhitelisted(address groupId, address rewardPool)",
            "the group's reward pool is not whitelisted")

        static let all = [
            aboveMaxPercent, aboveMaxRts, ipExpired, ipIsTagged, notWhitelistedRoyaltyToken, paymentAmountIsTooLow,
            unlinkableToParents, zeroAmount, zeroReceiverVault, notWhitelistedOrRegisteredRoyaltyPolicy,
            groupRewardPoolNotWhitelisted,
        ]
    }

    /// RoyaltyPolicyLAP and RoyaltyPolicyLRP.
    public enum RoyaltyPolicies {
        static let lapAboveMaxPercent = StoryErrorDefinition(
            "RoyaltyPolicyLAP__AboveMaxPercent()", "this license would push the IP's royalty stack above 100 %")
        static let lapSameIpTransfer = StoryErrorDefinition(
            "RoyaltyPolicyLAP__SameIpTransfer()", "an IP cannot claim royalties from itself")
        static let lapZeroClaimableRoyalty = StoryErrorDefinition(
            "RoyaltyPolicyLAP__ZeroClaimableRoyalty()", "the ancestor is owed nothing by this IP under LAP")
        static let lrpAboveMaxPercent = StoryErrorDefinition(
            "RoyaltyPolicyLRP__AboveMaxPercent()", "this license would push the IP's royalty stack above 100 %")
        static let lrpSameIpTransfer = StoryErrorDefinition(
            "RoyaltyPolicyLRP__SameIpTransfer()", "an IP cannot claim royalties from itself")
        static let lrpZeroClaimableRoyalty = StoryErrorDefinition(
            "RoyaltyPolicyLRP__ZeroClaimableRoyalty()", "the ancestor is owed nothing by this IP under LRP")

        static let all = [
            lapAboveMaxPercent, lapSameIpTransfer, lapZeroClaimableRoyalty, lrpAboveMaxPercent,
            lrpSameIpTransfer, lrpZeroClaimableRoyalty,
        ]
    }

    /// IpRoyaltyVault: claims.
    public enum IpRoyaltyVault {
        static let noClaimableTokens = StoryErrorDefinition(
            "IpRoyaltyVault__NoClaimableTokens()", "there is no revenue to claim")
        static let vaultsMustClaimAsSelf = StoryErrorDefinition(
            "IpRoyaltyVault__VaultsMustClaimAsSelf()", "a royalty vault can only claim for itself")
        static let groupPoolMustClaimViaGroupingModule = StoryErrorDefinition(
            "IpRoyaltyVault__GroupPoolMustClaimViaGroupingModule()",
            "a group's revenue is collected through the grouping module")
        static let zeroAmount = StoryErrorDefinition(
            "IpRoyaltyVault__ZeroAmount()", "the amount must be greater than zero")

        static let all = [noClaimableTokens, vaultsMustClaimAsSelf, groupPoolMustClaimViaGroupingModule, zeroAmount]
    }
}
