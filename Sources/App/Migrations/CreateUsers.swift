import Fluent

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("wallet_address", .string, .required)
            .field("username", .string, .required)
            .field("bio", .string, .required)
            .field("avatar_url", .string)
            .field("banner_url", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("last_login_at", .datetime)
            .unique(on: "wallet_address")
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
