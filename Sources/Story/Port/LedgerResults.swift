import BigInt
import Ethereum

/// What the registration workflows return (`ipId`, `tokenId`, `licenseTermsIds`).
public struct RegisteredIP: Hashable, Sendable {
    public let ipId: Address
    /// The SPG collection the NFT was minted in.
    public let nftContract: Address
    public let tokenId: BigUInt
    /// Terms attached by the transaction (for a derivative: the parents' terms it inherits).
    public let licenseTermsIds: [BigUInt]

    public init(ipId: Address, nftContract: Address, tokenId: BigUInt, licenseTermsIds: [BigUInt]) {
        self.ipId = ipId
        self.nftContract = nftContract
        self.tokenId = tokenId
        self.licenseTermsIds = licenseTermsIds
    }
}

/// `mintLicenseTokens`: the first id and every id minted (consecutive).
public struct MintedLicenseTokens: Hashable, Sendable {
    public let startLicenseTokenId: BigUInt
    public let licenseTokenIds: [BigUInt]

    public init(startLicenseTokenId: BigUInt, licenseTokenIds: [BigUInt]) {
        self.startLicenseTokenId = startLicenseTokenId
        self.licenseTokenIds = licenseTokenIds
    }
}
