import Fluent
import Vapor

/// Reading assets and their life after creation (`/api/assets/…`): the owner's list, public
/// discovery, detail, edit, archive, restore and permanent deletion. Reads count against the
/// `asset_read` rate limit, writes against `asset_write`.
struct AssetController: Sendable {
    let discoveryCounts = DiscoveryCountCache()

    /// `GET /api/assets/` — the caller's own assets, in every registration state.
    func ownAssets(req: Request) async throws -> Page<AssetResponse> {
        let user = try req.requireUser()
        let parameters = try OwnAssetsParameters(from: req)
        let page = try PageRequest(from: req)
        let (items, count) = try await AssetQueries.ownAssets(
            ownedBy: user.requireID(), parameters, page: page, on: req.db)
        return try makePage(items, count: count, page: page, for: req)
    }

    /// `GET /api/assets/discover/` — public assets of every user; anonymous callers welcome.
    func discover(req: Request) async throws -> Page<AssetResponse> {
        let parameters = try DiscoveryParameters(from: req)
        let page = try PageRequest(from: req)
        let (items, count) = try await AssetQueries.discover(
            parameters, page: page, counts: discoveryCounts, now: req.lore.clock.now(), on: req.db)
        return try makePage(items, count: count, page: page, for: req)
    }

    /// `GET /api/assets/{uuid}/` — the asset with its visible parents and derivatives.
    func detail(req: Request) async throws -> AssetDetailResponse {
        let viewer = req.auth.get(Principal.self)?.user.id
        let asset = try await req.visibleAssetParameter()
        let (parents, derivatives) = try await AssetLinks.summaries(of: asset, visibleTo: viewer, on: req.db)
        return AssetDetailResponse(asset: try AssetResponse(asset), parents: parents, derivatives: derivatives)
    }

    /// `PATCH /api/assets/{uuid}/` — title and description, owner only.
    func update(req: Request) async throws -> AssetResponse {
        let asset = try await req.ownedAssetParameter()
        let edit = try AssetEdit.decode(from: req)
        try await AssetLifecycle.apply(edit, to: asset, on: req.db)
        return try AssetResponse(asset)
    }

    /// `DELETE /api/assets/{uuid}/` — archives (soft delete): 204.
    func archive(req: Request) async throws -> Response {
        let asset = try await req.ownedAssetParameter()
        try await AssetLifecycle.archive(asset, now: req.lore.clock.now(), on: req.db)
        return Response(status: .noContent)
    }

    /// `POST /api/assets/{uuid}/restore/` — un-archives: 200 with the asset.
    func restore(req: Request) async throws -> AssetResponse {
        let asset = try await req.ownedAssetParameter()
        try await AssetLifecycle.restore(asset, on: req.db)
        return try AssetResponse(asset)
    }

    /// `DELETE /api/assets/{uuid}/permanent_delete/` — removes an archived asset: 204.
    func permanentlyDelete(req: Request) async throws -> Response {
        let asset = try await req.ownedAssetParameter()
        try await AssetLifecycle.permanentlyDelete(asset, on: req.db)
        return Response(status: .noContent)
    }

    private func makePage(_ items: [Asset], count: Int, page: PageRequest, for req: Request) throws -> Page<
        AssetResponse
    > {
        Page(results: try items.map(AssetResponse.init), count: count, request: page, for: req)
    }
}
