import Assistant
import Foundation
import Vapor

/// A task endpoint's body: the task's own fields, decoded as the assistant's request type (so
/// its validation reports every missing or invalid field at once), and the two fields every
/// task accepts — the asset the answer is for and the model tier. Encoded back the same flat
/// way for the generation log's inputs.
struct AITaskBody<Input: Codable & Sendable>: Codable, Sendable {
    var input: Input
    var assetUUID: String?
    var modelTier: String?

    private enum CommonKeys: String, CodingKey {
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }

    init(from decoder: any Decoder) throws {
        input = try Input(from: decoder)
        let common = try decoder.container(keyedBy: CommonKeys.self)
        assetUUID = try common.decodeIfPresent(String.self, forKey: .assetUUID)
        modelTier = try common.decodeIfPresent(String.self, forKey: .modelTier)
    }

    func encode(to encoder: any Encoder) throws {
        try input.encode(to: encoder)
        var common = encoder.container(keyedBy: CommonKeys.self)
        try common.encodeIfPresent(assetUUID, forKey: .assetUUID)
        try common.encodeIfPresent(modelTier, forKey: .modelTier)
    }

    /// The tier and asset id, or a 400 naming each bad field.
    func commonFields() throws -> (tier: ModelTier, assetID: UUID?) {
        var problems: [String: [String]] = [:]
        var tier = ModelTier.fast
        if let raw = modelTier {
            if let parsed = ModelTier(rawValue: raw) {
                tier = parsed
            } else {
                problems["model_tier"] = ["Invalid choice. Must be one of: fast, quality."]
            }
        }
        var assetID: UUID?
        if let raw = assetUUID {
            assetID = UUID(uuidString: raw)
            if assetID == nil { problems["asset_uuid"] = ["Must be a valid UUID."] }
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        return (tier, assetID)
    }
}
