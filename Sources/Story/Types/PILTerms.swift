import BigInt
import Ethereum

/// Programmable IP License terms, field for field as `IPILicenseTemplate.PILTerms` (story.md §2.0);
/// the field order is the ABI tuple order, which `registerLicenseTerms` hashes to de-duplicate.
public struct PILTerms: Hashable, Sendable, ABITupleConvertible {
    public var transferable: Bool
    /// 0x0, or a whitelisted royalty policy (RoyaltyPolicyLAP / RoyaltyPolicyLRP).
    public var royaltyPolicy: Address
    /// Minting fee per license, in `currency` wei.
    public var defaultMintingFee: BigUInt
    /// Seconds after a derivative's registration at which it expires; 0 = never.
    public var expiration: BigUInt
    public var commercialUse: Bool
    public var commercialAttribution: Bool
    /// 0x0 = none.
    public var commercializerChecker: Address
    public var commercializerCheckerData: [UInt8]
    /// Share of derivative revenue owed upstream; 100 % = 100_000_000.
    public var commercialRevShare: UInt32
    public var commercialRevCeiling: BigUInt
    public var derivativesAllowed: Bool
    public var derivativesAttribution: Bool
    public var derivativesApproval: Bool
    public var derivativesReciprocal: Bool
    public var derivativeRevCeiling: BigUInt
    /// Whitelisted ERC-20 (WIP), or 0x0 for non-commercial terms.
    public var currency: Address
    /// The off-chain PIL JSON.
    public var uri: String

    public init(
        transferable: Bool = true, royaltyPolicy: Address = .zero, defaultMintingFee: BigUInt = 0,
        expiration: BigUInt = 0, commercialUse: Bool = false, commercialAttribution: Bool = false,
        commercializerChecker: Address = .zero, commercializerCheckerData: [UInt8] = [],
        commercialRevShare: UInt32 = 0, commercialRevCeiling: BigUInt = 0, derivativesAllowed: Bool = false,
        derivativesAttribution: Bool = false, derivativesApproval: Bool = false, derivativesReciprocal: Bool = false,
        derivativeRevCeiling: BigUInt = 0, currency: Address = .zero, uri: String = ""
    ) {
        self.transferable = transferable
        self.royaltyPolicy = royaltyPolicy
        self.defaultMintingFee = defaultMintingFee
        self.expiration = expiration
        self.commercialUse = commercialUse
        self.commercialAttribution = commercialAttribution
        self.commercializerChecker = commercializerChecker
        self.commercializerCheckerData = commercializerCheckerData
        self.commercialRevShare = commercialRevShare
        self.commercialRevCeiling = commercialRevCeiling
        self.derivativesAllowed = derivativesAllowed
        self.derivativesAttribution = derivativesAttribution
        self.derivativesApproval = derivativesApproval
        self.derivativesReciprocal = derivativesReciprocal
        self.derivativeRevCeiling = derivativeRevCeiling
        self.currency = currency
        self.uri = uri
    }

    /// `(bool,address,uint256,uint256,bool,bool,address,bytes,uint32,uint256,bool,bool,bool,bool,uint256,address,
    /// string)`
    public static let abiType = ABIType.tuple([
        .bool, .address, .uint256, .uint256, .bool, .bool, .address, .bytes, .uint(32), .uint256,
        .bool, .bool, .bool, .bool, .uint256, .address, .string,
    ])

    public var abiValue: ABIValue {
        .tuple([
            .bool(transferable), .address(royaltyPolicy), .uint(defaultMintingFee), .uint(expiration),
            .bool(commercialUse), .bool(commercialAttribution), .address(commercializerChecker),
            .bytes(commercializerCheckerData), .uint(BigUInt(commercialRevShare)), .uint(commercialRevCeiling),
            .bool(derivativesAllowed), .bool(derivativesAttribution), .bool(derivativesApproval),
            .bool(derivativesReciprocal), .uint(derivativeRevCeiling), .address(currency), .string(uri),
        ])
    }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 17)
        self.init(
            transferable: try r.bool(), royaltyPolicy: try r.address(), defaultMintingFee: try r.uint(),
            expiration: try r.uint(), commercialUse: try r.bool(), commercialAttribution: try r.bool(),
            commercializerChecker: try r.address(), commercializerCheckerData: try r.bytes(),
            commercialRevShare: try r.uint32(), commercialRevCeiling: try r.uint(), derivativesAllowed: try r.bool(),
            derivativesAttribution: try r.bool(), derivativesApproval: try r.bool(),
            derivativesReciprocal: try r.bool(), derivativeRevCeiling: try r.uint(), currency: try r.address(),
            uri: try r.string())
    }
}
