import BigInt
import Ethereum

/// PILicenseTemplate (story.md §2.1 "Terms validation", [CORE] PILicenseTemplate.registerLicenseTerms).
extension LedgerMachine {
    func isWhitelistedRoyaltyPolicy(_ policy: Address) -> Bool {
        policy == deployment.royaltyPolicyLAP || policy == deployment.royaltyPolicyLRP
    }

    func isWhitelistedRoyaltyToken(_ token: Address) -> Bool { token == deployment.wip }

    /// Validates and registers terms; identical terms (same keccak256(abi.encode(terms)) after
    /// JSON-escaping the uri) return the existing id without an event.
    @discardableResult
    func registerLicenseTerms(_ terms: PILTerms) throws(StoryError) -> UInt64 {
        typealias E = StoryErrors.PILicenseTemplate
        if terms.royaltyPolicy != .zero && !isWhitelistedRoyaltyPolicy(terms.royaltyPolicy) {
            throw E.royaltyPolicyNotWhitelisted()
        }
        if terms.currency != .zero && !isWhitelistedRoyaltyToken(terms.currency) {
            throw E.currencyTokenNotWhitelisted()
        }
        if terms.royaltyPolicy != .zero && terms.currency == .zero { throw E.royaltyPolicyRequiresCurrencyToken() }
        if terms.defaultMintingFee > 0 && terms.royaltyPolicy == .zero { throw E.mintingFeeRequiresRoyaltyPolicy() }
        var escaped = terms
        escaped.uri = JSONEscape.escape(terms.uri)
        try verifyCommercialUse(escaped)
        try verifyDerivatives(escaped)
        // The template de-duplicates by keccak256(abi.encode(terms)): equal terms, equal hash
        // (PILTerms compares exactly the encoded fields), so the terms themselves are the key.
        if let existing = state.termsIdByValue[escaped] { return existing }
        let id = state.termsCount.increment()
        state.terms[id] = escaped
        state.termsIdByValue[escaped] = id
        emit(
            deployment.piLicenseTemplate,
            .licenseTermsRegistered(
                licenseTermsId: BigUInt(id), licenseTemplate: deployment.piLicenseTemplate,
                licenseTerms: escaped.abiEncoded))
        return id
    }

    private func verifyCommercialUse(_ terms: PILTerms) throws(StoryError) {
        typealias E = StoryErrors.PILicenseTemplate
        if !terms.commercialUse {
            if terms.commercialAttribution { throw E.commercialDisabledCantAddAttribution() }
            if terms.commercializerChecker != .zero { throw E.commercialDisabledCantAddCommercializers() }
            if terms.commercialRevShare > 0 { throw E.commercialDisabledCantAddRevShare() }
            if terms.commercialRevCeiling > 0 { throw E.commercialDisabledCantAddRevCeiling() }
            if terms.derivativeRevCeiling > 0 { throw E.commercialDisabledCantAddDerivativeRevCeiling() }
            if terms.royaltyPolicy != .zero { throw E.commercialDisabledCantAddRoyaltyPolicy() }
        } else {
            if terms.royaltyPolicy == .zero { throw E.commercialEnabledRoyaltyPolicyRequired() }
            // No hook modules are registered on the local ledger, so no checker can pass the
            // contract's supportsInterface(IHookModule) test.
            if terms.commercializerChecker != .zero {
                throw E.commercializerCheckerDoesNotSupportHook(.address(terms.commercializerChecker))
            }
        }
    }

    private func verifyDerivatives(_ terms: PILTerms) throws(StoryError) {
        typealias E = StoryErrors.PILicenseTemplate
        guard !terms.derivativesAllowed else { return }
        if terms.derivativesAttribution { throw E.derivativesDisabledCantAddAttribution() }
        if terms.derivativesApproval { throw E.derivativesDisabledCantAddApproval() }
        if terms.derivativesReciprocal { throw E.derivativesDisabledCantAddReciprocal() }
        if terms.derivativeRevCeiling > 0 { throw E.derivativesDisabledCantAddDerivativeRevCeiling() }
    }

    /// PILicenseTemplate.exists, without v1.3.2's quirk of reporting id 0 as existing (fixed on
    /// the protocol's main branch, "filter out id 0 in exists()").
    func termsExist(_ template: Address, _ id: UInt64) -> Bool {
        template == deployment.piLicenseTemplate && id > 0 && id <= state.termsCount.value
    }

    func terms(_ id: UInt64) -> PILTerms? { state.terms[id] }

    /// getRoyaltyPolicy: (royaltyPolicy, commercialRevShare, defaultMintingFee, currency); zeros for unknown ids.
    func royaltyInfo(_ id: UInt64) -> (policy: Address, percent: UInt32, mintingFee: BigUInt, currency: Address) {
        guard let t = state.terms[id] else { return (.zero, 0, 0, .zero) }
        return (t.royaltyPolicy, t.commercialRevShare, t.defaultMintingFee, t.currency)
    }

    /// PILicenseTemplate.canAttachToGroupIp: no derivative approval, and no royalty policy or one
    /// that supports groups (LRP; LAP does not, story.md §4.4).
    func canAttachToGroup(_ id: UInt64) -> Bool {
        guard let t = state.terms[id], !t.derivativesApproval else { return false }
        return t.royaltyPolicy == .zero || t.royaltyPolicy == deployment.royaltyPolicyLRP
    }

    /// PILicenseTemplate.setApproval (LicensorApprovalChecker): the parent's owner approves a
    /// derivative for terms with `derivativesApproval`.
    func setDerivativeApproval(
        caller: Address, parentIpId: Address, licenseTermsId: UInt64, childIpId: Address,
        approved: Bool
    ) throws(StoryError) {
        try verifyPermission(
            parentIpId, caller: caller, module: deployment.piLicenseTemplate,
            function: LedgerSelectors.setApproval)
        state.derivativeApprovals[ApprovalKey(termsId: licenseTermsId, parentIpId: parentIpId, childIpId: childIpId)] =
            approved ? true : nil
        emit(
            deployment.piLicenseTemplate,
            .derivativeApproved(
                licenseTermsId: BigUInt(licenseTermsId), ipId: parentIpId, caller: caller, approved: approved))
    }
}
