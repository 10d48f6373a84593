import Ethereum

/// Selectors of the module functions that check permissions: a signer is granted access per
/// (module, selector), so these must equal Story's (story.md §6.4, story_selectors.md).
enum LedgerSelectors {
    static let setAllMetadata = FunctionSelector(signature: "setAll(address,string,bytes32,bytes32)")
    static let attachLicenseTerms = of(.attachLicenseTerms)
    static let setLicensingConfig = of(.setLicensingConfig)
    static let registerDerivative = of(.registerDerivative)
    static let registerDerivativeWithLicenseTokens = of(.registerDerivativeWithLicenseTokens)
    static let mintLicenseTokens = of(.mintLicenseTokens)
    static let addIp = of(.addIp)
    static let removeIp = of(.removeIp)
    static let setApproval = of(.setApproval)
    static let erc20Transfer = of(.transfer)

    /// The selector of a call the ledger executes: one signature, in ``LedgerCallKind``.
    private static func of(_ kind: LedgerCallKind) -> FunctionSelector {
        FunctionSelector(unchecked: kind.function.selector)
    }
}
