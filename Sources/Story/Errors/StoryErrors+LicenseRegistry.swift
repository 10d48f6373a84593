extension StoryErrors {
    /// LicenseRegistry: attachments, derivative links, groups' license checks.
    public enum LicenseRegistry {
        static let derivativeAlreadyRegistered = StoryErrorDefinition(
            "LicenseRegistry__DerivativeAlreadyRegistered(address childIpId)",
            "this IP is already a derivative; an IP can be linked to its parents only once")
        static let derivativeIpAlreadyHasChild = StoryErrorDefinition(
            "LicenseRegistry__DerivativeIpAlreadyHasChild(address childIpId)",
            "this IP already has derivatives of its own, so it cannot become a derivative")
        static let derivativeIpAlreadyHasLicense = StoryErrorDefinition(
            "LicenseRegistry__DerivativeIpAlreadyHasLicense(address childIpId)",
            "this IP already has license terms attached, so it cannot become a derivative; register the derivative as a new IP instead"
        )
        static let derivativeIsParent = StoryErrorDefinition(
            "LicenseRegistry__DerivativeIsParent(address ipId)", "an IP cannot be its own parent")
        static let duplicateParentIp = StoryErrorDefinition(
            "LicenseRegistry__DuplicateParentIp(address ipId, address parentIpId)", "the same parent is listed twice")
        static let emptyGroupCannotMintLicenseToken = StoryErrorDefinition(
            "LicenseRegistry__EmptyGroupCannotMintLicenseToken(address groupId)",
            "a group without members cannot issue licenses")
        static let groupCannotHasParentIp = StoryErrorDefinition(
            "LicenseRegistry__GroupCannotHasParentIp(address groupId)", "a group cannot be a derivative of other IPs")
        static let groupIpAlreadyHasLicenseTerms = StoryErrorDefinition(
            "LicenseRegistry__GroupIpAlreadyHasLicenseTerms(address groupId)",
            "a group can have only one set of license terms, and this group already has one")
        static let groupIpCommercialRevShareConfigMustNotLessThanIp = StoryErrorDefinition(
            "LicenseRegistry__GroupIpCommercialRevShareConfigMustNotLessThanIp(address groupId, uint32 ipCommercialRevShare, uint32 groupCommercialRevShare)",
            "the IP asks for a higher revenue share than the group's license grants")
        static let groupMustBeSoleParent = StoryErrorDefinition(
            "LicenseRegistry__GroupMustBeSoleParent(address childIpId, address groupId)",
            "a group can be a parent only when it is the sole parent")
        static let ipExpectGroupRewardPoolNotMatch = StoryErrorDefinition(
            "LicenseRegistry__IpExpectGroupRewardPoolNotMatch(address ipId, address expectGroupRewardPool, address groupId, address groupRewardPool)",
            "the IP's licensing configuration names a different group reward pool than this group's")
        static let ipExpectGroupRewardPoolNotSet = StoryErrorDefinition(
            "LicenseRegistry__IpExpectGroupRewardPoolNotSet(address ipId)",
            "the IP has not agreed to join a group: its licensing configuration names no group reward pool")
        static let indexOutOfBounds = StoryErrorDefinition(
            "LicenseRegistry__IndexOutOfBounds(address ipId, uint256 index, uint256 length)",
            "the IP has no license terms at that position")
        static let ipExpired = StoryErrorDefinition(
            "LicenseRegistry__IpExpired(address ipId)", "the IP's license has expired")
        static let ipHasNoGroupLicenseTerms = StoryErrorDefinition(
            "LicenseRegistry__IpHasNoGroupLicenseTerms(address groupId, address licenseTemplate, uint256 licenseTermsId)",
            "the IP does not have the group's license terms attached")
        static let ipLicenseDisabled = StoryErrorDefinition(
            "LicenseRegistry__IpLicenseDisabled(address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "the IP has disabled these license terms")
        static let ipLicensingHookDataNotMatchWithGroup = StoryErrorDefinition(
            "LicenseRegistry__IpLicensingHookDataNotMatchWithGroup(address ipId, bytes hookData, bytes groupHookData)",
            "the IP's licensing hook data differs from the group's")
        static let ipLicensingHookNotMatchWithGroup = StoryErrorDefinition(
            "LicenseRegistry__IpLicensingHookNotMatchWithGroup(address ipId, address licensingHook, address groupLicensingHook)",
            "the IP's licensing hook differs from the group's")
        static let ipMintingFeeNotMatchWithGroup = StoryErrorDefinition(
            "LicenseRegistry__IpMintingFeeNotMatchWithGroup(address ipId, uint256 mintingFee, uint256 groupMintingFee)",
            "the IP's license minting fee differs from the group's")
        static let cannotAddIpWithExpirationToGroup = StoryErrorDefinition(
            "LicenseRegistry__CannotAddIpWithExpirationToGroup(address ipId)", "an IP that expires cannot join a group")
        static let licenseTermsAlreadyAttached = StoryErrorDefinition(
            "LicenseRegistry__LicenseTermsAlreadyAttached(address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "these license terms are already attached to the IP")
        static let licenseTermsCannotAttachToGroupIp = StoryErrorDefinition(
            "LicenseRegistry__LicenseTermsCannotAttachToGroupIp(address licenseTemplate, uint256 licenseTermsId)",
            "groups accept only terms without derivative approval and with no royalty policy or LRP")
        static let licenseTermsNotExists = StoryErrorDefinition(
            "LicenseRegistry__LicenseTermsNotExists(address licenseTemplate, uint256 licenseTermsId)",
            "no license terms with this id exist")
        static let licensorIpHasNoLicenseTerms = StoryErrorDefinition(
            "LicenseRegistry__LicensorIpHasNoLicenseTerms(address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "the IP does not offer these license terms")
        static let parentIpExpired = StoryErrorDefinition(
            "LicenseRegistry__ParentIpExpired(address ipId)", "the parent IP's license has expired")
        static let parentIpHasNoLicenseTerms = StoryErrorDefinition(
            "LicenseRegistry__ParentIpHasNoLicenseTerms(address ipId, uint256 licenseTermsId)",
            "the parent IP does not offer these license terms")
        static let parentIpIsEmptyGroup = StoryErrorDefinition(
            "LicenseRegistry__ParentIpIsEmptyGroup(address groupId)", "a group without members cannot be a parent")
        static let parentIpNotRegistered = StoryErrorDefinition(
            "LicenseRegistry__ParentIpNotRegistered(address parentIpId)", "the parent is not a registered IP")
        static let parentIpTagged = StoryErrorDefinition(
            "LicenseRegistry__ParentIpTagged(address ipId)",
            "the parent IP carries an upheld dispute tag, so no derivative can be linked to it")
        static let parentIpUnmatchedLicenseTemplate = StoryErrorDefinition(
            "LicenseRegistry__ParentIpUnmatchedLicenseTemplate(address ipId, address licenseTemplate)",
            "the parent IP uses a different license template")
        static let tooManyAncestors = StoryErrorDefinition(
            "LicenseRegistry__TooManyAncestors(address ipId, uint256 ancestors, uint256 maxAncestors)",
            "the derivative would have more than 1024 ancestors")
        static let tooManyParents = StoryErrorDefinition(
            "LicenseRegistry__TooManyParents(address ipId, uint256 parents, uint256 maxParents)",
            "a derivative can have at most 16 parents")
        static let unmatchedLicenseTemplate = StoryErrorDefinition(
            "LicenseRegistry__UnmatchedLicenseTemplate(address ipId, address licenseTemplate, address newLicenseTemplate)",
            "an IP can use only one license template")
        static let unregisteredLicenseTemplate = StoryErrorDefinition(
            "LicenseRegistry__UnregisteredLicenseTemplate(address licenseTemplate)",
            "this license template is not registered")

        static let all = [
            derivativeAlreadyRegistered, derivativeIpAlreadyHasChild, derivativeIpAlreadyHasLicense, derivativeIsParent,
            duplicateParentIp, emptyGroupCannotMintLicenseToken, groupCannotHasParentIp, groupIpAlreadyHasLicenseTerms,
            groupIpCommercialRevShareConfigMustNotLessThanIp, groupMustBeSoleParent, ipExpectGroupRewardPoolNotMatch,
            ipExpectGroupRewardPoolNotSet, indexOutOfBounds, ipExpired, ipHasNoGroupLicenseTerms, ipLicenseDisabled,
            ipLicensingHookDataNotMatchWithGroup, ipLicensingHookNotMatchWithGroup, ipMintingFeeNotMatchWithGroup,
            cannotAddIpWithExpirationToGroup, licenseTermsAlreadyAttached, licenseTermsCannotAttachToGroupIp,
            licenseTermsNotExists, licensorIpHasNoLicenseTerms, parentIpExpired, parentIpHasNoLicenseTerms,
            parentIpIsEmptyGroup, parentIpNotRegistered, parentIpTagged, parentIpUnmatchedLicenseTemplate,
            tooManyAncestors, tooManyParents, unmatchedLicenseTemplate, unregisteredLicenseTemplate,
        ]
    }
}
