import Ethereum

/// Selectors of the module functions that check permissions: a signer is granted access per
/// (module, selector), so these must equal Story's (story.md §6.4, story_selectors.md).
enum LedgerSelectors {
    static let setAllMetadata = FunctionSelector(signature: "setAll(address,string,bytes32,bytes32)")
    static let attachLicenseTerms = FunctionSelector(signature: "attachLicenseTerms(address,address,uint256)")
    static let setLicensingConfig = FunctionSelector(
        signature: "setLicensingConfig(address,address,uint256,(bool,uint256,address,bytes,uint32,bool,uint32,address))"
    )
    static let registerDerivative = FunctionSelector(
        signature: "registerDerivative(address,address[],uint256[],address,bytes,uint256,uint32,uint32)")
    static let registerDerivativeWithLicenseTokens = FunctionSelector(
        signature: "registerDerivativeWithLicenseTokens(address,uint256[],bytes,uint32)")
    static let mintLicenseTokens = FunctionSelector(
        signature: "mintLicenseTokens(address,address,uint256,uint256,address,bytes,uint256,uint32)")
    static let addIp = FunctionSelector(signature: "addIp(address,address[],uint256)")
    static let removeIp = FunctionSelector(signature: "removeIp(address,address[])")
    static let setApproval = FunctionSelector(signature: "setApproval(address,uint256,address,bool)")
    static let erc20Transfer = FunctionSelector(signature: "transfer(address,uint256)")
}
