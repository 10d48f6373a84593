import Fluent
import Foundation
import SQLKit

/// Who may see an asset — the one rule behind discovery, detail, lineage, AI and royalties. Its
/// owner sees it in every state; everyone else (signed in or not) sees it only once it is
/// registered on the ledger and not archived. To anyone who may not see an asset it does not
/// exist: 404, never 403 (DECISIONS.md "API shape"). The rule is written twice side by side:
/// in Swift for a loaded asset, in SQL for queries.
enum AssetVisibility {
    /// Registered on the ledger and not archived: on discovery lists and visible to all.
    static func isPublic(_ asset: Asset) -> Bool {
        asset.registrationStatus == .registered && !asset.isArchived
    }

    /// Whether the user with id `viewer` (nil: anonymous) may see `asset`.
    static func isVisible(_ asset: Asset, to viewer: UUID?) -> Bool {
        (viewer != nil && asset.$owner.id == viewer) || isPublic(asset)
    }

    /// The same rule in SQL, for the assets row under `table` (the table's name, or the alias
    /// it is joined under): public, or owned by `viewer`.
    static func condition(table: String = Asset.schema, visibleTo viewer: UUID?) -> any SQLExpression {
        let isPublic: SQLQueryString = """
            (\(ident: table).\(ident: "registration_status") = \(bind: RegistrationStatus.registered.rawValue) \
            AND \(ident: table).\(ident: "is_archived") = \(bind: false))
            """
        guard let viewer else { return isPublic }
        let condition: SQLQueryString = "(\(ident: table).\(ident: "owner_id") = \(bind: viewer) OR \(isPublic))"
        return condition
    }

    /// Restricts `query` (of assets, or of another model joined to assets under `table`) to the
    /// assets `viewer` may see; to public assets when `viewer` is nil.
    @discardableResult
    static func restrict<Model>(
        _ query: QueryBuilder<Model>, table: String = Asset.schema, visibleTo viewer: UUID?
    ) -> QueryBuilder<Model> {
        query.filter(.sql(condition(table: table, visibleTo: viewer)))
    }
}
