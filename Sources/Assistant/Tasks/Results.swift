/// Four title suggestions (`{"titles": [...]}`).
public struct TitleSuggestions: Sendable, Equatable, Codable {
    /// Exactly four distinct titles of two to six words.
    public var titles: [String]

    public init(titles: [String]) {
        self.titles = titles
    }
}

/// A richer description (`{"enhanced_description": "..."}`).
public struct EnhancedDescription: Sendable, Equatable, Codable {
    public var enhancedDescription: String

    public init(enhancedDescription: String) {
        self.enhancedDescription = enhancedDescription
    }

    enum CodingKeys: String, CodingKey {
        case enhancedDescription = "enhanced_description"
    }
}

/// Metadata extracted from a title and description. `category`, `tags`, `art_style`, `theme` and
/// `genre` are the documented response fields (06 §15); `mood`, `target_audience` and
/// `suggested_asset_type` are Lore's additions.
public struct ContentAnalysis: Sendable, Equatable, Codable {
    public var category: String
    public var tags: [String]
    public var artStyle: String
    public var theme: String
    public var genre: String
    public var mood: String
    public var targetAudience: String
    public var suggestedAssetType: AssetKind

    public init(
        category: String, tags: [String], artStyle: String, theme: String, genre: String, mood: String,
        targetAudience: String, suggestedAssetType: AssetKind
    ) {
        self.category = category
        self.tags = tags
        self.artStyle = artStyle
        self.theme = theme
        self.genre = genre
        self.mood = mood
        self.targetAudience = targetAudience
        self.suggestedAssetType = suggestedAssetType
    }

    enum CodingKeys: String, CodingKey {
        case category, tags, theme, genre, mood
        case artStyle = "art_style"
        case targetAudience = "target_audience"
        case suggestedAssetType = "suggested_asset_type"
    }
}

/// A license recommendation among Lore's PIL flavors (06 §16, DECISIONS.md "Licenses").
public struct LicenseSuggestion: Sendable, Equatable, Codable {
    public var licenseType: LicenseFlavor
    public var commercialUse: Bool
    public var derivativeAllowed: Bool
    public var attributionRequired: Bool
    public var shareAlike: Bool
    /// Share of derivative revenue, 0-100; non-zero only for `commercial_remix`.
    public var royaltyPercentage: Int
    public var explanation: String

    /// A suggestion whose terms are the flavor's own (story.md §4.1), so they never contradict it.
    public init(licenseType: LicenseFlavor, royaltyPercentage: Int, explanation: String) {
        self.licenseType = licenseType
        self.commercialUse = licenseType.commercialUse
        self.derivativeAllowed = licenseType.derivativesAllowed
        self.attributionRequired = licenseType.attributionRequired
        self.shareAlike = licenseType.shareAlike
        self.royaltyPercentage = licenseType == .commercialRemix ? royaltyPercentage : 0
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey {
        case explanation
        case licenseType = "license_type"
        case commercialUse = "commercial_use"
        case derivativeAllowed = "derivative_allowed"
        case attributionRequired = "attribution_required"
        case shareAlike = "share_alike"
        case royaltyPercentage = "royalty_percentage"
    }
}

/// How much a derivative takes from its parent (06 §17).
public struct DerivativeAnalysis: Sendable, Equatable, Codable {
    /// 0 (unrelated) to 100 (the same work).
    public var similarityScore: Int
    public var similarElements: [String]
    public var differences: [String]
    public var isDerivative: Bool
    /// 0-100.
    public var suggestedRoyaltyPercentage: Int
    public var explanation: String

    public init(
        similarityScore: Int, similarElements: [String], differences: [String], isDerivative: Bool,
        suggestedRoyaltyPercentage: Int, explanation: String
    ) {
        self.similarityScore = similarityScore
        self.similarElements = similarElements
        self.differences = differences
        self.isDerivative = isDerivative
        self.suggestedRoyaltyPercentage = suggestedRoyaltyPercentage
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey {
        case differences, explanation
        case similarityScore = "similarity_score"
        case similarElements = "similar_elements"
        case isDerivative = "is_derivative"
        case suggestedRoyaltyPercentage = "suggested_royalty_percentage"
    }
}
