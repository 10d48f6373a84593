import BigInt
import Ethereum

/// LicensingModule.registerDerivative(WithLicenseTokens) and LicenseRegistry.registerDerivativeIp
/// (story.md §2.3, §5 "Derivatives").
extension LedgerMachine {
    /// Links `child` to `parents` through `termsIds` (one per parent), paying each parent's
    /// minting fee from `caller`.
    func registerDerivative(
        caller: Address, child: Address, parents: [Address], termsIds: [UInt64], template: Address,
        maxMintingFee: BigUInt, maxRts: UInt32, maxRevenueShare: UInt32
    ) throws(StoryError) {
        typealias L = StoryErrors.LicensingModule
        try verifyPermission(
            child, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.registerDerivative)
        if parents.count != termsIds.count {
            throw L.licenseTermsLengthMismatch(.uint(BigUInt(parents.count)), .uint(BigUInt(termsIds.count)))
        }
        if parents.isEmpty { throw L.noParentIp() }
        if isTagged(child) { throw L.disputedIpId() }
        guard derivativeAllowedByTemplate(child: child, parents: parents, termsIds: termsIds) else {
            throw L.licenseNotCompatibleForDerivative(.address(child))
        }
        if licensorTokenCount(child) != 0 { throw L.derivativeAlreadyHasBeenMintedLicenseTokens(.address(child)) }
        try linkInRegistry(
            child: child, parents: parents, template: template, termsIds: termsIds, usingLicenseTokens: false)

        // _payMintingFeeForAllParentIps: fees first, then the revenue-share cap, then royalties.
        var policies: [Address] = []
        var totalFee = BigUInt(0)
        for (parent, termsId) in zip(parents, termsIds) {
            let config = licensingConfig(parent, termsId: termsId)
            if config.isSet && config.disabled {
                throw L.licenseDisabled(.address(parent), .address(template), .uint(BigUInt(termsId)))
            }
            let paid = try payMintingFee(licensor: parent, termsId: termsId, amount: 1, config: config, payer: caller)
            if let first = policies.first, paid.policy != first {
                throw L.royaltyPolicyMismatch(.address(first), .address(paid.policy))
            }
            policies.append(paid.policy)
            totalFee += paid.fee
            if maxMintingFee != 0 && totalFee > maxMintingFee {
                throw L.mintingFeeExceedMaxMintingFee(.uint(totalFee), .uint(maxMintingFee))
            }
        }
        var percents: [UInt32] = []
        var allocated: UInt64 = 0
        for (parent, termsId) in zip(parents, termsIds) {
            let percent = royaltyPercent(parent, termsId: termsId)
            percents.append(percent)
            allocated += UInt64(percent)
            if maxRevenueShare != 0 && allocated > UInt64(maxRevenueShare) {
                throw L.exceedMaxRevenueShare(
                    .address(parent), .address(template), .uint(BigUInt(termsId)),
                    .uint(BigUInt(allocated)), .uint(BigUInt(maxRevenueShare)))
            }
        }
        if let policy = policies.first, policy != .zero {
            // LAP and LRP need no royalty tokens to link, so `maxRts` is never exceeded.
            try onLinkToParents(child: child, parents: parents, policies: policies, percents: percents)
        }
        emit(
            deployment.licensingModule,
            .derivativeRegistered(
                caller: caller, childIpId: child, licenseTokenIds: [], parentIpIds: parents,
                licenseTermsIds: termsIds.map { BigUInt($0) }, licenseTemplate: template))
    }

    /// PILicenseTemplate.verifyRegisterDerivativeForAllParents.
    func derivativeAllowedByTemplate(child: Address, parents: [Address], termsIds: [UInt64]) -> Bool {
        if termsIds.count >= 2 {
            // _verifyCompatibleLicenseTerms: same commercialUse and reciprocity; reciprocal ⇒ identical ids.
            guard let first = state.terms[termsIds[0]] else { return false }
            for id in termsIds.dropFirst() {
                guard let terms = state.terms[id], terms.commercialUse == first.commercialUse,
                    terms.derivativesReciprocal == first.derivativesReciprocal
                else { return false }
                if first.derivativesReciprocal && id != termsIds[0] { return false }
            }
        }
        for (parent, termsId) in zip(parents, termsIds) {
            guard let terms = state.terms[termsId], terms.derivativesAllowed else { return false }
            if isDerivative(parent) && !terms.derivativesReciprocal { return false }
            if terms.derivativesApproval
                && state.derivativeApprovals[ApprovalKey(termsId: termsId, parentIpId: parent, childIpId: child)]
                    != true
            {
                return false
            }
        }
        return true
    }

