import Foundation
import LoreJSON
import Vapor

/// A `PATCH /api/assets/{uuid}/` body: only `title` and `description` may change. Everything
/// else is either the creator's registered record (ip_id, token_id, metadata, media, license:
/// immutable on the ledger, 06-API-DOCUMENTATION.md §8) or managed by Lore, so naming any other
/// field is a 400 rather than silently ignored.
struct AssetEdit: Sendable, Equatable {
    static let titleLengths = 1...200
    static let maximumDescriptionLength = 5000
    static let editableFields: Set<String> = ["title", "description"]

    /// Trimmed.
    var title: String?
    var description: String?

    /// Validates every field of the JSON object, reporting all problems in one 400.
    init(json object: [String: JSONValue]) throws {
        var problems: [String: [String]] = [:]
        for name in object.keys.sorted() where !Self.editableFields.contains(name) {
            problems[name] = ["This field cannot be edited; only title and description can."]
        }
        switch object["title"] {
        case nil: break
        case .string(let raw):
            let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if let problem = Self.titleProblem(trimmed) { problems["title"] = [problem] } else { title = trimmed }
        case .null: problems["title"] = ["This field may not be null."]
        default: problems["title"] = ["Expected a string."]
        }
        switch object["description"] {
        case nil: break
        case .string(let raw):
            if let problem = Self.descriptionProblem(raw) {
                problems["description"] = [problem]
            } else {
                description = raw
            }
        case .null: problems["description"] = ["This field may not be null; send \"\" to clear it."]
        default: problems["description"] = ["Expected a string."]
        }
        guard problems.isEmpty else {
            let fixed = problems.keys.filter { !Self.editableFields.contains($0) }.sorted()
            let detail =
                fixed.isEmpty
                ? nil
                : "Only title and description can be edited; not editable: \(fixed.joined(separator: ", "))."
            throw APIError.validation(problems, detail: detail)
        }
    }

    /// Lengths count Unicode scalars, so a title cannot hide megabytes behind a few
    /// user-perceived characters.
    static func titleProblem(_ trimmedTitle: String) -> String? {
        titleLengths.contains(trimmedTitle.unicodeScalars.count)
            ? nil
            : "The title must be \(titleLengths.lowerBound) to \(titleLengths.upperBound) characters (not counting surrounding spaces)."
    }

    static func descriptionProblem(_ description: String) -> String? {
        description.unicodeScalars.count <= maximumDescriptionLength
            ? nil : "The description may be at most \(maximumDescriptionLength) characters."
    }

    /// Reads the request's JSON object; an absent body changes nothing.
    static func decode(from request: Request) throws -> AssetEdit {
        guard let body = request.body.data, body.readableBytes > 0 else { return try AssetEdit(json: [:]) }
        do {
            return try AssetEdit(json: request.content.decode([String: JSONValue].self))
        } catch let error as DecodingError {
            throw APIError(
                .badRequest, "Malformed request body",
                detail: "The body must be a JSON object with title and/or description. (\(Self.summary(of: error)))")
        }
    }

    private static func summary(of error: DecodingError) -> String {
        switch error {
        case .dataCorrupted: "not valid JSON"
        case .typeMismatch: "not a JSON object"
        default: "unreadable"
        }
    }
}
