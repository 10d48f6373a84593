import Fluent
import Foundation

/// How far a reader of the ledger's events has got (block number, log index): the sync job
/// resumes strictly after it.
final class LedgerSyncCursor: Model, @unchecked Sendable {
    static let schema = "ledger_sync_cursors"

    /// The reader's name (`royalties`).
    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "block_number") var blockNumber: Int64
    @Field(key: "log_index") var logIndex: Int64
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
