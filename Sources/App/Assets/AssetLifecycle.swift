import Fluent
import Foundation
import SQLKit

/// An asset's life in Lore's database after creation: edit, archive (soft delete), restore and
/// permanent deletion. None of it touches the ledger: a registered IP asset, its license and
/// its links stay on the ledger whatever happens here (06-API-DOCUMENTATION.md §9, §9b).
enum AssetLifecycle {
    /// Applies a validated edit. Changes nothing when the edit names no field.
    static func apply(_ edit: AssetEdit, to asset: Asset, on database: any Database) async throws {
        if let title = edit.title { asset.title = title }
        if let description = edit.description { asset.description = description }
        guard asset.hasChanges else { return }
        try await asset.save(on: database)
    }

    /// Hides the asset from everyone but its owner, who finds it under `status=archived`.
    static func archive(_ asset: Asset, now: Date, on database: any Database) async throws {
        guard !asset.isArchived else { throw APIError.conflict("This asset is already archived.") }
        asset.isArchived = true
        asset.archivedAt = now
        try await asset.save(on: database)
    }

    static func restore(_ asset: Asset, on database: any Database) async throws {
        guard asset.isArchived else {
            throw APIError.conflict("This asset is not archived, so there is nothing to restore.")
        }
        asset.isArchived = false
        asset.archivedAt = nil
        try await asset.save(on: database)
    }

    /// Deletes an archived asset's row (its media stays in the content store, its registration
    /// on the ledger). Refused while it is archived but still being registered, and while other
    /// assets are derivatives of it: deleting it would erase their lineage. Deleting a
    /// derivative removes its links and takes it out of its parents' `derivatives_count`.
    static func permanentlyDelete(_ asset: Asset, on database: any Database) async throws {
        let id = try asset.requireID()
        guard asset.isArchived else {
            throw APIError.conflict("Archive this asset first: only archived assets can be permanently deleted.")
        }
        guard ![.pending, .retrying].contains(asset.registrationStatus) else {
            throw APIError.conflict(
                "This asset is still being registered; wait until its registration has finished or failed.")
        }
        try await database.transaction { transaction in
            let derivatives = try await DerivativeLink.query(on: transaction).filter(\.$parent.$id == id).count()
            guard derivatives == 0 else {
                let noun =
                    derivatives == 1 ? "1 other asset is a derivative" : "\(derivatives) other assets are derivatives"
                throw APIError.conflict(
                    "This asset cannot be permanently deleted: \(noun) of it, and deleting it would erase their "
                        + "lineage. It stays archived (hidden from everyone else).")
            }
            let parentIDs = try await DerivativeLink.query(on: transaction).filter(\.$child.$id == id).all(
                \.$parent.$id)
            try await Asset.query(on: transaction).filter(\.$id == id).delete()
            // Its links went with it: the parents count their registered derivatives again.
            try await AssetCounters.recountDerivatives(of: parentIDs, on: transaction)
        }
    }
}
