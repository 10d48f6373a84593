import Fluent
import Foundation

/// An IP asset: a creator's work, its stored media, its license, and its registration on the
/// ledger, tracked step by step (12-ASSET-CREATION-WORKFLOW.md; DECISIONS.md "Creation steps").
final class Asset: Model, @unchecked Sendable {
    static let schema = "assets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "owner_id") var owner: User
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Enum(key: "asset_type") var assetType: AssetType

    // The media, as stored in the content store.
    /// `ipfs://<cid>`.
    @Field(key: "media_url") var mediaURL: String
    @Field(key: "media_cid") var mediaCID: String
    @OptionalField(key: "media_type") var mediaType: String?
    /// `0x` + SHA-256 of the media bytes.
    @OptionalField(key: "media_hash") var mediaHash: String?
    @OptionalField(key: "media_size") var mediaSize: Int64?

    // The license the creator chose (DECISIONS.md "Licenses"); derivatives inherit their parents'.
    @Field(key: "license_type") var licenseType: String
    @Field(key: "commercial_use") var commercialUse: Bool
    @Field(key: "derivatives_allowed") var derivativesAllowed: Bool
    /// Story units: 100 % = 100_000_000.
    @Field(key: "commercial_rev_share") var commercialRevShare: Int64
    /// Minting fee in wei (decimal string).
    @Field(key: "minting_fee") var mintingFee: String
    /// The full PIL terms as JSON, for the custom form.
    @OptionalField(key: "license_terms") var licenseTerms: String?
    /// Terms ids on the ledger (decimal strings, JSON array).
    @Field(key: "license_terms_ids") var licenseTermsIDs: [String]

    // The two metadata documents (DECISIONS.md "Metadata").
    @OptionalField(key: "ip_metadata_uri") var ipMetadataURI: String?
    @OptionalField(key: "ip_metadata_hash") var ipMetadataHash: String?
    @OptionalField(key: "nft_metadata_uri") var nftMetadataURI: String?
    @OptionalField(key: "nft_metadata_hash") var nftMetadataHash: String?

    // The ledger registration.
    @OptionalField(key: "chain_id") var chainID: Int?
    @OptionalField(key: "nft_contract") var nftContract: String?
    /// uint256, decimal.
    @OptionalField(key: "token_id") var tokenID: String?
    /// Lower-case `0x…`.
    @OptionalField(key: "ip_id") var ipID: String?
    @OptionalField(key: "tx_hash") var txHash: String?
    @OptionalField(key: "registered_at") var registeredAt: Date?

    // Progress of the creation pipeline.
    @Enum(key: "registration_status") var registrationStatus: RegistrationStatus
    @Enum(key: "creation_step") var creationStep: CreationStep
    /// Each step's recorded result, keyed by step name (JSON object).
    @Field(key: "step_data") var stepData: String
    @OptionalEnum(key: "failed_at_step") var failedAtStep: CreationStep?
    @OptionalField(key: "registration_error") var registrationError: String?
    @Field(key: "registration_attempts") var registrationAttempts: Int

    // Archive (soft delete) and counters kept for ordering discovery lists.
    @Field(key: "is_archived") var isArchived: Bool
    @OptionalField(key: "archived_at") var archivedAt: Date?
    @Field(key: "derivatives_count") var derivativesCount: Int
    @Field(key: "favorites_count") var favoritesCount: Int

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The documented asset types.
enum AssetType: String, Codable, CaseIterable, Sendable {
    case digitalArt = "digital_art"
    case music
    case writing
    case photography
    case gameAsset = "game_asset"
}

/// The tracked creation steps, in order (`db_save` is implicit: the row exists).
enum CreationStep: String, Codable, CaseIterable, Sendable {
    case mediaUpload = "media_upload"
    case metadataUpload = "metadata_upload"
    case storyRegistration = "story_registration"
    case licenseAttachment = "license_attachment"
    case completed
}
