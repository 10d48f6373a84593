import Fluent
import SQLKit

/// The AI assistant's tables: generation logs, suggestion verdicts, daily usage statistics, and
/// the answer cache and rate-limit marks every instance shares.
struct CreateAITables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AIGenerationLog.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("asset_id", .uuid, .references(Asset.schema, .id, onDelete: .setNull))
            .field("operation_type", .string, .required)
            .field("model_tier", .string, .required)
            .field("input_data", .string, .required)
            .field("output_data", .string)
            .field("model_used", .string, .required)
            .field("status", .string, .required)
            .field("cache_hit", .bool, .required)
            .field("response_time_ms", .int, .required)
            .field("tokens_used", .int)
            .field("error_message", .string, .required)
            .field("prompt_version", .string, .required)
            .field("attempts", .string, .required)
            .field("cache_key", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(AIAssetMetadata.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("asset_id", .uuid, .references(Asset.schema, .id, onDelete: .cascade))
            .field("generation_log_id", .uuid, .references(AIGenerationLog.schema, .id, onDelete: .setNull))
            .field("content_type", .string, .required)
            .field("ai_generated_content", .string, .required)
            .field("model_used", .string, .required)
            .field("accepted", .bool, .required)
            .field("user_rating", .int)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "generation_log_id", "content_type")
            .create()
        try await database.schema(AIUsageStats.schema)
            .id()
            .field("date", .string, .required)
            .field("scope", .string, .required)
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .cascade))
            .field("total_requests", .int, .required)
            .field("successful_requests", .int, .required)
            .field("failed_requests", .int, .required)
            .field("cache_hits", .int, .required)
            .field("total_response_time_ms", .int64, .required)
            .field("avg_response_time_ms", .double, .required)
            .field("p95_response_time_ms", .int, .required)
            .field("total_tokens_used", .int64, .required)
            .field("requests_by_operation", .string, .required)
            .field("requests_by_model", .string, .required)
            .field("requests_by_status", .string, .required)
            .field("unique_users", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "date", "scope")
            .create()

        let sql = database.sql
        // Keyed by the adapter's name as well as the request's hash: see `DatabaseAnswerCache`.
        try await sql.create(table: "ai_answer_cache")
            .column("namespace", type: .text, .notNull)
            .column("cache_key", type: .text, .notNull)
            .column("model_used", type: .text, .notNull)
            .column("payload", type: .text, .notNull)
            .column("expires_at", type: .custom(SQLRaw(Self.timestampType(sql))), .notNull)
            .primaryKey(["namespace", "cache_key"])
            .run()
        try await sql.create(table: "ai_rate_limit_marks")
            .column("namespace", type: .text, .notNull)
            .column("model", type: .text, .notNull)
            .column("marked_until", type: .custom(SQLRaw(Self.timestampType(sql))), .notNull)
            .primaryKey(["namespace", "model"])
            .run()

        // A user's history and the statistics' date scans; the cache's expiry purge.
        try await sql.create(index: "ai_generation_logs_user_created").on(AIGenerationLog.schema)
            .column("user_id").column("created_at").run()
        try await sql.create(index: "ai_generation_logs_created").on(AIGenerationLog.schema).column("created_at").run()
        try await sql.create(index: "ai_generation_logs_operation_created").on(AIGenerationLog.schema)
            .column("operation_type").column("created_at").run()
        try await sql.create(index: "ai_generation_logs_status_created").on(AIGenerationLog.schema)
            .column("status").column("created_at").run()
        try await sql.create(index: "ai_usage_stats_user_date").on(AIUsageStats.schema).column("user_id").column("date")
            .run()
        try await sql.create(index: "ai_answer_cache_expires").on("ai_answer_cache").column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.drop(table: "ai_rate_limit_marks").run()
        try await sql.drop(table: "ai_answer_cache").run()
        try await database.schema(AIUsageStats.schema).delete()
        try await database.schema(AIAssetMetadata.schema).delete()
        try await database.schema(AIGenerationLog.schema).delete()
    }

    /// The column type Fluent uses for `.datetime`, so dates bound from Swift compare correctly.
    private static func timestampType(_ sql: any SQLDatabase) -> String {
        sql.dialect.name == "postgresql" ? "TIMESTAMPTZ" : "REAL"
    }
}
