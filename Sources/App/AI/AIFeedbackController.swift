import Assistant
import Fluent
import Foundation
import LoreJSON
import Vapor

/// `POST /api/assets/ai/feedback/`: the caller accepts or rejects, and may rate 1-5, a
/// suggestion from one of their own generation logs (`AIAssetMetadata`). 201 for a new verdict,
/// 200 when it replaces the earlier verdict on the same log and content type.
enum AIFeedbackController {
    struct Body: Content {
        var logID: String?
        var contentType: String?
        var content: String?
        var accepted: Bool?
        var rating: Int?
        var assetUUID: String?

        enum CodingKeys: String, CodingKey {
            case content, accepted, rating
            case logID = "log_id"
            case contentType = "content_type"
            case assetUUID = "asset_uuid"
        }
    }

    static func submit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.content.decode(Body.self)
        let (logID, type, assetID) = try validate(body)
        let now = req.lore.clock.now()

        guard let log = try await AIGenerationLog.find(logID, on: req.db), log.$user.id == user.id else {
            throw APIError.notFound("Generation log")
        }
        guard log.status != .failed, let outputText = log.outputData,
            let operation = AssistantOperation(rawValue: log.operationType)
        else {
            throw APIError(
                .unprocessableEntity, "Nothing to rate", detail: "This request failed: it produced no suggestion.")
        }
        let offered = AISuggestionContentType.offered(by: operation)
        guard offered.contains(type) else {
            throw unprocessable([
                "content_type": [
                    "A \(operation.rawValue) answer offers: \(offered.map(\.rawValue).joined(separator: ", "))."
                ]
            ])
        }
        let content: String
        do throws(AISuggestionContent.Problem) {
            content = try AISuggestionContent(type: type, output: JSONValue(text: outputText), outputText: outputText)
                .resolve(body.content)
        } catch .required {
            throw APIError.validation(["content": ["This field is required: say which title."]])
        } catch .notSuggested(let message) {
            throw unprocessable(["content": [message]])
        } catch .notApplicable {
            throw unprocessable(["content": ["The whole \(type.rawValue) answer is judged; omit content."]])
        }
        var asset: Asset?
        if let assetID {
            if let logged = log.$asset.id, logged != assetID {
                throw unprocessable(["asset_uuid": ["This answer was generated for another asset."]])
            }
            asset = try await AIAssets.ownAsset(assetID, of: user, on: req.db)
        }

        let (verdict, created) = try await save(
            log: log, type: type, content: content, assetID: try asset?.requireID() ?? log.$asset.id,
            accepted: body.accepted ?? true, rating: body.rating, now: now, on: req.db)
        let response = try await AIFeedbackResponse(verdict).encodeResponse(for: req)
        response.status = created ? .created : .ok
        return response
    }

    /// Field-level checks: 400 listing every bad field.
    private static func validate(_ body: Body) throws -> (UUID, AISuggestionContentType, UUID?) {
        var problems: [String: [String]] = [:]
        let logID = body.logID.flatMap(UUID.init(uuidString:))
        if body.logID == nil {
            problems["log_id"] = ["This field is required."]
        } else if logID == nil {
            problems["log_id"] = ["Must be a valid UUID."]
        }
        let type = body.contentType.flatMap(AISuggestionContentType.init(rawValue:))
        if body.contentType == nil {
            problems["content_type"] = ["This field is required."]
        } else if type == nil {
            let choices = AISuggestionContentType.allCases.map(\.rawValue).joined(separator: ", ")
            problems["content_type"] = ["Invalid choice. Must be one of: \(choices)."]
        }
        if let rating = body.rating, !(1...5).contains(rating) {
            problems["rating"] = ["A rating is a whole number from 1 to 5."]
        }
        if let content = body.content, content.count > 10_000 {
            problems["content"] = ["Ensure this field has no more than 10000 characters."]
        }
        let assetID = body.assetUUID.flatMap(UUID.init(uuidString:))
        if body.assetUUID != nil, assetID == nil { problems["asset_uuid"] = ["Must be a valid UUID."] }
        guard problems.isEmpty, let logID, let type else { throw APIError.validation(problems) }
        return (logID, type, assetID)
    }

    private static func unprocessable(_ fields: [String: [String]]) -> APIError {
        APIError(.unprocessableEntity, "Not a suggestion of this answer", fieldErrors: fields)
    }

    /// Creates the verdict, or replaces the one already given on this log and content type.
    private static func save(
        log: AIGenerationLog, type: AISuggestionContentType, content: String, assetID: UUID?, accepted: Bool,
        rating: Int?, now: Date, on database: any Database
    ) async throws -> (AIAssetMetadata, created: Bool) {
        let logID = try log.requireID()
        func existing() async throws -> AIAssetMetadata? {
            try await AIAssetMetadata.query(on: database)
                .filter(\.$generationLog.$id == logID).filter(\.$contentType == type.rawValue).first()
        }
        func apply(_ verdict: AIAssetMetadata) {
            verdict.aiGeneratedContent = content
            // A verdict that names no asset keeps the one an earlier verdict named.
            if let assetID { verdict.$asset.id = assetID }
            verdict.accepted = accepted
            verdict.userRating = rating
            verdict.updatedAt = now
        }
        if let verdict = try await existing() {
            apply(verdict)
            try await verdict.update(on: database)
            return (verdict, false)
        }
        let verdict = AIAssetMetadata()
        verdict.$user.id = log.$user.id
        verdict.$generationLog.id = logID
        verdict.contentType = type.rawValue
        verdict.modelUsed = log.modelUsed
        verdict.createdAt = now
        apply(verdict)
        do {
            try await verdict.create(on: database)
            return (verdict, true)
        } catch {
            // A concurrent request created it first: this verdict replaces that one.
            guard (error as? any DatabaseError)?.isConstraintFailure == true, let winner = try await existing() else {
                throw error
            }
            apply(winner)
            try await winner.update(on: database)
            return (winner, false)
        }
    }
}
