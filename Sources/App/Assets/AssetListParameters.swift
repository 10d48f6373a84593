import Vapor

/// The query parameters of `GET /api/assets/` (the caller's own assets). Unknown values are
/// 400s naming the parameter, never silently replaced by a default.
struct OwnAssetsParameters: Sendable, Equatable {
    /// `active` (not archived, the default) or `archived`: the dashboard's two tabs.
    enum Status: String, CaseIterable, Sendable {
        case active, archived
    }

    /// The documented orderings (06-API-DOCUMENTATION.md §4); ties fall back to newest first.
    enum Ordering: String, CaseIterable, Sendable {
        case newest = "-created_at"
        case oldest = "created_at"
        case title
        case titleDescending = "-title"
        case recentlyUpdated = "-updated_at"
    }

    var status: Status = .active
    var assetType: AssetType?
    var ordering: Ordering = .newest

    init(status: Status = .active, assetType: AssetType? = nil, ordering: Ordering = .newest) {
        self.status = status
        self.assetType = assetType
        self.ordering = ordering
    }

    init(from request: Request) throws {
        var reader = QueryParameterReader(request)
        status = reader.choice("status", default: .active)
        assetType = reader.choice("asset_type")
        ordering = reader.choice("ordering", default: .newest)
        try reader.finish()
    }
}

/// The query parameters of `GET /api/assets/discover/` (DECISIONS.md "Discovery").
struct DiscoveryParameters: Sendable, Equatable {
    enum Ordering: String, CaseIterable, Sendable {
        case newest, oldest
        /// Most derivatives first.
        case mostRemixed = "most_remixed"
        /// Most favorites first.
        case mostFavorited = "most_favorited"
    }

    /// Who made the assets: a wallet address (any case) or a username.
    enum Creator: Sendable, Equatable {
        /// Lower-case `0x…`, as stored.
        case walletAddress(String)
        case username(String)
    }

    /// Longer search terms are refused: each one is matched against every title and description.
    static let maximumSearchLength = 100

    /// The license choices of DECISIONS.md "Licenses": Story's PIL flavors and the custom form.

    /// Trimmed; nil when absent or blank.
    var search: String?
    var assetType: AssetType?
    var licenseType: String?
    var creator: Creator?
    var ordering: Ordering = .newest

    init(
        search: String? = nil, assetType: AssetType? = nil, licenseType: String? = nil, creator: Creator? = nil,
        ordering: Ordering = .newest
    ) {
        self.search = search
        self.assetType = assetType
        self.licenseType = licenseType
        self.creator = creator
        self.ordering = ordering
    }

    init(from request: Request) throws {
        var reader = QueryParameterReader(request)
        search = reader.text("search", maximumLength: Self.maximumSearchLength)
        assetType = reader.choice("asset_type")
        licenseType = reader.choice("license_type", among: LicenseSelection.flavors)
        if let creator = reader.text("creator", maximumLength: 100) { self.creator = reader.creator(creator) }
        ordering = reader.choice("ordering", default: .newest)
        try reader.finish()
    }
}

/// Reads query parameters, collecting every problem so one 400 names them all.
struct QueryParameterReader {
    private let request: Request
    private var problems: [String: [String]] = [:]

    init(_ request: Request) { self.request = request }

    /// One of `Value`'s cases by raw value; `fallback` when absent.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ name: String, default fallback: Value) -> Value
    where Value.RawValue == String {
        choice(name) ?? fallback
    }

    mutating func choice<Value: RawRepresentable & CaseIterable>(_ name: String) -> Value?
    where Value.RawValue == String {
        guard let raw = request.query[String.self, at: name] else { return nil }
        if let value = Value(rawValue: raw) { return value }
        problems[name] = [Self.oneOf(Value.allCases.map(\.rawValue))]
        return nil
    }

    mutating func choice(_ name: String, among allowed: [String]) -> String? {
        guard let raw = request.query[String.self, at: name] else { return nil }
        if allowed.contains(raw) { return raw }
        problems[name] = [Self.oneOf(allowed)]
        return nil
    }

    /// Free text, trimmed; nil when absent or blank.
    mutating func text(_ name: String, maximumLength: Int) -> String? {
        guard let raw = request.query[String.self, at: name] else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.count <= maximumLength else {
            problems[name] = ["At most \(maximumLength) characters."]
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A wallet address (`0x` and 40 hex digits, any case) or else a username.
    mutating func creator(_ value: String) -> DiscoveryParameters.Creator? {
        let lowered = value.lowercased()
        if lowered.utf8.count == 42, lowered.hasPrefix("0x"), lowered.dropFirst(2).allSatisfy(\.isHexDigit) {
            return .walletAddress(lowered)
        }
        if Users.usernameProblem(lowered) == nil { return .username(lowered) }
        problems["creator"] = ["A wallet address (0x and 40 hex digits) or a username."]
        return nil
    }

    /// Throws the 400 naming every bad parameter, if any.
    func finish() throws {
        guard problems.isEmpty else { throw APIError.validation(problems, detail: "Invalid query parameters.") }
    }

    private static func oneOf(_ values: [String]) -> String {
        "Must be one of: " + values.joined(separator: ", ") + "."
    }
}
