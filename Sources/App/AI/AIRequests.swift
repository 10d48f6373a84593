import Assistant
import Foundation
import Vapor

/// The fields every AI task endpoint accepts besides its own: the asset the answer is for and
/// the model tier. Required task fields are optional here so that the assistant's validation
/// reports every missing or invalid field at once.
protocol AITaskBody: Content {
    var assetUUID: String? { get }
    var modelTier: String? { get }
}

extension AITaskBody {
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

/// `POST /api/assets/ai/generate-title/`.
struct GenerateTitleBody: AITaskBody {
    var description: String?
    var assetType: String?
    var assetUUID: String?
    var modelTier: String?

    var request: TitleRequest { TitleRequest(description: description ?? "", assetType: assetType) }

    enum CodingKeys: String, CodingKey {
        case description
        case assetType = "asset_type"
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }
}

/// `POST /api/assets/ai/enhance-description/`.
struct EnhanceDescriptionBody: AITaskBody {
    var description: String?
    var title: String?
    var assetType: String?
    var assetUUID: String?
    var modelTier: String?

    var request: DescriptionRequest {
        DescriptionRequest(description: description ?? "", title: title, assetType: assetType)
    }

    enum CodingKeys: String, CodingKey {
        case description, title
        case assetType = "asset_type"
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }
}

/// `POST /api/assets/ai/analyze-content/`.
struct AnalyzeContentBody: AITaskBody {
    var title: String?
    var description: String?
    var mediaURL: String?
    var assetUUID: String?
    var modelTier: String?

    var request: ContentAnalysisRequest {
        ContentAnalysisRequest(title: title ?? "", description: description ?? "", mediaURL: mediaURL)
    }

    enum CodingKeys: String, CodingKey {
        case title, description
        case mediaURL = "media_url"
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }
}

/// `POST /api/assets/ai/suggest-license/`.
struct SuggestLicenseBody: AITaskBody {
    var assetType: String?
    var description: String?
    var intendedUse: String?
    var assetUUID: String?
    var modelTier: String?

    /// The assistant reports a missing `asset_type` itself (with the other fields' problems).
    var request: LicenseRequest {
        LicenseRequest(assetType: assetType ?? "", description: description ?? "", intendedUse: intendedUse)
    }

    enum CodingKeys: String, CodingKey {
        case description
        case assetType = "asset_type"
        case intendedUse = "intended_use"
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }
}

/// `POST /api/assets/ai/analyze-derivative/`.
struct AnalyzeDerivativeBody: AITaskBody {
    var parentDescription: String?
    var childDescription: String?
    var parentMediaURL: String?
    var childMediaURL: String?
    var assetUUID: String?
    var modelTier: String?

    var request: DerivativeRequest {
        DerivativeRequest(
            parentDescription: parentDescription ?? "", childDescription: childDescription ?? "",
            parentMediaURL: parentMediaURL, childMediaURL: childMediaURL)
    }

    enum CodingKeys: String, CodingKey {
        case parentDescription = "parent_description"
        case childDescription = "child_description"
        case parentMediaURL = "parent_media_url"
        case childMediaURL = "child_media_url"
        case assetUUID = "asset_uuid"
        case modelTier = "model_tier"
    }
}
