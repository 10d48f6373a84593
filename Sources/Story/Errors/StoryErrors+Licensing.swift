extension StoryErrors {
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
            "LicensingModule__DisputedIpId()",
            "the IP carries an upheld dispute tag, so it cannot be licensed or linked")
        static let exceedMaxRevenueShare = StoryErrorDefinition(
            "LicensingModule__ExceedMaxRevenueShare(address ipId, address licenseTemplate, uint256 licenseTermsId, uint32 revenueShare, uint32 maxRevenueShare)",
            "the parents' licenses demand a larger revenue share than the maximum you accepted")
        static let groupIpCannotChangeHookData = StoryErrorDefinition(
            "LicensingModule__GroupIpCannotChangeHookData(address groupId)",
            "a group with members cannot change its hook data")
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
            "LicensingModule__GroupIpCannotSetExpectGroupRewardPool(address groupId)",
            "a group cannot itself join a group")
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
            "the license terms do not allow minting this license (a derivative offers only reciprocal terms it carries)"
        )
        static let licenseNotCompatibleForDerivative = StoryErrorDefinition(
            "LicensingModule__LicenseNotCompatibleForDerivative(address childIpId)",
            "the parents' licenses do not allow this derivative (derivatives not allowed, not reciprocal for a derivative of a derivative, approval missing, or the parents' terms are incompatible)"
        )
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
        static let mintAmountZero = StoryErrorDefinition(
            "LicensingModule__MintAmountZero()", "mint at least one license")
        static let mintingFeeExceedMaxMintingFee = StoryErrorDefinition(
            "LicensingModule__MintingFeeExceedMaxMintingFee(uint256 mintingFee, uint256 maxMintingFee)",
            "the minting fee is higher than the maximum you accepted")
        static let mintingFeeRequiresRoyaltyPolicy = StoryErrorDefinition(
            "LicensingModule__MintingFeeRequiresRoyaltyPolicy()", "a minting fee needs terms with a royalty policy")
        static let noLicenseToken = StoryErrorDefinition(
            "LicensingModule__NoLicenseToken()", "give at least one license token")
        static let noParentIp = StoryErrorDefinition(
            "LicensingModule__NoParentIp()", "a derivative needs at least one parent")
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
            "PILicenseTemplate__CommercialDisabled_CantAddCommercializers()",
            "non-commercial terms cannot name a commercializer checker")
        static let commercialDisabledCantAddDerivativeRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddDerivativeRevCeiling()",
            "non-commercial terms cannot set a derivative revenue ceiling")
        static let commercialDisabledCantAddRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRevCeiling()",
            "non-commercial terms cannot set a revenue ceiling")
        static let commercialDisabledCantAddRevShare = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRevShare()",
            "non-commercial terms cannot take a revenue share")
        static let commercialDisabledCantAddRoyaltyPolicy = StoryErrorDefinition(
            "PILicenseTemplate__CommercialDisabled_CantAddRoyaltyPolicy()",
            "non-commercial terms cannot have a royalty policy")
        static let commercialEnabledRoyaltyPolicyRequired = StoryErrorDefinition(
            "PILicenseTemplate__CommercialEnabled_RoyaltyPolicyRequired()",
            "commercial terms need a royalty policy (LAP or LRP)")
        static let commercializerCheckerDoesNotSupportHook = StoryErrorDefinition(
            "PILicenseTemplate__CommercializerCheckerDoesNotSupportHook(address checker)",
            "the commercializer checker is not a hook module")
        static let currencyTokenNotWhitelisted = StoryErrorDefinition(
            "PILicenseTemplate__CurrencyTokenNotWhitelisted()",
            "the currency is not a whitelisted revenue token (use WIP)")
        static let derivativesDisabledCantAddApproval = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddApproval()",
            "terms without derivatives cannot require derivative approval")
        static let derivativesDisabledCantAddAttribution = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddAttribution()",
            "terms without derivatives cannot require derivative attribution")
        static let derivativesDisabledCantAddDerivativeRevCeiling = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddDerivativeRevCeiling()",
            "terms without derivatives cannot set a derivative revenue ceiling")
        static let derivativesDisabledCantAddReciprocal = StoryErrorDefinition(
            "PILicenseTemplate__DerivativesDisabled_CantAddReciprocal()",
            "terms without derivatives cannot be reciprocal")
        static let mintingFeeRequiresRoyaltyPolicy = StoryErrorDefinition(
            "PILicenseTemplate__MintingFeeRequiresRoyaltyPolicy()", "a minting fee needs a royalty policy")
        static let royaltyPolicyNotWhitelisted = StoryErrorDefinition(
            "PILicenseTemplate__RoyaltyPolicyNotWhitelisted()", "the royalty policy is not whitelisted (use LAP or LRP)"
        )
        static let royaltyPolicyRequiresCurrencyToken = StoryErrorDefinition(
            "PILicenseTemplate__RoyaltyPolicyRequiresCurrencyToken()", "terms with a royalty policy need a currency")

        static let all = [
            commercialDisabledCantAddAttribution, commercialDisabledCantAddCommercializers,
            commercialDisabledCantAddDerivativeRevCeiling, commercialDisabledCantAddRevCeiling,
            commercialDisabledCantAddRevShare, commercialDisabledCantAddRoyaltyPolicy,
            commercialEnabledRoyaltyPolicyRequired, commercializerCheckerDoesNotSupportHook,
            currencyTokenNotWhitelisted,
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
            "LicenseToken__RevokedLicense(uint256 tokenId)",
            "the license was revoked because its licensor carries a dispute tag")
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

        static let all = [
            invalidRoyaltyPercent, childIPAlreadyHasBeenMintedLicenseTokens, notTransferable,
            callerAndChildIPNotTokenOwner, commercialRevenueShareExceedMaxRevenueShare, revokedLicense,
            allLicenseTokensMustFromSameLicenseTemplate,
        ]
    }
}
