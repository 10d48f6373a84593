import Foundation
import LoreJSON
import Vapor

/// A user as shown next to their work.
struct CreatorSummary: Content {
    let uuid: UUID
    let walletAddress: String
    let username: String
    let avatarURL: String?

    enum CodingKeys: String, CodingKey {
        case uuid, username
        case walletAddress = "wallet_address"
        case avatarURL = "avatar_url"
    }

    init(_ user: User) throws {
        uuid = try user.requireID()
        walletAddress = user.walletAddress
        username = user.username
        avatarURL = user.avatarURL
    }
}

/// The license an asset carries, in the API's words.
struct LicenseSummary: Content {
    let licenseType: String
    let commercialUse: Bool
    let derivativesAllowed: Bool
    /// Percent of derivatives' revenue owed to this asset (commercialRevShare / 1_000_000).
    let royaltyPercentage: Double
    /// wei, decimal string.
    let mintingFee: String
    let licenseTermsIDs: [String]

    enum CodingKeys: String, CodingKey {
        case licenseType = "license_type"
        case commercialUse = "commercial_use"
        case derivativesAllowed = "derivatives_allowed"
        case royaltyPercentage = "royalty_percentage"
        case mintingFee = "minting_fee"
        case licenseTermsIDs = "license_terms_ids"
    }
}

/// An asset as the API shows it. Requires the owner to be loaded (`.with(\.$owner)`).
struct AssetResponse: Content {
    let uuid: UUID
    let creator: CreatorSummary
    let title: String
    let description: String
    let assetType: AssetType
    let mediaURL: String
    let mediaCID: String
    let mediaType: String?
    let mediaHash: String?
    let mediaSize: Int64?
    let license: LicenseSummary
    /// The IP metadata document (Story's IPA standard) and its SHA-256.
    let metadataURI: String?
    let metadataHash: String?
    /// The NFT (ERC-721) metadata document and its SHA-256.
    let nftMetadataURI: String?
    let nftMetadataHash: String?
    let chainID: Int?
    let nftContract: String?
    let tokenID: String?
    let ipID: String?
    let txHash: String?
    let registeredAt: Date?
    let registrationStatus: RegistrationStatus
    let creationStep: CreationStep
    let failedAtStep: CreationStep?
    let registrationError: String?
    let registrationAttempts: Int
    /// Each creation step's recorded result.
    let stepData: JSONValue
    let isArchived: Bool
    let archivedAt: Date?
    let derivativesCount: Int
    let favoritesCount: Int
    let createdAt: Date?
    let updatedAt: Date?

    enum CodingKeys: String, CodingKey {
        case uuid, creator, title, description, license
        case assetType = "asset_type"
        case mediaURL = "media_url"
        case mediaCID = "media_cid"
        case mediaType = "media_type"
        case mediaHash = "media_hash"
        case mediaSize = "media_size"
        case metadataURI = "metadata_uri"
        case metadataHash = "metadata_hash"
        case nftMetadataURI = "nft_metadata_uri"
        case nftMetadataHash = "nft_metadata_hash"
        case chainID = "chain_id"
        case nftContract = "nft_contract"
        case tokenID = "token_id"
        case ipID = "ip_id"
        case txHash = "tx_hash"
        case registeredAt = "registered_at"
        case registrationStatus = "registration_status"
        case creationStep = "creation_step"
        case failedAtStep = "failed_at_step"
        case registrationError = "registration_error"
        case registrationAttempts = "registration_attempts"
        case stepData = "step_data"
        case isArchived = "is_archived"
        case archivedAt = "archived_at"
        case derivativesCount = "derivatives_count"
        case favoritesCount = "favorites_count"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ asset: Asset) throws {
        uuid = try asset.requireID()
        creator = try CreatorSummary(asset.owner)
        title = asset.title
        description = asset.description
        assetType = asset.assetType
        mediaURL = asset.mediaURL
        mediaCID = asset.mediaCID
        mediaType = asset.mediaType
        mediaHash = asset.mediaHash
        mediaSize = asset.mediaSize
        license = LicenseSummary(
            licenseType: asset.licenseType, commercialUse: asset.commercialUse,
            derivativesAllowed: asset.derivativesAllowed,
            royaltyPercentage: Double(asset.commercialRevShare) / 1_000_000,
            mintingFee: asset.mintingFee, licenseTermsIDs: asset.licenseTermsIDs)
        metadataURI = asset.ipMetadataURI
        metadataHash = asset.ipMetadataHash
        nftMetadataURI = asset.nftMetadataURI
        nftMetadataHash = asset.nftMetadataHash
        chainID = asset.chainID
        nftContract = asset.nftContract
        tokenID = asset.tokenID
        ipID = asset.ipID
        txHash = asset.txHash
        registeredAt = asset.registeredAt
        registrationStatus = asset.registrationStatus
        creationStep = asset.creationStep
        failedAtStep = asset.failedAtStep
        registrationError = asset.registrationError
        registrationAttempts = asset.registrationAttempts
        stepData = JSONValue(text: asset.stepData)
        isArchived = asset.isArchived
        archivedAt = asset.archivedAt
        derivativesCount = asset.derivativesCount
        favoritesCount = asset.favoritesCount
        createdAt = asset.createdAt
        updatedAt = asset.updatedAt
    }
}
