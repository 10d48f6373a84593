import BigInt
import Ethereum

// MARK: Derivatives

extension IPLedger {
    /// DerivativeWorkflows.mintAndRegisterIpAndMakeDerivative: a new IP linked to 1…16 parents,
    /// `from` paying the parents' minting fees.
    public func mintAndRegisterIpAndMakeDerivative(
        from: Address, spgNftContract: Address, derivData: MakeDerivative, ipMetadata: IPMetadata, recipient: Address,
        allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        try await submit(
            .mintAndRegisterIpAndMakeDerivative(
                spgNftContract: spgNftContract, derivData: derivData, ipMetadata: ipMetadata, recipient: recipient,
                allowDuplicates: allowDuplicates),
            from: from
        ).registered(in: deployment)
    }

    /// LicensingModule.registerDerivative for an existing IP (its owner or permitted signer).
    public func registerDerivative(
        from: Address, childIpId: Address, parentIpIds: [Address], licenseTermsIds: [BigUInt], maxMintingFee: BigUInt,
        maxRts: UInt32, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .registerDerivative(
                childIpId: childIpId, parentIpIds: parentIpIds, licenseTermsIds: licenseTermsIds,
                licenseTemplate: deployment.piLicenseTemplate, royaltyContext: [], maxMintingFee: maxMintingFee,
                maxRts: maxRts, maxRevenueShare: maxRevenueShare),
            from: from
        ).none()
    }

    /// LicensingModule.registerDerivativeWithLicenseTokens: links through license tokens (burned).
    public func registerDerivativeWithLicenseTokens(
        from: Address, childIpId: Address, licenseTokenIds: [BigUInt], maxRts: UInt32
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .registerDerivativeWithLicenseTokens(
                childIpId: childIpId, licenseTokenIds: licenseTokenIds, royaltyContext: [], maxRts: maxRts),
            from: from
        ).none()
    }
}
