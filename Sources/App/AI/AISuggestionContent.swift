import Assistant
import Foundation
import LoreJSON

/// What part of an answer a verdict is about (`AIAssetMetadata.content_type`): the original
/// system's `title`, `description`, `category`, `tags`, plus the whole answer of the other
/// tasks (`analysis`, `license`, `derivative`).
enum AISuggestionContentType: String, Codable, CaseIterable, Sendable {
    case title, description, category, tags, analysis, license, derivative

    /// The content types an answer of `operation` offers.
    static func offered(by operation: AssistantOperation) -> [AISuggestionContentType] {
        switch operation {
        case .title: [.title]
        case .description: [.description]
        case .analysis: [.category, .tags, .analysis]
        case .license: [.license]
        case .derivative: [.derivative]
        }
    }
}

/// Resolves and checks the content a verdict names against the logged answer, so a verdict can
/// only record what the assistant actually suggested.
struct AISuggestionContent {
    enum Problem: Error, Equatable {
        /// `content` is needed to say which suggestion (one of the four titles).
        case required
        /// `content` is not among the suggestions; the message says what is.
        case notSuggested(String)
        /// `content` is not used for this content type (the whole answer is judged).
        case notApplicable
    }

    let type: AISuggestionContentType
    /// The logged answer (`output_data`).
    let output: JSONValue
    let outputText: String

    /// The content to store: `given` when it is one of the suggestions, else the default.
    func resolve(_ given: String?) throws(Problem) -> String {
        let given = given?.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .title:
            let titles = strings("titles")
            guard let given, !given.isEmpty else { throw .required }
            guard let match = titles.first(where: { $0.caseInsensitiveCompare(given) == .orderedSame }) else {
                throw .notSuggested("Must be one of the suggested titles: \(titles.joined(separator: " | ")).")
            }
            return match
        case .description, .category:
            let key = type == .description ? "enhanced_description" : "category"
            let suggested = output[key]?.stringValue ?? ""
            guard let given, !given.isEmpty else { return suggested }
            guard given == suggested else { throw .notSuggested("Must be the suggested \(type.rawValue), unedited.") }
            return suggested
        case .tags:
            let tags = strings("tags")
            guard let given, !given.isEmpty else { return tags.joined(separator: ", ") }
            let chosen = given.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let unknown = chosen.filter { !tags.contains($0) }
            guard unknown.isEmpty, !chosen.isEmpty else {
                throw .notSuggested(
                    "Must be a comma-separated selection of the suggested tags: \(tags.joined(separator: ", ")).")
            }
            return chosen.joined(separator: ", ")
        case .analysis, .license, .derivative:
            guard given == nil || given?.isEmpty == true else { throw .notApplicable }
            return outputText
        }
    }

    private func strings(_ key: String) -> [String] {
        guard case .array(let values)? = output[key] else { return [] }
        return values.compactMap(\.stringValue)
    }
}
