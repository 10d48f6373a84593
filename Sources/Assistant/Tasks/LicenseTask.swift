import Foundation
import LoreJSON

/// A license among Lore's PIL flavors that fits the work and its creator's intended use.
struct LicenseTask: AssistantTask {
    typealias Result = LicenseSuggestion
    static let operation = AssistantOperation.license

    let assetKind: AssetKind
    let description: String
    let intendedUse: String?

    var subject: TaskSubject { .license(assetKind: assetKind, description: description, intendedUse: intendedUse) }
    var isCreative: Bool { false }

    var cacheInputs: [String: String] {
        var inputs = ["asset_type": assetKind.rawValue, "description": description]
        inputs["intended_use"] = intendedUse
        return inputs
    }

    func messages() -> [ChatMessage] {
        let use = intendedUse.map { "Creator's intended use: \(PromptText.quoted($0))\n" } ?? ""
        return [
            .system(PromptText.system),
            .user(
                """
                Recommend one of these Story Protocol license flavors for the work below. Each fixes its terms:
                - "non_commercial_social_remixing": no commercial use; anyone may remix non-commercially \
                with credit; royalty 0.
                - "commercial_use": commercial use allowed against a fee; no derivatives; royalty 0.
                - "commercial_remix": commercial use and remixing allowed; the creator receives \
                royalty_percentage (1-100) of derivatives' revenue.
                - "cc_by": anyone may use and remix, commercially too, with credit only; royalty 0.
                Follow the creator's stated intent when there is one.
                Asset type: \(assetKind.displayName)
                Description: \(PromptText.quoted(description))
                \(use)Answer format: {"license_type": "…", "commercial_use": true|false, \
                "derivative_allowed": true|false, "attribution_required": true, "share_alike": true|false, \
                "royalty_percentage": 0, "explanation": "one or two sentences"}
                """),
        ]
    }

    func readAnswer(_ json: JSONValue) throws(AnswerError) -> LicenseSuggestion {
        let reader = try AnswerReader(json)
        let flavorText = try reader.string("license_type", maxCharacters: 60)
        let slug = flavorText.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(
            of: " ", with: "_")
        guard let flavor = LicenseFlavor(rawValue: slug) else {
            throw .wrongShape("\"license_type\" must be one of \(LicenseFlavor.allSlugs), got \"\(flavorText)\"")
        }
        let royalty = try reader.integer("royalty_percentage", in: 0...100)
        // The flavor fixes the terms (story.md §4.1); an answer that states other terms contradicts
        // itself and is not trusted.
        if !flavor.carriesRoyalty && royalty != 0 {
            throw .wrongShape("\(flavor.rawValue) carries no royalty, but the answer says \(royalty)%")
        }
        let expected: [(String, Bool)] = [
            ("commercial_use", flavor.commercialUse), ("derivative_allowed", flavor.derivativesAllowed),
            ("attribution_required", flavor.attributionRequired), ("share_alike", flavor.shareAlike),
        ]
        for (key, value) in expected where reader.has(key) {
            guard try reader.bool(key) == value else {
                throw .wrongShape("\(flavor.rawValue) has \(key) = \(value), but the answer says \(!value)")
            }
        }
        return LicenseSuggestion(
            licenseType: flavor, royaltyPercentage: royalty,
            explanation: try reader.string("explanation", maxCharacters: 1000))
    }
}
