import BigInt
import Ethereum

/// LicensingModule: attach terms, licensing configs, license tokens (story.md §2.4, §5 "Licensing / tokens").
extension LedgerMachine {
    /// LicensingModule.attachLicenseTerms + LicenseRegistry.attachLicenseTermsToIp.
    func attachLicenseTerms(caller: Address, ipId: Address, template: Address, termsId: UInt64) throws(StoryError) {
        typealias R = StoryErrors.LicenseRegistry
        try verifyPermission(
            ipId, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.attachLicenseTerms)
        if isTagged(ipId) { throw StoryErrors.LicensingModule.disputedIpId() }
        guard termsExist(template, termsId) else {
            throw StoryErrors.LicensingModule.licenseTermsNotFound(.address(template), .uint(BigUInt(termsId)))
        }
        if isGroup(ipId) {
            if !attachedTermsIds(of: ipId).isEmpty { throw R.groupIpAlreadyHasLicenseTerms(.address(ipId)) }
            if !canAttachToGroup(termsId) {
                throw R.licenseTermsCannotAttachToGroupIp(.address(template), .uint(BigUInt(termsId)))
            }
        }
        if isExpiredNow(ipId) { throw R.ipExpired(.address(ipId)) }
        if hasAttached(ipId, template: template, termsId: termsId) {
            throw R.licenseTermsAlreadyAttached(.address(ipId), .address(template), .uint(BigUInt(termsId)))
        }
        if isDerivative(ipId) { throw StoryErrors.LicensingModule.derivativesCannotAddLicenseTerms() }
        if let current = state.licenseTemplateOf[ipId], current != template {
            throw R.unmatchedLicenseTemplate(.address(ipId), .address(current), .address(template))
        }
        state.licenseTemplateOf[ipId] = template
        state.attachedTerms.append(termsId, to: ipId)
        emit(
            deployment.licensingModule,
            .licenseTermsAttached(
                caller: caller, ipId: ipId, licenseTemplate: template, licenseTermsId: BigUInt(termsId)))
    }

    /// LicensingModule.setLicensingConfig.
    func setLicensingConfig(
        caller: Address, ipId: Address, template: Address, termsId: UInt64,
        config: LicensingConfig
    ) throws(StoryError) {
        typealias L = StoryErrors.LicensingModule
        try verifyPermission(
            ipId, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.setLicensingConfig)
        guard template == deployment.piLicenseTemplate else {
            throw StoryErrors.LicenseRegistry.unregisteredLicenseTemplate(.address(template))
        }
        guard termsId != 0 else { throw L.invalidLicenseTermsId(.address(template), .uint(0)) }
        if isGroup(ipId) { try verifyGroupConfigChange(ipId, termsId: termsId, config: config) }
        let info = royaltyInfo(termsId)
        if config.commercialRevShare != 0 {
            // PILicenseTemplate.canOverrideRoyaltyPercent.
            let commercial = state.terms[termsId]?.commercialUse ?? false
            guard commercial && config.commercialRevShare >= info.percent else {
                throw L.currentLicenseNotAllowOverrideRoyaltyPercent(
                    .address(template), .uint(BigUInt(termsId)), .uint(BigUInt(config.commercialRevShare)))
            }
        }
        if config.mintingFee < info.mintingFee {
            throw L.licensingConfigMintingFeeBelowLicenseTerms(
                .address(template), .uint(BigUInt(termsId)), .uint(config.mintingFee), .uint(info.mintingFee))
        }
        if config.mintingFee > 0 && info.policy == .zero { throw L.mintingFeeRequiresRoyaltyPolicy() }
        // No licensing hook modules are registered on the local ledger.
        if config.licensingHook != .zero { throw L.invalidLicensingHook(.address(config.licensingHook)) }
        state.licensingConfigs[IPTerms(ipId: ipId, termsId: termsId)] = config
        emit(
            deployment.licenseRegistry,
            .licensingConfigSetForLicense(
                ipId: ipId, licenseTemplate: template, licenseTermsId: BigUInt(termsId), licensingConfig: config))
    }

