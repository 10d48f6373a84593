import Fluent
import Logging
import SQLKit

/// Indexes that serve every discovery ordering and filter without a sort step: each ends in
/// `created_at, id`, the lists' tie-breakers, so PostgreSQL and SQLite walk them (backwards
/// for the descending orders) and stop after one page. They supersede CreateAssets'
/// `assets_discovery_created` and `assets_discovery_type`, which are their prefixes.
/// On PostgreSQL, trigram indexes on `lower(title)` and `lower(description)` serve `search`
/// (`pg_trgm`; where the extension cannot be installed, search still works, by a table scan).
struct UpdateAssetsAddDiscoveryIndexes: AsyncMigration {
    private static let compositeIndexes: [(name: String, columns: [String])] = [
        ("assets_public_newest", ["registration_status", "is_archived", "created_at", "id"]),
        ("assets_public_by_type", ["asset_type", "registration_status", "is_archived", "created_at", "id"]),
        ("assets_public_by_license", ["license_type", "registration_status", "is_archived", "created_at", "id"]),
        (
            "assets_public_most_remixed",
            ["registration_status", "is_archived", "derivatives_count", "created_at", "id"]
        ),
        (
            "assets_public_most_favorited",
            ["registration_status", "is_archived", "favorites_count", "created_at", "id"]
        ),
        ("assets_owner_status", ["owner_id", "is_archived", "created_at", "id"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        for index in Self.compositeIndexes {
            var builder = sql.create(index: index.name).on(Asset.schema)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
        try await sql.drop(index: "assets_discovery_created").run()
        try await sql.drop(index: "assets_discovery_type").run()
        if sql.dialect.name == "postgresql",
            let trgm = try await TrigramExtension.schema(on: sql, logger: database.logger)
        {
            for column in ["title", "description"] {
                try await sql.raw(
                    """
                    CREATE INDEX \(ident: "assets_\(column)_trigram") ON \(ident: Asset.schema)
                    USING gin (lower(\(ident: column)) \(ident: trgm).gin_trgm_ops)
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "postgresql" {
            try await sql.drop(index: "assets_title_trigram").ifExists().run()
            try await sql.drop(index: "assets_description_trigram").ifExists().run()
        }
        try await sql.create(index: "assets_discovery_created").on(Asset.schema)
            .column("registration_status").column("is_archived").column("created_at").run()
        try await sql.create(index: "assets_discovery_type").on(Asset.schema)
            .column("asset_type").column("registration_status").column("is_archived").column("created_at").run()
        for index in Self.compositeIndexes { try await sql.drop(index: index.name).run() }
    }
}

/// PostgreSQL's `pg_trgm` extension: extensions belong to a whole database, while Lore's
/// tables may live in any schema (`?search_path=`), so it is installed once in `public` (or
/// found wherever it already is) and its operator class is named with its schema.
enum TrigramExtension {
    /// The schema holding `pg_trgm`, installing it if needed; nil when it cannot be installed.
    static func schema(on sql: any SQLDatabase, logger: Logger) async throws -> String? {
        if let existing = try await installedSchema(on: sql) { return existing }
        do {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public").run()
        } catch {
            // Another installation of Lore on this database may have installed it meanwhile;
            // otherwise the server lacks the extension or the privilege to install it.
            if let existing = try await installedSchema(on: sql) { return existing }
            logger.warning("pg_trgm is unavailable, so asset search will scan the table: \(String(reflecting: error))")
            return nil
        }
        return try await installedSchema(on: sql)
    }

    private static func installedSchema(on sql: any SQLDatabase) async throws -> String? {
        try await sql.raw(
            """
            SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_trgm'
            """
        ).first()?.decode(column: "schema", as: String.self)
    }
}
