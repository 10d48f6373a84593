import Vapor

extension Request {
    /// The `{uuid}` path segment. One that is not a UUID cannot name an asset: 404, like an
    /// unknown UUID.
    func assetIDParameter() throws -> UUID {
        guard let id = uuidParameter else { throw AssetQueries.notFound }
        return id
    }

    /// The `{uuid}` asset if the signed-in caller owns it (403 when visible but not theirs, 404
    /// when not visible).
    func ownedAssetParameter() async throws -> Asset {
        try await AssetQueries.ownedAsset(try assetIDParameter(), by: try requireUser().requireID(), on: db)
    }

    /// The `{uuid}` asset if the caller (anonymous or not) may see it; 404 otherwise.
    func visibleAssetParameter() async throws -> Asset {
        try await AssetQueries.visibleAsset(try assetIDParameter(), to: auth.get(Principal.self)?.user.id, on: db)
    }
}
