import BigInt
import Ethereum

/// `WorkflowStructs.IPMetadata`: where the IP and NFT metadata documents live and their SHA-256
/// hashes (DECISIONS.md "Metadata": hash of the exact stored bytes).
public struct IPMetadata: Hashable, Sendable, ABITupleConvertible {
    public var ipMetadataURI: String
    public var ipMetadataHash: Bytes32
    public var nftMetadataURI: String
    public var nftMetadataHash: Bytes32

    public init(
        ipMetadataURI: String = "", ipMetadataHash: Bytes32 = .zero, nftMetadataURI: String = "",
        nftMetadataHash: Bytes32 = .zero
    ) {
        self.ipMetadataURI = ipMetadataURI
        self.ipMetadataHash = ipMetadataHash
        self.nftMetadataURI = nftMetadataURI
        self.nftMetadataHash = nftMetadataHash
    }

    /// `(string,bytes32,string,bytes32)`
    public static let abiType = ABIType.tuple([.string, .bytes32, .string, .bytes32])

    public var abiValue: ABIValue {
        .tuple([
            .string(ipMetadataURI), .fixedBytes(ipMetadataHash.bytes), .string(nftMetadataURI),
            .fixedBytes(nftMetadataHash.bytes),
        ])
    }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 4)
        self.init(
            ipMetadataURI: try r.string(), ipMetadataHash: try r.bytes32(), nftMetadataURI: try r.string(),
            nftMetadataHash: try r.bytes32())
    }

    /// True when the workflow skips `CoreMetadataModule.setAll` (empty URI and both hashes zero).
    var isEmpty: Bool { ipMetadataURI.isEmpty && ipMetadataHash.isZero && nftMetadataHash.isZero }
}

/// `WorkflowStructs.LicenseTermsData`: terms to register and attach, with an optional config.
public struct LicenseTermsData: Hashable, Sendable, ABITupleConvertible {
    public var terms: PILTerms
    public var licensingConfig: LicensingConfig

    public init(terms: PILTerms, licensingConfig: LicensingConfig = .unset) {
        self.terms = terms
        self.licensingConfig = licensingConfig
    }

    public static let abiType = ABIType.tuple([PILTerms.abiType, LicensingConfig.abiType])

    public var abiValue: ABIValue { .tuple([terms.abiValue, licensingConfig.abiValue]) }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 2)
        self.init(
            terms: try PILTerms(abiValue: try r.next()), licensingConfig: try LicensingConfig(abiValue: try r.next()))
    }
}

/// `WorkflowStructs.MakeDerivative`: the parents to link a new IP to, and the caller's caps.
public struct MakeDerivative: Hashable, Sendable, ABITupleConvertible {
    /// 1…16 parents.
    public var parentIpIds: [Address]
    /// PILicenseTemplate.
    public var licenseTemplate: Address
    /// One terms id per parent; each must be attached to its parent.
    public var licenseTermsIds: [BigUInt]
    /// Ignored by LAP and LRP (story.md §2.0).
    public var royaltyContext: [UInt8]
    /// Cap on the total minting fee across parents; 0 = no limit.
    public var maxMintingFee: BigUInt
    /// Cap on royalty tokens given up; ≤ 100_000_000 (LAP and LRP take none).
    public var maxRts: UInt32
    /// Cap on the sum of the parents' royalty percentages; 0 = no limit; 100 % = 100_000_000.
    public var maxRevenueShare: UInt32

    public init(
        parentIpIds: [Address], licenseTemplate: Address, licenseTermsIds: [BigUInt],
        royaltyContext: [UInt8] = [], maxMintingFee: BigUInt = 0, maxRts: UInt32 = StoryUnits.hundredPercent,
        maxRevenueShare: UInt32 = 0
    ) {
        self.parentIpIds = parentIpIds
        self.licenseTemplate = licenseTemplate
        self.licenseTermsIds = licenseTermsIds
        self.royaltyContext = royaltyContext
        self.maxMintingFee = maxMintingFee
        self.maxRts = maxRts
        self.maxRevenueShare = maxRevenueShare
    }

    /// `(address[],address,uint256[],bytes,uint256,uint32,uint32)`
    public static let abiType = ABIType.tuple([
        .array(.address), .address, .array(.uint256), .bytes, .uint256,
        .uint(32), .uint(32),
    ])

    public var abiValue: ABIValue {
        .tuple([
            .array(parentIpIds.map { .address($0) }), .address(licenseTemplate),
            .array(licenseTermsIds.map { .uint($0) }),
            .bytes(royaltyContext), .uint(maxMintingFee), .uint(BigUInt(maxRts)), .uint(BigUInt(maxRevenueShare)),
        ])
    }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 7)
        self.init(
            parentIpIds: try r.addresses(), licenseTemplate: try r.address(), licenseTermsIds: try r.uints(),
            royaltyContext: try r.bytes(), maxMintingFee: try r.uint(), maxRts: try r.uint32(),
            maxRevenueShare: try r.uint32())
    }
}
