import BigInt
import Ethereum

// MARK: Registration and licensing

extension IPLedger {
    private var template: Address { deployment.piLicenseTemplate }

    /// LicenseAttachmentWorkflows.mintAndRegisterIpAndAttachPILTerms: mint in the SPG collection to
    /// `recipient`, register the IP with its metadata, register and attach each terms entry.
    public func mintAndRegisterIpAndAttachPILTerms(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata,
        licenseTermsData: [LicenseTermsData], allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        try await submit(
            .mintAndRegisterIpAndAttachPILTerms(
                spgNftContract: spgNftContract, recipient: recipient, ipMetadata: ipMetadata,
                licenseTermsData: licenseTermsData, allowDuplicates: allowDuplicates),
            from: from
        ).registered(in: deployment)
    }

    /// RegistrationWorkflows.mintAndRegisterIp: mint and register without license terms.
    public func mintAndRegisterIp(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata, allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        try await submit(
            .mintAndRegisterIp(
                spgNftContract: spgNftContract, recipient: recipient, ipMetadata: ipMetadata,
                allowDuplicates: allowDuplicates),
            from: from
        ).registered(in: deployment)
    }

    /// PILicenseTemplate.registerLicenseTerms: the terms id, existing or new.
    public func registerLicenseTerms(from: Address, terms: PILTerms) async throws -> LedgerReceipt<BigUInt> {
        try await submit(.registerLicenseTerms(terms), from: from).number()
    }

    /// LicensingModule.attachLicenseTerms (IP owner or permitted signer).
    public func attachLicenseTerms(
        from: Address, ipId: Address, licenseTermsId: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .attachLicenseTerms(ipId: ipId, licenseTemplate: template, licenseTermsId: licenseTermsId), from: from
        ).none()
    }

    /// LicensingModule.setLicensingConfig (IP owner or permitted signer).
    public func setLicensingConfig(
        from: Address, ipId: Address, licenseTermsId: BigUInt, licensingConfig: LicensingConfig
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .setLicensingConfig(
                ipId: ipId, licenseTemplate: template, licenseTermsId: licenseTermsId, config: licensingConfig),
            from: from
        ).none()
    }

    /// LicensingModule.mintLicenseTokens: `from` pays the minting fee.
    public func mintLicenseTokens(
        from: Address, licensorIpId: Address, licenseTermsId: BigUInt, amount: BigUInt, receiver: Address,
        maxMintingFee: BigUInt, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<MintedLicenseTokens> {
        let receipt = try await submit(
            .mintLicenseTokens(
                licensorIpId: licensorIpId, licenseTemplate: template, licenseTermsId: licenseTermsId, amount: amount,
                receiver: receiver, royaltyContext: [], maxMintingFee: maxMintingFee, maxRevenueShare: maxRevenueShare),
            from: from
        ).number()
        // The call answers the first id; the ids are consecutive (LicenseToken mints them in one go).
        guard let count = Int(exactly: amount) else {
            throw UnexpectedLedgerResult(operation: #function, result: "\(amount) tokens minted")
        }
        return receipt.map { start in
            MintedLicenseTokens(startLicenseTokenId: start, licenseTokenIds: (0..<count).map { start + BigUInt($0) })
        }
    }

    /// PILicenseTemplate.setApproval: the parent's owner approves a derivative (terms with `derivativesApproval`).
    public func setApproval(
        from: Address, parentIpId: Address, licenseTermsId: BigUInt, childIpId: Address, approved: Bool
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .setApproval(
                parentIpId: parentIpId, licenseTermsId: licenseTermsId, childIpId: childIpId, approved: approved),
            from: from
        ).none()
    }
}
