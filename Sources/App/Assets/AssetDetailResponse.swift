import Vapor

/// `GET /api/assets/{uuid}/`: every field of ``AssetResponse`` at the top level, plus the
/// asset's `parents` and `derivatives` (06-API-DOCUMENTATION.md §5).
struct AssetDetailResponse: Content {
    let asset: AssetResponse
    let parents: [LinkedAssetSummary]
    let derivatives: [LinkedAssetSummary]

    enum CodingKeys: String, CodingKey {
        case parents, derivatives
    }

    init(asset: AssetResponse, parents: [LinkedAssetSummary], derivatives: [LinkedAssetSummary]) {
        self.asset = asset
        self.parents = parents
        self.derivatives = derivatives
    }

    // The asset's fields and the two lists share one JSON object: both coders merge keyed
    // containers requested twice at the same level.
    init(from decoder: any Decoder) throws {
        asset = try AssetResponse(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parents = try container.decode([LinkedAssetSummary].self, forKey: .parents)
        derivatives = try container.decode([LinkedAssetSummary].self, forKey: .derivatives)
    }

    func encode(to encoder: any Encoder) throws {
        try asset.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parents, forKey: .parents)
        try container.encode(derivatives, forKey: .derivatives)
    }
}