    /// LicensingModule._verifyGroupIpConfig: a group with members keeps its config except a higher share.
    private func verifyGroupConfigChange(
        _ groupId: Address, termsId: UInt64, config: LicensingConfig
    ) throws(StoryError) {
        typealias L = StoryErrors.LicensingModule
        if config.expectGroupRewardPool != .zero { throw L.groupIpCannotSetExpectGroupRewardPool(.address(groupId)) }
        guard groupMemberCount(groupId) > 0 else { return }
        let old = licensingConfig(groupId, termsId: termsId)
        if old.isSet != config.isSet { throw L.groupIpCannotChangeIsSet(.address(groupId)) }
        if old.mintingFee != config.mintingFee { throw L.groupIpCannotChangeMintingFee(.address(groupId)) }
        if old.licensingHook != config.licensingHook { throw L.groupIpCannotChangeLicensingHook(.address(groupId)) }
        if old.hookData != config.hookData { throw L.groupIpCannotChangeHookData(.address(groupId)) }
        if config.commercialRevShare < old.commercialRevShare {
            throw L.groupIpCannotDecreaseRoyalty(
                .address(groupId), .uint(BigUInt(config.commercialRevShare)),
                .uint(BigUInt(old.commercialRevShare)))
        }
    }

    /// LicenseRegistry.verifyMintLicenseToken: the config in force, after checking the licensor
    /// may issue these terms (attached — or any existing terms when minted by the owner).
    func verifyMintLicenseToken(
        licensor: Address, template: Address, termsId: UInt64,
        byOwner: Bool
    ) throws(StoryError) -> LicensingConfig {
        typealias R = StoryErrors.LicenseRegistry
        if isGroup(licensor) && groupMemberCount(licensor) == 0 {
            throw R.emptyGroupCannotMintLicenseToken(.address(licensor))
        }
        if isExpiredNow(licensor) { throw R.parentIpExpired(.address(licensor)) }
        if byOwner && !isGroup(licensor) {
            guard termsExist(template, termsId) else {
                throw R.licenseTermsNotExists(.address(template), .uint(BigUInt(termsId)))
            }
            if let current = state.licenseTemplateOf[licensor], current != template {
                throw R.unmatchedLicenseTemplate(.address(licensor), .address(current), .address(template))
            }
        } else if !hasAttached(licensor, template: template, termsId: termsId) {
            throw R.licensorIpHasNoLicenseTerms(.address(licensor), .address(template), .uint(BigUInt(termsId)))
        }
        return licensingConfig(licensor, termsId: termsId)
    }

    /// Fee for `amount` licenses: config fee when set, else the terms' default (no hooks).
    func totalMintingFee(_ config: LicensingConfig, termsFee: BigUInt, amount: BigUInt) -> BigUInt {
        (config.isSet ? config.mintingFee : termsFee) * amount
    }

    /// LicensingModule._payMintingFee: royalty setup on the licensor and the fee, paid by `payer`.
    func payMintingFee(
        licensor: Address, termsId: UInt64, amount: BigUInt, config: LicensingConfig,
        payer: Address
    ) throws(StoryError) -> (policy: Address, percent: UInt32, fee: BigUInt) {
        let info = royaltyInfo(termsId)
        var percent = info.percent
        if config.isSet && config.commercialRevShare != 0 { percent = config.commercialRevShare }
        guard info.policy != .zero else { return (.zero, percent, 0) }
        try onLicenseMinting(ipId: licensor, policy: info.policy, percent: percent)
        let fee = totalMintingFee(config, termsFee: info.mintingFee, amount: amount)
        if fee > 0 {
            let afterFee = try payRoyalty(
                receiver: licensor, payer: payer, token: info.currency, amount: fee,
                viaGroupPool: false)
            emit(
                deployment.royaltyModule,
                .licenseMintingFeePaid(
                    receiverIpId: licensor, payerAddress: payer, token: info.currency, amount: fee,
                    amountAfterFee: afterFee))
        }
        return (info.policy, percent, fee)
    }

    /// LicensingModule.predictMintingLicenseFee (as the periphery workflows call it, without
    /// the caller's permission on the licensor): the currency and total fee.
    func predictMintingFee(
        licensor: Address, termsId: UInt64, amount: BigUInt, caller: Address
    ) throws(StoryError) -> BigUInt {
        if amount == 0 { throw StoryErrors.LicensingModule.mintAmountZero() }
        let byOwner = hasPermission(
            licensor, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.mintLicenseTokens)
        let config = try verifyMintLicenseToken(
            licensor: licensor, template: deployment.piLicenseTemplate,
            termsId: termsId, byOwner: byOwner)
        let info = royaltyInfo(termsId)
        guard info.policy != .zero else { return 0 }
        return totalMintingFee(config, termsFee: info.mintingFee, amount: amount)
    }
}
