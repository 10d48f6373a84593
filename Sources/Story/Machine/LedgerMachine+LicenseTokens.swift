import BigInt
import Ethereum

/// LicensingModule.mintLicenseTokens and LicenseToken (story.md §2.4).
extension LedgerMachine {
    /// The most license tokens one call may mint: each is an ERC-721 with its own events, and an
    /// unbounded loop would stall the ledger (on chain the block gas limit bounds it).
    static let maxLicenseTokensPerMint = 10_000

    /// Mints `amount` license tokens of `termsId` from `licensor` to `receiver`; the fee is paid by
    /// `caller`. Returns the first token id (ids are consecutive, the first ever is 0).
    func mintLicenseTokens(
        caller: Address, licensor: Address, template: Address, termsId: UInt64, amount: BigUInt,
        receiver: Address, maxMintingFee: BigUInt, maxRevenueShare: UInt32
    ) throws(StoryError) -> UInt64 {
        typealias L = StoryErrors.LicensingModule
        if amount == 0 { throw L.mintAmountZero() }
        if receiver == .zero { throw L.receiverZeroAddress() }
        if !isRegistered(licensor) { throw L.licensorIpNotRegistered() }
        if isTagged(licensor) { throw L.disputedIpId() }
        guard let count = Int(exactly: amount), count <= Self.maxLicenseTokensPerMint else {
            throw StoryErrors.LocalLedger.mintAmountTooLarge(
                .uint(amount), .uint(BigUInt(Self.maxLicenseTokensPerMint)))
        }
        let byOwner = hasPermission(
            licensor, caller: caller, module: deployment.licensingModule,
            function: LedgerSelectors.mintLicenseTokens)
        let config = try verifyMintLicenseToken(
            licensor: licensor, template: template, termsId: termsId, byOwner: byOwner)
        if byOwner && state.licenseTemplateOf[licensor] == nil { state.licenseTemplateOf[licensor] = template }
        if state.terms[termsId]?.derivativesAllowed ?? false {
            let ancestorCount = ancestors(of: licensor).count
            if ancestorCount >= Self.maxAncestors {
                throw L.tooManyAncestorsForMintingLicenseTokenAllowRegisterDerivative(
                    .address(licensor), .uint(BigUInt(ancestorCount)), .uint(BigUInt(Self.maxAncestors)))
            }
        }
        if config.isSet && config.disabled {
            throw L.licenseDisabled(.address(licensor), .address(template), .uint(BigUInt(termsId)))
        }
        let paid = try payMintingFee(
            licensor: licensor, termsId: termsId, amount: amount, config: config, payer: caller
        ).fee
        if !templateAllowsMint(licensor: licensor, termsId: termsId) {
            throw L.licenseDenyMintLicenseToken(.address(template), .uint(BigUInt(termsId)), .address(licensor))
        }
        if maxMintingFee != 0 && paid > maxMintingFee {
            throw L.mintingFeeExceedMaxMintingFee(.uint(paid), .uint(maxMintingFee))
        }
        let share = royaltyPercent(licensor, termsId: termsId)
        if maxRevenueShare != 0 && share > maxRevenueShare {
            throw StoryErrors.LicenseToken.commercialRevenueShareExceedMaxRevenueShare(
                .uint(BigUInt(share)), .uint(BigUInt(maxRevenueShare)), .address(licensor), .address(template),
                .uint(BigUInt(termsId)))
        }
        if share > StoryUnits.hundredPercent {
            throw StoryErrors.LicenseToken.invalidRoyaltyPercent(
                .uint(BigUInt(share)), .address(licensor),
                .address(template), .uint(BigUInt(termsId)))
        }
        let record = LicenseTokenRecord(
            licensorIpId: licensor, licenseTermsId: termsId,
            transferable: state.terms[termsId]?.transferable ?? true, commercialRevShare: share)
        let start = state.licenseTokensMinted.value
        state.licenseTokensMinted.set(start + UInt64(count))
        state.licenseTokensByLicensor[licensor] = state.licenseTokensByLicensor[licensor, default: 0] + UInt64(count)
        for offset in 0..<UInt64(count) {
            let tokenId = start + offset
            state.licenseTokens[tokenId] = record
            mintNFT(deployment.licenseToken, to: receiver, tokenId: BigUInt(tokenId))
            emit(
                deployment.licenseToken,
                .licenseTokenMinted(minter: caller, receiver: receiver, tokenId: BigUInt(tokenId)))
        }
        emit(
            deployment.licensingModule,
            .licenseTokensMinted(
                caller: caller, licensorIpId: licensor, licenseTemplate: template, licenseTermsId: BigUInt(termsId),
                amount: amount, receiver: receiver, startLicenseTokenId: BigUInt(start)))
        return start
    }

    /// PILicenseTemplate.verifyMintLicenseToken: a derivative may only license terms it carries,
    /// and only reciprocal ones (story.md §5 "Derivative of a derivative").
    private func templateAllowsMint(licensor: Address, termsId: UInt64) -> Bool {
        guard let terms = state.terms[termsId] else { return false }
        if isDerivative(licensor) {
            guard hasAttached(licensor, template: deployment.piLicenseTemplate, termsId: termsId),
                terms.derivativesReciprocal
            else { return false }
        }
        return true
    }

    func licensorTokenCount(_ ipId: Address) -> UInt64 { state.licenseTokensByLicensor[ipId, default: 0] }
}
