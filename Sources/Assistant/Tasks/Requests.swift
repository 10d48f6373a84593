/// `POST /api/assets/ai/generate-title/` inputs (06-API-DOCUMENTATION.md §13).
public struct TitleRequest: Sendable, Equatable, Codable {
    public var description: String
    public var assetType: String?

    public init(description: String, assetType: String? = nil) {
        self.description = description
        self.assetType = assetType
    }

    /// A missing `description` decodes as empty, so validation reports it with the other fields.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            description: try fields.decodeIfPresent(String.self, forKey: .description) ?? "",
            assetType: try fields.decodeIfPresent(String.self, forKey: .assetType))
    }

    enum CodingKeys: String, CodingKey {
        case description
        case assetType = "asset_type"
    }
}

/// `POST /api/assets/ai/enhance-description/` inputs (§14).
public struct DescriptionRequest: Sendable, Equatable, Codable {
    public var description: String
    public var title: String?
    public var assetType: String?

    public init(description: String, title: String? = nil, assetType: String? = nil) {
        self.description = description
        self.title = title
        self.assetType = assetType
    }

    /// A missing `description` decodes as empty, so validation reports it with the other fields.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            description: try fields.decodeIfPresent(String.self, forKey: .description) ?? "",
            title: try fields.decodeIfPresent(String.self, forKey: .title),
            assetType: try fields.decodeIfPresent(String.self, forKey: .assetType))
    }

    enum CodingKeys: String, CodingKey {
        case description, title
        case assetType = "asset_type"
    }
}

/// `POST /api/assets/ai/analyze-content/` inputs (§15).
public struct ContentAnalysisRequest: Sendable, Equatable, Codable {
    public var title: String
    public var description: String
    public var mediaURL: String?

    public init(title: String, description: String, mediaURL: String? = nil) {
        self.title = title
        self.description = description
        self.mediaURL = mediaURL
    }

    /// Missing `title` or `description` decode as empty, so validation reports them together.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try fields.decodeIfPresent(String.self, forKey: .title) ?? "",
            description: try fields.decodeIfPresent(String.self, forKey: .description) ?? "",
            mediaURL: try fields.decodeIfPresent(String.self, forKey: .mediaURL))
    }

    enum CodingKeys: String, CodingKey {
        case title, description
        case mediaURL = "media_url"
    }
}

/// `POST /api/assets/ai/suggest-license/` inputs (§16).
public struct LicenseRequest: Sendable, Equatable, Codable {
    public var assetType: String
    public var description: String
    public var intendedUse: String?

    public init(assetType: String, description: String, intendedUse: String? = nil) {
        self.assetType = assetType
        self.description = description
        self.intendedUse = intendedUse
    }

    /// Missing `asset_type` or `description` decode as empty, so validation reports them together.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            assetType: try fields.decodeIfPresent(String.self, forKey: .assetType) ?? "",
            description: try fields.decodeIfPresent(String.self, forKey: .description) ?? "",
            intendedUse: try fields.decodeIfPresent(String.self, forKey: .intendedUse))
    }

    enum CodingKeys: String, CodingKey {
        case description
        case assetType = "asset_type"
        case intendedUse = "intended_use"
    }
}

/// `POST /api/assets/ai/analyze-derivative/` inputs (§17).
public struct DerivativeRequest: Sendable, Equatable, Codable {
    public var parentDescription: String
    public var childDescription: String
    public var parentMediaURL: String?
    public var childMediaURL: String?

    public init(
        parentDescription: String, childDescription: String, parentMediaURL: String? = nil,
        childMediaURL: String? = nil
    ) {
        self.parentDescription = parentDescription
        self.childDescription = childDescription
        self.parentMediaURL = parentMediaURL
        self.childMediaURL = childMediaURL
    }

    /// Missing descriptions decode as empty, so validation reports them together.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            parentDescription: try fields.decodeIfPresent(String.self, forKey: .parentDescription) ?? "",
            childDescription: try fields.decodeIfPresent(String.self, forKey: .childDescription) ?? "",
            parentMediaURL: try fields.decodeIfPresent(String.self, forKey: .parentMediaURL),
            childMediaURL: try fields.decodeIfPresent(String.self, forKey: .childMediaURL))
    }

    enum CodingKeys: String, CodingKey {
        case parentDescription = "parent_description"
        case childDescription = "child_description"
        case parentMediaURL = "parent_media_url"
        case childMediaURL = "child_media_url"
    }
}
