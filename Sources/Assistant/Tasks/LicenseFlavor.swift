/// Story's PIL flavors as Lore names them (DECISIONS.md "Licenses"), with the terms each one fixes
/// (reference/story/story.md §4.1).
public enum LicenseFlavor: String, Sendable, Codable, CaseIterable {
    case nonCommercialSocialRemixing = "non_commercial_social_remixing"
    case commercialUse = "commercial_use"
    case commercialRemix = "commercial_remix"
    case ccBy = "cc_by"

    /// `commercialUse`.
    public var commercialUse: Bool { self != .nonCommercialSocialRemixing }
    /// `derivativesAllowed`.
    public var derivativesAllowed: Bool { self != .commercialUse }
    /// `commercialAttribution` / `derivativesAttribution`: every flavor requires credit.
    public var attributionRequired: Bool { true }
    /// `derivativesReciprocal`: derivatives must carry the same terms.
    public var shareAlike: Bool { self != .commercialUse }
    /// Only Commercial Remix carries a revenue share (`commercialRevShare`).
    public var carriesRoyalty: Bool { self == .commercialRemix }

    public static let allSlugs = allCases.map(\.rawValue).joined(separator: ", ")
}
