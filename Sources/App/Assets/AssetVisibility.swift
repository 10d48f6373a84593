import Fluent
import Foundation

/// Who may see an asset. Its owner sees it in every state; everyone else (signed in or not)
/// sees it only once it is registered on the ledger and not archived. To anyone who may not
/// see an asset it does not exist: 404, never 403 (DECISIONS.md "API shape").
enum AssetVisibility {
    /// Registered on the ledger and not archived: on discovery lists and visible to all.
    static func isPublic(_ asset: Asset) -> Bool {
        asset.registrationStatus == .registered && !asset.isArchived
    }

    /// Whether the user with id `viewer` (nil: anonymous) may see `asset`.
    static func isVisible(_ asset: Asset, to viewer: UUID?) -> Bool {
        (viewer != nil && asset.$owner.id == viewer) || isPublic(asset)
    }

    /// Restricts `query` to public assets.
    @discardableResult
    static func restrictToPublic(_ query: QueryBuilder<Asset>) -> QueryBuilder<Asset> {
        query.filter(\.$registrationStatus == .registered).filter(\.$isArchived == false)
    }

    /// Restricts `query` (of another model, joined to `assets`) to the assets `viewer` may see.
    @discardableResult
    static func restrictJoined<Model>(_ query: QueryBuilder<Model>, to viewer: UUID?) -> QueryBuilder<Model> {
        guard let viewer else {
            return query.filter(Asset.self, \.$registrationStatus == .registered).filter(Asset.self, \.$isArchived == false)
        }
        return query.group(.or) { either in
            either.filter(Asset.self, \.$owner.$id == viewer)
            either.group(.and) { isPublic in
                isPublic.filter(Asset.self, \.$registrationStatus == .registered).filter(Asset.self, \.$isArchived == false)
            }
        }
    }
}
