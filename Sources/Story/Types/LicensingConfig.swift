import BigInt
import Ethereum

/// Per-IP overrides of attached license terms: `Licensing.LicensingConfig` (story.md §2.0).
/// Ignored entirely while `isSet` is false.
public struct LicensingConfig: Hashable, Sendable, ABITupleConvertible {
    public var isSet: Bool
    /// Replaces the terms' `defaultMintingFee` (must not be lower).
    public var mintingFee: BigUInt
    /// A registered licensing hook module, or 0x0.
    public var licensingHook: Address
    public var hookData: [UInt8]
    /// Overrides the terms' `commercialRevShare` when non-zero (must not be lower); 100 % = 100_000_000.
    public var commercialRevShare: UInt32
    /// Blocks minting licenses and linking derivatives through these terms.
    public var disabled: Bool
    /// The least reward share the IP accepts when joining a group.
    public var expectMinimumGroupRewardShare: UInt32
    /// The group reward pool the IP agrees to join through.
    public var expectGroupRewardPool: Address

    public init(
        isSet: Bool = false, mintingFee: BigUInt = 0, licensingHook: Address = .zero, hookData: [UInt8] = [],
        commercialRevShare: UInt32 = 0, disabled: Bool = false, expectMinimumGroupRewardShare: UInt32 = 0,
        expectGroupRewardPool: Address = .zero
    ) {
        self.isSet = isSet
        self.mintingFee = mintingFee
        self.licensingHook = licensingHook
        self.hookData = hookData
        self.commercialRevShare = commercialRevShare
        self.disabled = disabled
        self.expectMinimumGroupRewardShare = expectMinimumGroupRewardShare
        self.expectGroupRewardPool = expectGroupRewardPool
    }

    /// "No configuration" (what the registry returns when none was set).
    public static let unset = LicensingConfig()

    /// `(bool,uint256,address,bytes,uint32,bool,uint32,address)`
    public static let abiType = ABIType.tuple([
        .bool, .uint256, .address, .bytes, .uint(32), .bool, .uint(32), .address,
    ])

    public var abiValue: ABIValue {
        .tuple([
            .bool(isSet), .uint(mintingFee), .address(licensingHook), .bytes(hookData),
            .uint(BigUInt(commercialRevShare)), .bool(disabled), .uint(BigUInt(expectMinimumGroupRewardShare)),
            .address(expectGroupRewardPool),
        ])
    }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 8)
        self.init(
            isSet: try r.bool(), mintingFee: try r.uint(), licensingHook: try r.address(), hookData: try r.bytes(),
            commercialRevShare: try r.uint32(), disabled: try r.bool(), expectMinimumGroupRewardShare: try r.uint32(),
            expectGroupRewardPool: try r.address())
    }
}
