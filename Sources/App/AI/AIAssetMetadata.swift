import Fluent
import Foundation

/// A creator's verdict on one AI suggestion: accepted or rejected, optionally rated 1-5, tied to
/// the generation log it came from and, when known, to the asset it is for
/// (lore-inventory.md §3.6). One row per (log, content type); a new verdict replaces the old.
final class AIAssetMetadata: Model, @unchecked Sendable {
    static let schema = "ai_asset_metadata"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @OptionalParent(key: "asset_id") var asset: Asset?
    /// Nil once log retention has removed the log; the verdict stays.
    @OptionalParent(key: "generation_log_id") var generationLog: AIGenerationLog?
    /// `AISuggestionContentType`.
    @Field(key: "content_type") var contentType: String
    /// The suggested content the verdict is about (one title, the description, the tags, …).
    @Field(key: "ai_generated_content") var aiGeneratedContent: String
    @Field(key: "model_used") var modelUsed: String
    @Field(key: "accepted") var accepted: Bool
    /// 1-5 stars, optional.
    @OptionalField(key: "user_rating") var userRating: Int?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
