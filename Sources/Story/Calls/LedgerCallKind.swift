import Ethereum

/// The Story function behind each ``LedgerCall``: canonical signatures from story_selectors.md.
enum LedgerCallKind: CaseIterable {
    case mintAndRegisterIpAndAttachPILTerms, mintAndRegisterIp, mintAndRegisterIpAndMakeDerivative
    case registerLicenseTerms, attachLicenseTerms, setLicensingConfig, mintLicenseTokens, registerDerivative
    case registerDerivativeWithLicenseTokens, setApproval
    case payRoyaltyOnBehalf, transferToVault, claimAllRevenue
    case raiseDispute, setDisputeJudgement, cancelDispute, resolveDispute, tagIfRelatedIpInfringed
    case registerGroup, addIp, removeIp, collectRoyalties, claimReward, collectRoyaltiesAndClaimReward
    case setPermission, setAllPermissions, setBatchPermissions
    case transfer, faucet, execute, safeTransferFrom

    private static let metadata = "(string,bytes32,string,bytes32)"
    private static let terms =
        "(bool,address,uint256,uint256,bool,bool,address,bytes,uint32,uint256,bool,bool,bool,bool,uint256,address,string)"
    private static let config = "(bool,uint256,address,bytes,uint32,bool,uint32,address)"

    var signature: String {
        switch self {
        case .mintAndRegisterIpAndAttachPILTerms:
            "mintAndRegisterIpAndAttachPILTerms(address,address,\(Self.metadata),(\(Self.terms),\(Self.config))[],bool)"
        case .mintAndRegisterIp: "mintAndRegisterIp(address,address,\(Self.metadata),bool)"
        case .mintAndRegisterIpAndMakeDerivative:
            "mintAndRegisterIpAndMakeDerivative(address,(address[],address,uint256[],bytes,uint256,uint32,uint32),\(Self.metadata),address,bool)"
        case .registerLicenseTerms: "registerLicenseTerms(\(Self.terms))"
        case .attachLicenseTerms: "attachLicenseTerms(address,address,uint256)"
        case .setLicensingConfig: "setLicensingConfig(address,address,uint256,\(Self.config))"
        case .mintLicenseTokens: "mintLicenseTokens(address,address,uint256,uint256,address,bytes,uint256,uint32)"
        case .registerDerivative: "registerDerivative(address,address[],uint256[],address,bytes,uint256,uint32,uint32)"
        case .registerDerivativeWithLicenseTokens: "registerDerivativeWithLicenseTokens(address,uint256[],bytes,uint32)"
        case .setApproval: "setApproval(address,uint256,address,bool)"
        case .payRoyaltyOnBehalf: "payRoyaltyOnBehalf(address,address,address,uint256)"
        case .transferToVault: "transferToVault(address,address,address)"
        case .claimAllRevenue: "claimAllRevenue(address,address,address[],address[],address[])"
        case .raiseDispute: "raiseDispute(address,bytes32,bytes32,bytes)"
        case .setDisputeJudgement: "setDisputeJudgement(uint256,bool,bytes)"
        case .cancelDispute: "cancelDispute(uint256,bytes)"
        case .resolveDispute: "resolveDispute(uint256,bytes)"
        case .tagIfRelatedIpInfringed: "tagIfRelatedIpInfringed(address,uint256)"
        case .registerGroup: "registerGroup(address)"
        case .addIp: "addIp(address,address[],uint256)"
        case .removeIp: "removeIp(address,address[])"
        case .collectRoyalties: "collectRoyalties(address,address)"
        case .claimReward: "claimReward(address,address,address[])"
        case .collectRoyaltiesAndClaimReward: "collectRoyaltiesAndClaimReward(address,address[],address[])"
        case .setPermission: "setPermission(address,address,address,bytes4,uint8)"
        case .setAllPermissions: "setAllPermissions(address,address,uint8)"
        case .setBatchPermissions: "setBatchPermissions((address,address,address,bytes4,uint8)[])"
        case .transfer: "transfer(address,uint256)"
        case .faucet: "mint(address,uint256)"
        case .execute: "execute(address,uint256,bytes)"
        case .safeTransferFrom: "safeTransferFrom(address,address,uint256)"
        }
    }

    /// Parsed signatures (parsed once).
    var function: ABIFunction { Self.functions[self]! }

    private static let functions: [LedgerCallKind: ABIFunction] = {
        var map: [LedgerCallKind: ABIFunction] = [:]
        // Signatures are literals above; a typo is a programming error caught by any test.
        for kind in allCases { map[kind] = try! ABIFunction(kind.signature) }
        return map
    }()

    static let bySelector: [[UInt8]: LedgerCallKind] = {
        var map: [[UInt8]: LedgerCallKind] = [:]
        for kind in allCases { map[kind.function.selector] = kind }
        return map
    }()
}
