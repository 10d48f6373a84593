import Foundation
import Vapor

/// A verdict as the API returns it.
struct AIFeedbackResponse: Content {
    let uuid: UUID
    let logID: UUID?
    let assetUUID: UUID?
    let contentType: String
    let content: String
    let modelUsed: String
    let accepted: Bool
    let rating: Int?
    let createdAt: Date
    let updatedAt: Date

    init(_ verdict: AIAssetMetadata) throws {
        uuid = try verdict.requireID()
        logID = verdict.$generationLog.id
        assetUUID = verdict.$asset.id
        contentType = verdict.contentType
        content = verdict.aiGeneratedContent
        modelUsed = verdict.modelUsed
        accepted = verdict.accepted
        rating = verdict.userRating
        createdAt = verdict.createdAt
        updatedAt = verdict.updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case uuid, content, accepted, rating
        case logID = "log_id"
        case assetUUID = "asset_uuid"
        case contentType = "content_type"
        case modelUsed = "model_used"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Absent values are `null`, so every verdict has the same keys.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(logID, forKey: .logID)
        try container.encode(assetUUID, forKey: .assetUUID)
        try container.encode(contentType, forKey: .contentType)
        try container.encode(content, forKey: .content)
        try container.encode(modelUsed, forKey: .modelUsed)
        try container.encode(accepted, forKey: .accepted)
        try container.encode(rating, forKey: .rating)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}
