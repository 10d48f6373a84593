import Assistant
import Foundation
import Vapor

/// A task's documented response fields (`titles`, `enhanced_description`, …) followed by what
/// every AI answer carries: `log_id`, `model_used`, `model_tier`, `response_time_ms`,
/// `tokens_used` (null when the provider reports none), `cache_hit` and `asset_uuid`.
struct AIAnswerResponse<Result: Encodable & Sendable & Equatable>: JSONResponseEncodable {
    let result: Result
    let logID: UUID
    let modelUsed: String
    let modelTier: String
    let responseTimeMs: Int
    let tokensUsed: Int?
    let cacheHit: Bool
    let assetUUID: UUID?

    init(_ answer: AssistantAnswer<Result>, log: AIGenerationLog) throws {
        result = answer.result
        logID = try log.requireID()
        modelUsed = log.modelUsed
        modelTier = log.modelTier
        responseTimeMs = log.responseTimeMs
        tokensUsed = log.tokensUsed
        cacheHit = log.cacheHit
        assetUUID = log.$asset.id
    }

    enum CodingKeys: String, CodingKey {
        case logID = "log_id"
        case modelUsed = "model_used"
        case modelTier = "model_tier"
        case responseTimeMs = "response_time_ms"
        case tokensUsed = "tokens_used"
        case cacheHit = "cache_hit"
        case assetUUID = "asset_uuid"
    }

    func encode(to encoder: any Encoder) throws {
        // The result's own keys first, then ours in the same JSON object.
        try result.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(logID, forKey: .logID)
        try container.encode(modelUsed, forKey: .modelUsed)
        try container.encode(modelTier, forKey: .modelTier)
        try container.encode(responseTimeMs, forKey: .responseTimeMs)
        try container.encode(tokensUsed, forKey: .tokensUsed)
        try container.encode(cacheHit, forKey: .cacheHit)
        try container.encode(assetUUID, forKey: .assetUUID)
    }
}
