import BigInt
import Ethereum

// MARK: Views of the registries and licensing (each one ``LedgerView``)

extension IPLedger {
    /// IPAssetRegistry.isRegistered.
    public func isRegistered(_ ipId: Address) async throws -> Bool {
        try await read(.isRegistered(ipId: ipId), \.boolValue)
    }

    /// Everything the registries know about the IP; nil when it is not registered.
    public func ipAsset(_ ipId: Address) async throws -> IPAsset? {
        try await readIfFound(.ipAsset(ipId: ipId), \.ipAssetValue)
    }

    /// IPAccount.owner(): the NFT's holder.
    public func owner(of ipId: Address) async throws -> Address? {
        try await readIfFound(.owner(ipId: ipId), \.addressValue)
    }

    /// Attached terms ids, in attachment order.
    public func attachedLicenseTerms(of ipId: Address) async throws -> [BigUInt] {
        try await read(.attachedLicenseTerms(ipId: ipId), \.numbersValue)
    }

    /// PILicenseTemplate.getLicenseTerms; nil for an unknown id.
    public func licenseTerms(_ licenseTermsId: BigUInt) async throws -> PILTerms? {
        try await readIfFound(.licenseTerms(licenseTermsId: licenseTermsId), \.licenseTermsValue)
    }

    /// PILicenseTemplate.getLicenseTermsId: nil when these exact terms are not registered.
    public func licenseTermsId(of terms: PILTerms) async throws -> BigUInt? {
        try await readIfFound(.licenseTermsId(terms: terms), \.numberValue)
    }

    /// LicenseRegistry.getLicensingConfig (``LicensingConfig/unset`` when none was set).
    public func licensingConfig(ipId: Address, licenseTermsId: BigUInt) async throws -> LicensingConfig {
        try await read(.licensingConfig(ipId: ipId, licenseTermsId: licenseTermsId), \.licensingConfigValue)
    }

    /// The IP's parents.
    public func parentIpIds(of ipId: Address) async throws -> [Address] {
        try await read(.parentIpIds(ipId: ipId), \.addressesValue)
    }

    /// Every ancestor, nearest first.
    public func ancestorIpIds(of ipId: Address) async throws -> [Address] {
        try await read(.ancestorIpIds(ipId: ipId), \.addressesValue)
    }

    /// The IP's direct derivatives.
    public func derivativeIpIds(of ipId: Address) async throws -> [Address] {
        try await read(.derivativeIpIds(ipId: ipId), \.addressesValue)
    }

    /// A license token and what it licenses; nil when never minted or burned.
    public func licenseToken(_ tokenId: BigUInt) async throws -> LicenseTokenInfo? {
        try await readIfFound(.licenseToken(tokenId: tokenId), \.licenseTokenValue)
    }

    /// The latest block's number.
    public func blockNumber() async throws -> UInt64 {
        try await read(.blockNumber) { $0.numberValue.flatMap { UInt64(exactly: $0) } }
    }
}
