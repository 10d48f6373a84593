import BigInt
import Ethereum

/// Derivatives linked through license tokens (story.md §2.3 "With license tokens").
extension LedgerMachine {
    /// LicensingModule.registerDerivativeWithLicenseTokens: links through license tokens held by
    /// the caller or the child (fees were paid when they were minted) and burns them.
    func registerDerivativeWithLicenseTokens(
        caller: Address, child: Address, tokenIds: [UInt64],
        maxRts: UInt32
    ) throws(StoryError) {
        typealias L = StoryErrors.LicensingModule
        typealias T = StoryErrors.LicenseToken
        try verifyPermission(
            child, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.registerDerivativeWithLicenseTokens)
        if tokenIds.isEmpty { throw L.noLicenseToken() }
        // LicenseToken.validateLicenseTokensForDerivative.
        if licensorTokenCount(child) != 0 { throw T.childIPAlreadyHasBeenMintedLicenseTokens(.address(child)) }
        var parents: [Address] = []
        var termsIds: [UInt64] = []
        var percents: [UInt32] = []
        for tokenId in tokenIds {
            guard let record = state.licenseTokens[tokenId],
                let holder = ownerOf(nft: deployment.licenseToken, tokenId: BigUInt(tokenId))
            else {
                throw StoryErrors.Tokens.erc721NonexistentToken(.uint(BigUInt(tokenId)))
            }
            if holder != caller && holder != child {
                throw T.callerAndChildIPNotTokenOwner(
                    .uint(BigUInt(tokenId)), .address(caller), .address(child),
                    .address(holder))
            }
            if isTagged(record.licensorIpId) { throw T.revokedLicense(.uint(BigUInt(tokenId))) }
            parents.append(record.licensorIpId)
            termsIds.append(record.licenseTermsId)
            percents.append(record.commercialRevShare)
        }
        if isTagged(child) { throw L.disputedIpId() }
        guard derivativeAllowedByTemplate(child: child, parents: parents, termsIds: termsIds) else {
            throw L.licenseTokenNotCompatibleForDerivative(.address(child), .array(tokenIds.map { .uint(BigUInt($0)) }))
        }
        let template = deployment.piLicenseTemplate
        try linkInRegistry(
            child: child, parents: parents, template: template, termsIds: termsIds, usingLicenseTokens: true)
        let policies = termsIds.map { royaltyInfo($0).policy }
        if let mismatch = policies.first(where: { $0 != policies[0] }) {
            throw L.royaltyPolicyMismatch(.address(policies[0]), .address(mismatch))
        }
        if policies[0] != .zero {
            try onLinkToParents(child: child, parents: parents, policies: policies, percents: percents)
        }
        for tokenId in tokenIds { burnNFT(deployment.licenseToken, tokenId: BigUInt(tokenId)) }
        emit(
            deployment.licensingModule,
            .derivativeRegistered(
                caller: caller, childIpId: child, licenseTokenIds: tokenIds.map { BigUInt($0) }, parentIpIds: parents,
                licenseTermsIds: termsIds.map { BigUInt($0) }, licenseTemplate: template))
    }
}
