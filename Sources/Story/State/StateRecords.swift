import BigInt
import Ethereum

/// What IPAssetRegistry stores in an IP account at registration.
struct IPRecord {
    let chainId: UInt64
    let tokenContract: Address
    let tokenId: BigUInt
    let name: String
    let uri: String
    let registrationDate: UInt64
    let isGroup: Bool
}

/// CoreMetadataModule's values for one IP (stored JSON-escaped, as the module does).
struct MetadataRecord {
    var metadataURI = ""
    var metadataHash = Bytes32.zero
    var nftTokenURI = ""
    var nftMetadataHash = Bytes32.zero
}

/// LicenseToken's metadata of one license NFT.
struct LicenseTokenRecord {
    let licensorIpId: Address
    let licenseTermsId: UInt64
    let transferable: Bool
    let commercialRevShare: UInt32
}

/// DisputeModule.Dispute plus the UMA bond it holds.
struct DisputeRecord {
    let targetIpId: Address
    let initiator: Address
    let timestamp: UInt64
    let arbitrationPolicy: Address
    let evidenceHash: Bytes32
    let targetTag: Bytes32
    var currentTag: Bytes32
    let infringerDisputeId: UInt64
    let liveness: UInt64
    let bond: BigUInt
    let assertionId: Bytes32
}

/// EvenSplitGroupPool.GroupInfo. `accRewardPerIp` is scaled by MAX_GROUP_SIZE as in the pool.
struct GroupPoolInfo {
    var token = Address.zero
    var totalMembers: UInt32 = 0
    var pendingBalance = BigUInt(0)
    var accRewardPerIp = BigUInt(0)
    var averageRewardShare = BigUInt(0)
}
