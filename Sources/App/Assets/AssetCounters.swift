import Fluent
import Foundation
import SQLKit

/// Counters kept on asset rows so discovery can order by them with an index.
enum AssetCounters {
    /// Sets each asset's `derivatives_count` to the number of its registered derivatives.
    static func recountDerivatives(of assetIDs: [UUID], on database: any Database) async throws {
        guard !assetIDs.isEmpty else { return }
        let sql = database.sql
        for id in Set(assetIDs) {
            try await sql.raw(
                """
                UPDATE assets SET derivatives_count = (
                    SELECT COUNT(*) FROM derivative_links l JOIN assets c ON c.id = l.child_id
                    WHERE l.parent_id = \(bind: id) AND c.ip_id IS NOT NULL
                ) WHERE id = \(bind: id)
                """
            ).run()
        }
    }
}
