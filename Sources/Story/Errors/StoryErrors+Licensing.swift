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
            "this IP already has license terms attached, so it cannot become a derivative; register the derivative as a new IP instead")
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
        static let ipExpired = StoryErrorDefinition("LicenseRegistry__IpExpired(address ipId)", "the IP's license has expired")
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
            "LicenseRegistry__UnregisteredLicenseTemplate(address licenseTemplate)", "this license template is not registered")

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

    /// LicensingModule: attaching terms, minting licenses, registering derivatives.
    public enum LicensingModule {
        static let currentLicenseNotAllowOverrideRoyaltyPercent = StoryErrorDefinition(
            "LicensingModule__CurrentLicenseNotAllowOverrideRoyaltyPercent(address licenseTemplate, uint256 licenseTermsId, uint32 newRoyaltyPercent)",
            "a revenue share override needs commercial terms and may only raise the terms' share")
        static let derivativeAlreadyHasBeenMintedLicenseTokens = StoryErrorDefinition(
            "LicensingModule__DerivativeAlreadyHasBeenMintedLicenseTokens(address childIpId)",
            "this IP has already issued licenses, so it cannot become a derivative")
        static let derivativesCannotAddLicenseTerms = StoryErrorDefinition(
            "LicensingModule__DerivativesCannotAddLicenseTerms()",
            "a derivative inherits its parents' license terms and cannot add its own")
        static let disputedIpId = StoryErrorDefinition(
            "LicensingModule__DisputedIpId()", "the IP carries an upheld dispute tag, so it cannot be licensed or linked")
        static let exceedMaxRevenueShare = StoryErrorDefinition(
            "LicensingModule__ExceedMaxRevenueShare(address ipId, address licenseTemplate, uint256 licenseTermsId, uint32 revenueShare, uint32 maxRevenueShare)",
            "the parents' licenses demand a larger revenue share than the maximum you accepted")
        static let groupIpCannotChangeHookData = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotChangeHookData(address groupId)", "a group with members cannot change its hook data")
        static let groupIpCannotChangeIsSet = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotChangeIsSet(address groupId)",
            "a group with members cannot switch its licensing configuration on or off")
        static let groupIpCannotChangeLicensingHook = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotChangeLicensingHook(address groupId)",
            "a group with members cannot change its licensing hook")
        static let groupIpCannotChangeMintingFee = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotChangeMintingFee(address groupId)",
            "a group with members cannot change its minting fee")
        static let groupIpCannotDecreaseRoyalty = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotDecreaseRoyalty(address groupId, uint32 newRoyaltyPercent, uint32 oldRoyaltyPercent)",
            "a group with members cannot lower its revenue share")
        static let groupIpCannotSetExpectGroupRewardPool = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotSetExpectGroupRewardPool(address groupId)", "a group cannot itself join a group")
        static let invalidLicenseTermsId = StoryErrorDefinition(
            "LicensingModule__InvalidLicenseTermsId(address licenseTemplate, uint256 licenseTermsId)",
            "license terms id 0 does not exist")
        static let invalidLicensingHook = StoryErrorDefinition(
            "LicensingModule__InvalidLicensingHook(address hook)", "the licensing hook is not a registered hook module")
        static let licenseDisabled = StoryErrorDefinition(
            "LicensingModule__LicenseDisabled(address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "the IP's owner has disabled these license terms")
        static let licenseDenyMintLicenseToken = StoryErrorDefinition(
            "LicensingModule__LicenseDenyMintLicenseToken(address licenseTemplate, uint256 licenseTermsId, address licensorIpId)",
            "the license terms do not allow minting this license (a derivative offers only reciprocal terms it carries)")
        static let licenseNotCompatibleForDerivative = StoryErrorDefinition(
            "LicensingModule__LicenseNotCompatibleForDerivative(address childIpId)",
            "the parents' licenses do not allow this derivative (derivatives not allowed, not reciprocal for a derivative of a derivative, approval missing, or the parents' terms are incompatible)")
        static let licenseTermsLengthMismatch = StoryErrorDefinition(
            "LicensingModule__LicenseTermsLengthMismatch(uint256 ipLength, uint256 licenseTermsLength)",
            "give exactly one license terms id per parent")
        static let licenseTermsNotFound = StoryErrorDefinition(
            "LicensingModule__LicenseTermsNotFound(address licenseTemplate, uint256 licenseTermsId)",
            "no license terms with this id exist")
        static let licenseTokenNotCompatibleForDerivative = StoryErrorDefinition(
            "LicensingModule__LicenseTokenNotCompatibleForDerivative(address childIpId, uint256[] licenseTokenIds)",
            "the licenses held do not allow this derivative")
        static let licensingConfigMintingFeeBelowLicenseTerms = StoryErrorDefinition(
            "LicensingModule__LicensingConfigMintingFeeBelowLicenseTerms(address licenseTemplate, uint256 licenseTermsId, uint256 licensingConfigMintingFee, uint256 licenseTermsMintingFee)",
            "the configured minting fee is below the license terms' fee")
        static let licensorIpNotRegistered = StoryErrorDefinition(
            "LicensingModule__LicensorIpNotRegistered()", "the licensor is not a registered IP")
        static let mintAmountZero = StoryErrorDefinition("LicensingModule__MintAmountZero()", "mint at least one license")
        static let mintingFeeExceedMaxMintingFee = StoryErrorDefinition(
            "LicensingModule__MintingFeeExceedMaxMintingFee(uint256 mintingFee, uint256 maxMintingFee)",
            "the minting fee is higher than the maximum you accepted")
        static let mintingFeeRequiresRoyaltyPolicy = StoryErrorDefinition(
            "LicensingModule__MintingFeeRequiresRoyaltyPolicy()", "a minting fee needs terms with a royalty policy")
        static let noLicenseToken = StoryErrorDefinition("LicensingModule__NoLicenseToken()", "give at least one license token")
        static let noParentIp = StoryErrorDefinition("LicensingModule__NoParentIp()", "a derivative needs at least one parent")
        static let receiverZeroAddress = StoryErrorDefinition(
            "LicensingModule__ReceiverZeroAddress()", "licenses cannot be minted to the zero address")
        static let royaltyPolicyMismatch = StoryErrorDefinition(
            "LicensingModule__RoyaltyPolicyMismatch(address royaltyPolicy, address anotherRoyaltyPolicy)",
            "all parents of a derivative must use the same royalty policy")
        static let tooManyAncestorsForMintingLicenseTokenAllowRegisterDerivative = StoryErrorDefinition(
            "LicensingModule__TooManyAncestorsForMintingLicenseTokenAllowRegisterDerivative(address licensorIpId, uint256 ancestors, uint256 maxAncestors)",
            "the IP already has 1024 ancestors, so it cannot license further derivatives")

        static let all = [
            currentLicenseNotAllowOverrideRoyaltyPercent, derivativeAlreadyHasBeenMintedLicenseTokens,
            derivativesCannotAddLicenseTerms, disputedIpId, exceedMaxRevenueShare, groupIpCannotChangeHookData,
            groupIpCannotChangeIsSet, groupIpCannotChangeLicensingHook, groupIpCannotChangeMintingFee,
            groupIpCannotDecreaseRoyalty, groupIpCannotSetExpectGroupRewardPool, invalidLicenseTermsId,
            invalidLicensingHook, licenseDisabled, licenseDenyMintLicenseToken, licenseNotCompatibleForDerivative,
            licenseTermsLengthMismatch, licenseTermsNotFound, licenseTokenNotCompatibleForDerivative,
            licensingConfigMintingFeeBelowLicenseTerms, licensorIpNotRegistered, mintAmountZero,
            mintingFeeExceedMaxMintingFee, mintingFeeRequiresRoyaltyPolicy, noLicenseToken, noParentIp,
            receiverZeroAddress, royaltyPolicyMismatch, tooManyAncestorsForMintingLicenseTokenAllowRegisterDerivative,
        ]
    }

    /// PILicenseTemplate: validation of PIL terms.
    public enum PILicenseTemplate {
        static let commercialDisabledCantAddAttribution = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddAttribution()",
            "non-commercial terms cannot require commercial attribution")
        static let commercialDisabledCantAddCommercializers = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddCommercializers()", "non-commercial terms cannot name a commercializer checker")
        static let commercialDisabledCantAddDerivativeRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddDerivativeRevCeiling()", "non-commercial terms cannot set a derivative revenue ceiling")
        static let commercialDisabledCantAddRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRevCeiling()", "non-commercial terms cannot set a revenue ceiling")
        static let commercialDisabledCantAddRevShare = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRevShare()", "non-commercial terms cannot take a revenue share")
        static let commercialDisabledCantAddRoyaltyPolicy = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRoyaltyPolicy()", "non-commercial terms cannot have a royalty policy")
        static let commercialEnabledRoyaltyPolicyRequired = StoryErrorDefinition(
            "PILicenseTemplate__CommercialEnabled_RoyaltyPolicyRequired()", "commercial terms need a royalty policy (LAP or LRP)")
        static let commercializerCheckerDoesNotSupportHook = StoryErrorDefinition(
            "PILicenseTemplate__CommercializerCheckerDoesNotSupportHook(address checker)",
            "the commercializer checker is not a hook module")
        static let currencyTokenNotWhitelisted = StoryErrorDefinition(
            "PILicenseTemplate__CurrencyTokenNotWhitelisted()", "the currency is not a whitelisted revenue token (use WIP)")
        static let derivativesDisabledCantAddApproval = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddApproval()", "terms without derivatives cannot require derivative approval")
        static let derivativesDisabledCantAddAttribution = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddAttribution()", "terms without derivatives cannot require derivative attribution")
        static let derivativesDisabledCantAddDerivativeRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddDerivativeRevCeiling()", "terms without derivatives cannot set a derivative revenue ceiling")
        static let derivativesDisabledCantAddReciprocal = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddReciprocal()", "terms without derivatives cannot be reciprocal")
        static let mintingFeeRequiresRoyaltyPolicy = StoryErrorDefinition(
            "PILicenseTemplate__MintingFeeRequiresRoyaltyPolicy()", "a minting fee needs a royalty policy")
        static let royaltyPolicyNotWhitelisted = StoryErrorDefinition(
            "PILicenseTemplate__RoyaltyPolicyNotWhitelisted()", "the royalty policy is not whitelisted (use LAP or LRP)")
        static let royaltyPolicyRequiresCurrencyToken = StoryErrorDefinition(
            "PILicenseTemplate__RoyaltyPolicyRequiresCurrencyToken()", "terms with a royalty policy need a currency")

        static let all = [
            commercialDisabledCantAddAttribution, commercialDisabledCantAddCommercializers,
            commercialDisabledCantAddDerivativeRevCeiling, commercialDisabledCantAddRevCeiling,
            commercialDisabledCantAddRevShare, commercialDisabledCantAddRoyaltyPolicy,
            commercialEnabledRoyaltyPolicyRequired, commercializerCheckerDoesNotSupportHook, currencyTokenNotWhitelisted,
            derivativesDisabledCantAddApproval, derivativesDisabledCantAddAttribution,
            derivativesDisabledCantAddDerivativeRevCeiling, derivativesDisabledCantAddReciprocal,
            mintingFeeRequiresRoyaltyPolicy, royaltyPolicyNotWhitelisted, royaltyPolicyRequiresCurrencyToken,
        ]
    }

    /// LicenseToken: license NFTs.
    public enum LicenseToken {
        static let callerAndChildIPNotTokenOwner = StoryErrorDefinition(
            "LicenseToken__CallerAndChildIPNotTokenOwner(uint256 tokenId, address caller, address childIpIp, address actualTokenOwner)",
            "the license token belongs to someone else")
        static let commercialRevenueShareExceedMaxRevenueShare = StoryErrorDefinition(
            "LicenseToken__CommercialRevenueShareExceedMaxRevenueShare(uint32 commercialRevenueShare, uint32 maxRevenueShare, address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "the license's revenue share is higher than the maximum you accepted")
        static let revokedLicense = StoryErrorDefinition(
            "LicenseToken__RevokedLicense(uint256 tokenId)", "the license was revoked because its licensor carries a dispute tag")
        static let allLicenseTokensMustFromSameLicenseTemplate = StoryErrorDefinition(
            "LicenseToken__AllLicenseTokensMustFromSameLicenseTemplate(address licenseTemplate, address anotherLicenseTemplate)",
            "all license tokens must come from the same license template")

        static let invalidRoyaltyPercent = StoryErrorDefinition(
            "LicenseToken__InvalidRoyaltyPercent(uint32 invalidRoyaltyPercent, address ipId, address licenseTemplate, uint256 licenseTermsId)",
            "the license's revenue share is above 100 %")

        static let childIPAlreadyHasBeenMintedLicenseTokens = StoryErrorDefinition(
            "LicenseToken__ChildIPAlreadyHasBeenMintedLicenseTokens(address childIpId)",
            "this IP has already issued licenses, so it cannot become a derivative")
        static let notTransferable = StoryErrorDefinition(
            "LicenseToken__NotTransferable()", "this license cannot be transferred")

        static let all = [invalidRoyaltyPercent, childIPAlreadyHasBeenMintedLicenseTokens, notTransferable,
                          callerAndChildIPNotTokenOwner, commercialRevenueShareExceedMaxRevenueShare, revokedLicense,
                          allLicenseTokensMustFromSameLicenseTemplate]
    }
}
