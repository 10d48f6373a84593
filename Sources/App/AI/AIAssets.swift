import Fluent
import Foundation

/// Which assets an AI answer or a verdict may be attached to: the caller's own.
enum AIAssets {
    /// The caller's asset `id`. 404 when it does not exist or the caller cannot see it (another
    /// user's unregistered or archived asset); 403 when it is visible but someone else's
    /// (DECISIONS.md "Status codes").
    static func ownAsset(_ id: UUID, of user: User, on database: any Database) async throws -> Asset {
        guard let asset = try await Asset.find(id, on: database) else { throw APIError.notFound("Asset") }
        if asset.$owner.id == user.id { return asset }
        guard AssetVisibility.isVisible(asset, to: user.id) else { throw APIError.notFound("Asset") }
        throw APIError.forbidden("AI answers can only be attached to your own assets.")
    }
}
