import Foundation

/// Lore's asset types (`IPAsset.asset_type`), which the assistant tailors its answers to.
public enum AssetKind: String, Sendable, Codable, CaseIterable {
    case digitalArt = "digital_art"
    case music
    case writing
    case photography
    case gameAsset = "game_asset"

    /// The name shown to people and used in prompts ("Digital Art").
    public var displayName: String {
        switch self {
        case .digitalArt: "Digital Art"
        case .music: "Music"
        case .writing: "Writing"
        case .photography: "Photography"
        case .gameAsset: "Game Asset"
        }
    }

    /// Accepts the slug (`digital_art`) or the display name in any case or spacing (`Digital art`).
    public init?(userInput: String) {
        let normalized = userInput.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        guard let kind = AssetKind(rawValue: normalized) else { return nil }
        self = kind
    }

    /// The slugs, for "must be one of …" messages.
    public static let allSlugs = allCases.map(\.rawValue).joined(separator: ", ")
}
