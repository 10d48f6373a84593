import Fluent

struct CreateLedgerSyncCursors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LedgerSyncCursor.schema)
            .field("name", .string, .identifier(auto: false))
            .field("block_number", .int64, .required)
            .field("log_index", .int64, .required)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LedgerSyncCursor.schema).delete()
    }
}
