import BigInt
import Ethereum

/// Everything the registries know about one IP asset.
public struct IPAsset: Hashable, Sendable {
    public let ipId: Address
    public let chainId: UInt64
    public let tokenContract: Address
    public let tokenId: BigUInt
    /// The NFT's current holder, who owns the IP.
    public let owner: Address
    /// `"<chainid>: <collection name> #<tokenId>"`.
    public let name: String
    /// The NFT's token URI at registration.
    public let uri: String
    public let registrationDate: UInt64
    public let metadataURI: String
    public let metadataHash: Bytes32
    public let nftTokenURI: String
    public let nftMetadataHash: Bytes32
    public let isGroup: Bool
    /// Attached license terms ids (a derivative's are its parents' terms).
    public let licenseTermsIds: [BigUInt]
    public let parentIpIds: [Address]
    public let royaltyVault: Address?
    /// 0 = never expires.
    public let expirationTime: UInt64
    /// True while an upheld dispute tag is on the IP.
    public let isTagged: Bool

    public init(
        ipId: Address, chainId: UInt64, tokenContract: Address, tokenId: BigUInt, owner: Address, name: String,
        uri: String, registrationDate: UInt64, metadataURI: String, metadataHash: Bytes32, nftTokenURI: String,
        nftMetadataHash: Bytes32, isGroup: Bool, licenseTermsIds: [BigUInt], parentIpIds: [Address],
        royaltyVault: Address?, expirationTime: UInt64, isTagged: Bool
    ) {
        self.ipId = ipId
        self.chainId = chainId
        self.tokenContract = tokenContract
        self.tokenId = tokenId
        self.owner = owner
        self.name = name
        self.uri = uri
        self.registrationDate = registrationDate
        self.metadataURI = metadataURI
        self.metadataHash = metadataHash
        self.nftTokenURI = nftTokenURI
        self.nftMetadataHash = nftMetadataHash
        self.isGroup = isGroup
        self.licenseTermsIds = licenseTermsIds
        self.parentIpIds = parentIpIds
        self.royaltyVault = royaltyVault
        self.expirationTime = expirationTime
        self.isTagged = isTagged
    }
}

/// `DisputeModule.disputes(id)` with the bond the arbitration policy holds.
public struct Dispute: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// Raised, no judgement yet (`currentTag = IN_DISPUTE`).
        case pending
        /// Upheld: the target carries `tag` until the dispute is resolved.
        case tagged(Bytes32)
        /// Dismissed by the judgement, or resolved after being upheld (`currentTag = 0`).
        case closed
    }

    public let id: BigUInt
    public let targetIpId: Address
    public let initiator: Address
    public let timestamp: UInt64
    public let arbitrationPolicy: Address
    public let evidenceHash: Bytes32
    public let targetTag: Bytes32
    public let currentTag: Bytes32
    /// Non-zero for a tag propagated from the infringer's dispute.
    public let infringerDisputeId: BigUInt
    public let liveness: UInt64
    public let bond: BigUInt

    public var status: Status {
        if currentTag == DisputeTag.inDispute { return .pending }
        if currentTag.isZero { return .closed }
        return .tagged(currentTag)
    }

    public init(
        id: BigUInt, targetIpId: Address, initiator: Address, timestamp: UInt64, arbitrationPolicy: Address,
        evidenceHash: Bytes32, targetTag: Bytes32, currentTag: Bytes32, infringerDisputeId: BigUInt,
        liveness: UInt64, bond: BigUInt
    ) {
        self.id = id
        self.targetIpId = targetIpId
        self.initiator = initiator
        self.timestamp = timestamp
        self.arbitrationPolicy = arbitrationPolicy
        self.evidenceHash = evidenceHash
        self.targetTag = targetTag
        self.currentTag = currentTag
        self.infringerDisputeId = infringerDisputeId
        self.liveness = liveness
        self.bond = bond
    }
}

/// A license token (LicenseToken ERC-721) and what it licenses.
public struct LicenseTokenInfo: Hashable, Sendable {
    public let tokenId: BigUInt
    public let owner: Address
    public let licensorIpId: Address
    public let licenseTermsId: BigUInt
    public let transferable: Bool
    /// The royalty share the license carries (100 % = 100_000_000).
    public let commercialRevShare: UInt32

    public init(
        tokenId: BigUInt, owner: Address, licensorIpId: Address, licenseTermsId: BigUInt, transferable: Bool,
        commercialRevShare: UInt32
    ) {
        self.tokenId = tokenId
        self.owner = owner
        self.licensorIpId = licensorIpId
        self.licenseTermsId = licenseTermsId
        self.transferable = transferable
        self.commercialRevShare = commercialRevShare
    }
}
