import BigInt
import Ethereum

/// The port's transactions: each builds Story's call and submits it.
extension LocalLedger {
    private var template: Address { deployment.piLicenseTemplate }

    private func registered(_ receipt: LedgerReceipt<CallResult>) -> LedgerReceipt<RegisteredIP> {
        receipt.map { result in
            guard case .registered(let ipId, let tokenId, let ids) = result else {
                preconditionFailure("registration result")
            }
            return RegisteredIP(
                ipId: ipId, nftContract: deployment.spgNftContract, tokenId: tokenId, licenseTermsIds: ids)
        }
    }

    /// The receipt of a call answering a number (the shape its kind guarantees).
    func number(_ receipt: LedgerReceipt<CallResult>) -> LedgerReceipt<BigUInt> {
        receipt.map { result in
            guard case .number(let value) = result else { preconditionFailure("numeric result") }
            return value
        }
    }

    func numbers(_ receipt: LedgerReceipt<CallResult>) -> LedgerReceipt<[BigUInt]> {
        receipt.map { result in
            guard case .numbers(let values) = result else { preconditionFailure("numeric results") }
            return values
        }
    }

    func none(_ receipt: LedgerReceipt<CallResult>) -> LedgerReceipt<Void> { receipt.map { _ in () } }

    public func mintAndRegisterIpAndAttachPILTerms(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata,
        licenseTermsData: [LicenseTermsData], allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        registered(
            try await submit(
                .mintAndRegisterIpAndAttachPILTerms(
                    spgNftContract: spgNftContract, recipient: recipient, ipMetadata: ipMetadata,
                    licenseTermsData: licenseTermsData, allowDuplicates: allowDuplicates), from: from))
    }

    public func mintAndRegisterIp(
        from: Address, spgNftContract: Address, recipient: Address, ipMetadata: IPMetadata, allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        registered(
            try await submit(
                .mintAndRegisterIp(
                    spgNftContract: spgNftContract, recipient: recipient,
                    ipMetadata: ipMetadata, allowDuplicates: allowDuplicates), from: from))
    }

    public func registerLicenseTerms(from: Address, terms: PILTerms) async throws -> LedgerReceipt<BigUInt> {
        number(try await submit(.registerLicenseTerms(terms), from: from))
    }

    public func attachLicenseTerms(
        from: Address, ipId: Address, licenseTermsId: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .attachLicenseTerms(ipId: ipId, licenseTemplate: template, licenseTermsId: licenseTermsId),
                from: from))
    }

    public func setLicensingConfig(
        from: Address, ipId: Address, licenseTermsId: BigUInt, licensingConfig: LicensingConfig
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .setLicensingConfig(
                    ipId: ipId, licenseTemplate: template, licenseTermsId: licenseTermsId,
                    config: licensingConfig), from: from))
    }

    public func mintLicenseTokens(
        from: Address, licensorIpId: Address, licenseTermsId: BigUInt, amount: BigUInt, receiver: Address,
        maxMintingFee: BigUInt, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<MintedLicenseTokens> {
        let receipt = try await submit(
            .mintLicenseTokens(
                licensorIpId: licensorIpId, licenseTemplate: template, licenseTermsId: licenseTermsId, amount: amount,
                receiver: receiver, royaltyContext: [], maxMintingFee: maxMintingFee, maxRevenueShare: maxRevenueShare),
            from: from)
        return number(receipt).map { start in
            let count = Int(amount)
            return MintedLicenseTokens(
                startLicenseTokenId: start, licenseTokenIds: (0..<count).map { start + BigUInt($0) })
        }
    }

    public func setApproval(
        from: Address, parentIpId: Address, licenseTermsId: BigUInt, childIpId: Address, approved: Bool
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .setApproval(
                    parentIpId: parentIpId, licenseTermsId: licenseTermsId, childIpId: childIpId,
                    approved: approved), from: from))
    }

    public func mintAndRegisterIpAndMakeDerivative(
        from: Address, spgNftContract: Address, derivData: MakeDerivative, ipMetadata: IPMetadata, recipient: Address,
        allowDuplicates: Bool
    ) async throws -> LedgerReceipt<RegisteredIP> {
        registered(
            try await submit(
                .mintAndRegisterIpAndMakeDerivative(
                    spgNftContract: spgNftContract, derivData: derivData, ipMetadata: ipMetadata, recipient: recipient,
                    allowDuplicates: allowDuplicates), from: from))
    }

    public func registerDerivative(
        from: Address, childIpId: Address, parentIpIds: [Address], licenseTermsIds: [BigUInt], maxMintingFee: BigUInt,
        maxRts: UInt32, maxRevenueShare: UInt32
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .registerDerivative(
                    childIpId: childIpId, parentIpIds: parentIpIds, licenseTermsIds: licenseTermsIds,
                    licenseTemplate: template,
                    royaltyContext: [], maxMintingFee: maxMintingFee, maxRts: maxRts, maxRevenueShare: maxRevenueShare),
                from: from))
    }

    public func registerDerivativeWithLicenseTokens(
        from: Address, childIpId: Address, licenseTokenIds: [BigUInt], maxRts: UInt32
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .registerDerivativeWithLicenseTokens(
                    childIpId: childIpId, licenseTokenIds: licenseTokenIds,
                    royaltyContext: [], maxRts: maxRts), from: from))
    }

    public func payRoyaltyOnBehalf(
        from: Address, receiverIpId: Address, payerIpId: Address, token: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        none(
            try await submit(
                .payRoyaltyOnBehalf(
                    receiverIpId: receiverIpId, payerIpId: payerIpId, token: token,
                    amount: amount), from: from))
    }

    public func transferToVault(
        from: Address, royaltyPolicy: Address, ipId: Address, ancestorIpId: Address, token: Address
    ) async throws -> LedgerReceipt<BigUInt> {
        number(
            try await submit(
                .transferToVault(
                    policy: royaltyPolicy, ipId: ipId, ancestorIpId: ancestorIpId,
                    token: token), from: from))
    }

    public func claimAllRevenue(
        from: Address, ancestorIpId: Address, claimer: Address, childIpIds: [Address], royaltyPolicies: [Address],
        currencyTokens: [Address]
    ) async throws -> LedgerReceipt<[BigUInt]> {
        numbers(
            try await submit(
                .claimAllRevenue(
                    ancestorIpId: ancestorIpId, claimer: claimer, childIpIds: childIpIds,
                    royaltyPolicies: royaltyPolicies, currencyTokens: currencyTokens),
                from: from))
    }
}
