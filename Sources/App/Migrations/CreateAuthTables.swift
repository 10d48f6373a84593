import Fluent
import SQLKit

/// Nonces, sessions and refresh tokens for Sign-In with Ethereum.
struct CreateAuthTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuthNonce.schema)
            .id()
            .field("nonce", .string, .required)
            .field("wallet_address", .string)
            .field("issued_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "nonce")
            .create()
        try await database.schema(AuthSession.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime)
            .field("revoked_at", .datetime)
            .field("revoked_reason", .string)
            .create()
        try await database.schema(RefreshToken.schema)
            .id()
            .field("session_id", .uuid, .required, .references(AuthSession.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        let sql = database.sql
        try await sql.create(index: "auth_nonces_expires_at").on(AuthNonce.schema).column("expires_at").run()
        try await sql.create(index: "auth_sessions_user_id").on(AuthSession.schema).column("user_id").run()
        try await sql.create(index: "refresh_tokens_session_id").on(RefreshToken.schema).column("session_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RefreshToken.schema).delete()
        try await database.schema(AuthSession.schema).delete()
        try await database.schema(AuthNonce.schema).delete()
    }
}