    /// LicenseRegistry.registerDerivativeIp: the structural rules, the graph links, the ancestor
    /// limit and the child's expiration.
    func linkInRegistry(
        child: Address, parents: [Address], template: Address, termsIds: [UInt64],
        usingLicenseTokens: Bool
    ) throws(StoryError) {
        typealias R = StoryErrors.LicenseRegistry
        if parents.count > Self.maxParents {
            throw R.tooManyParents(.address(child), .uint(BigUInt(parents.count)), .uint(BigUInt(Self.maxParents)))
        }
        if isDerivative(child) { throw R.derivativeAlreadyRegistered(.address(child)) }
        if !childIps(of: child).isEmpty { throw R.derivativeIpAlreadyHasChild(.address(child)) }
        if !attachedTermsIds(of: child).isEmpty { throw R.derivativeIpAlreadyHasLicense(.address(child)) }
        var earliest: UInt64 = 0
        for (parent, termsId) in zip(parents, termsIds) {
            let parentIsGroup = isGroup(parent)
            if parentIsGroup && parents.count > 1 { throw R.groupMustBeSoleParent(.address(child), .address(parent)) }
            if !parentIsGroup && !isRegistered(parent) { throw R.parentIpNotRegistered(.address(parent)) }
            earliest = earliestExpiration(earliest, expireTime(of: parent))
            try verifyDerivativeFromParent(
                parent: parent, child: child, template: template, termsId: termsId,
                usingLicenseTokens: usingLicenseTokens)
            if !childIps(of: parent).contains(child) { state.children.append(child, to: parent) }
            if parentIps(of: child).contains(parent) { throw R.duplicateParentIp(.address(child), .address(parent)) }
            state.parents.append(parent, to: child)
            if !attachedTermsIds(of: child).contains(termsId) { state.attachedTerms.append(termsId, to: child) }
            state.parentLicenseTerms[IPPair(ipId: child, other: parent)] = termsId
        }
        let ancestorCount = ancestors(of: child).count
        if ancestorCount > Self.maxAncestors {
            throw R.tooManyAncestors(.address(child), .uint(BigUInt(ancestorCount)), .uint(BigUInt(Self.maxAncestors)))
        }
        state.licenseTemplateOf[child] = template
        for termsId in termsIds { earliest = earliestExpiration(earliest, termsExpiration(termsId)) }
        if earliest != 0 {
            state.expireTimes[child] = earliest
            emit(deployment.licenseRegistry, .expirationTimeSet(ipId: child, expireTime: BigUInt(earliest)))
        }
    }

    private func verifyDerivativeFromParent(
        parent: Address, child: Address, template: Address, termsId: UInt64,
        usingLicenseTokens: Bool
    ) throws(StoryError) {
        typealias R = StoryErrors.LicenseRegistry
        if isGroup(child) { throw R.groupCannotHasParentIp(.address(child)) }
        if isGroup(parent) && groupMemberCount(parent) == 0 { throw R.parentIpIsEmptyGroup(.address(parent)) }
        if isTagged(parent) { throw R.parentIpTagged(.address(parent)) }
        if child == parent { throw R.derivativeIsParent(.address(child)) }
        if isExpiredNow(parent) { throw R.parentIpExpired(.address(parent)) }
        let parentTemplate = state.licenseTemplateOf[parent]
        if (usingLicenseTokens && parentTemplate != nil && parentTemplate != template)
            || (!usingLicenseTokens && parentTemplate != template)
        {
            throw R.parentIpUnmatchedLicenseTemplate(.address(parent), .address(template))
        }
        if !usingLicenseTokens && !attachedTermsIds(of: parent).contains(termsId) {
            throw R.parentIpHasNoLicenseTerms(.address(parent), .uint(BigUInt(termsId)))
        }
    }
}
