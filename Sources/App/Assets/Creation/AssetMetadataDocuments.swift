import Foundation

/// The two documents Story expects for an IP (DECISIONS.md "Metadata"): the IP metadata (Story's
/// IPA metadata standard) and the NFT metadata (ERC-721). Both are built only from the asset's
/// stored fields and encoded deterministically (sorted keys, no escaped slashes), so rebuilding
/// them after a crash yields the same bytes, CIDs and hashes.
enum AssetMetadataDocuments {
    struct Creator: Encodable {
        let name: String
        let address: String
        let contributionPercent: Int
    }

    struct IPMetadata: Encodable {
        let title: String
        let description: String
        let createdAt: String
        let creators: [Creator]
        let image: String?
        let imageHash: String?
        let mediaUrl: String
        let mediaHash: String?
        let mediaType: String?
        let ipType: String
        let tags: [String]
    }

    struct Attribute: Encodable {
        let traitType: String
        let value: String

        enum CodingKeys: String, CodingKey {
            case value
            case traitType = "trait_type"
        }
    }

    struct NFTMetadata: Encodable {
        let name: String
        let description: String
        let image: String?
        let animationURL: String?
        let externalURL: String
        let attributes: [Attribute]

        enum CodingKeys: String, CodingKey {
            case name, description, image, attributes
            case animationURL = "animation_url"
            case externalURL = "external_url"
        }
    }

    /// Human names of the asset types, as `ipType`.
    static func ipType(_ type: AssetType) -> String {
        switch type {
        case .digitalArt: "Digital Art"
        case .music: "Music"
        case .writing: "Writing"
        case .photography: "Photography"
        case .gameAsset: "Game Asset"
        }
    }

    /// The IP metadata document's bytes.
    static func ipMetadata(for asset: Asset, owner: User) throws -> [UInt8] {
        let isImage = asset.mediaType?.hasPrefix("image/") == true
        let document = IPMetadata(
            title: asset.title, description: asset.description,
            createdAt: ISO8601.string(from: asset.createdAt ?? Date(timeIntervalSince1970: 0)),
            creators: [Creator(name: owner.username, address: owner.walletAddress, contributionPercent: 100)],
            image: isImage ? asset.mediaURL : nil, imageHash: isImage ? asset.mediaHash : nil,
            mediaUrl: asset.mediaURL, mediaHash: asset.mediaHash, mediaType: asset.mediaType,
            ipType: ipType(asset.assetType), tags: [])
        return try encode(document)
    }

    /// The NFT metadata document's bytes. `external_url` names the asset's page, which also makes
    /// every asset's document (and so its hash) unique — the ledger refuses a duplicate hash.
    static func nftMetadata(for asset: Asset, owner: User, publicOrigin: String) throws -> [UInt8] {
        let media = asset.mediaType ?? ""
        let isImage = media.hasPrefix("image/")
        let isPlayable = media.hasPrefix("audio/") || media.hasPrefix("video/") || media.hasPrefix("model/")
        let document = NFTMetadata(
            name: asset.title, description: asset.description, image: isImage ? asset.mediaURL : nil,
            animationURL: isPlayable ? asset.mediaURL : nil,
            externalURL: SiteURL.asset(.value(try asset.requireID())).absoluteURL(base: publicOrigin),
            attributes: [
                Attribute(traitType: "Asset Type", value: ipType(asset.assetType)),
                Attribute(traitType: "Creator", value: owner.walletAddress),
                Attribute(traitType: "License", value: asset.licenseType),
            ])
        return try encode(document)
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }
}
