extension StoryErrors {
    /// DisputeModule.
    public enum DisputeModule {
        static let disputeAlreadyPropagated = StoryErrorDefinition(
            "DisputeModule__DisputeAlreadyPropagated()", "this dispute's tag was already applied to that IP")
        static let disputeWithoutInfringementTag = StoryErrorDefinition(
            "DisputeModule__DisputeWithoutInfringementTag()",
            "the dispute has not been upheld, so there is no tag to propagate")
        static let evidenceHashAlreadyUsed = StoryErrorDefinition(
            "DisputeModule__EvidenceHashAlreadyUsed()",
            "this evidence was already used for a dispute; each evidence CID can be used once")
        static let notAbleToResolve = StoryErrorDefinition(
            "DisputeModule__NotAbleToResolve()", "only an upheld dispute can be resolved")
        static let notArbitrationRelayer = StoryErrorDefinition(
            "DisputeModule__NotArbitrationRelayer()", "only the arbitration relayer can set a judgement")
        static let notDerivativeOrGroupIp = StoryErrorDefinition(
            "DisputeModule__NotDerivativeOrGroupIp()",
            "the IP is neither a derivative of the infringer nor a group containing it")
        static let notDisputeInitiator = StoryErrorDefinition(
            "DisputeModule__NotDisputeInitiator()", "only whoever raised the dispute can do this")
        static let notInDisputeState = StoryErrorDefinition(
            "DisputeModule__NotInDisputeState()", "the dispute has already been decided")
        static let notRegisteredIpId = StoryErrorDefinition(
            "DisputeModule__NotRegisteredIpId()", "the target is not a registered IP")
        static let notWhitelistedDisputeTag = StoryErrorDefinition(
            "DisputeModule__NotWhitelistedDisputeTag()",
            "the tag is not one of IMPROPER_REGISTRATION, IMPROPER_USAGE, IMPROPER_PAYMENT, CONTENT_STANDARDS_VIOLATION"
        )
        static let relatedDisputeNotResolved = StoryErrorDefinition(
            "DisputeModule__RelatedDisputeNotResolved()", "the original dispute must be resolved first")
        static let zeroDisputeEvidenceHash = StoryErrorDefinition(
            "DisputeModule__ZeroDisputeEvidenceHash()", "a dispute needs evidence")
        static let zeroDisputeTag = StoryErrorDefinition("DisputeModule__ZeroDisputeTag()", "a dispute needs a tag")

        static let all = [
            disputeAlreadyPropagated, disputeWithoutInfringementTag, evidenceHashAlreadyUsed, notAbleToResolve,
            notArbitrationRelayer, notDerivativeOrGroupIp, notDisputeInitiator, notInDisputeState, notRegisteredIpId,
            notWhitelistedDisputeTag, relatedDisputeNotResolved, zeroDisputeEvidenceHash, zeroDisputeTag,
        ]
    }

    /// ArbitrationPolicyUMA, Story's base arbitration policy.
    public enum ArbitrationPolicyUMA {
        static let bondAboveMax = StoryErrorDefinition(
            "ArbitrationPolicyUMA__BondAboveMax()", "the bond is above the maximum allowed")
        static let cannotCancel = StoryErrorDefinition(
            "ArbitrationPolicyUMA__CannotCancel()",
            "Story's UMA arbitration cannot cancel a dispute once raised; it ends only with a judgement")
        static let currencyNotWhitelisted = StoryErrorDefinition(
            "ArbitrationPolicyUMA__CurrencyNotWhitelisted()", "the bond must be paid in a whitelisted token (WIP)")
        static let livenessAboveMax = StoryErrorDefinition(
            "ArbitrationPolicyUMA__LivenessAboveMax()", "the dispute window is longer than allowed")
        static let livenessBelowMin = StoryErrorDefinition(
            "ArbitrationPolicyUMA__LivenessBelowMin()", "the dispute window is shorter than allowed")

        static let all = [bondAboveMax, cannotCancel, currencyNotWhitelisted, livenessAboveMax, livenessBelowMin]
    }
}
