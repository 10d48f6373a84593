import FluentKit
import SQLKit

extension Database {
    /// The database as SQLKit sees it, for the queries Fluent cannot express (upserts, conditional
    /// updates with `RETURNING`, aggregates). Both of Lore's drivers, SQLite and PostgreSQL, are
    /// SQL databases, so this never fails.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Lore's databases are SQL databases (SQLite, PostgreSQL)")
        }
        return sql
    }
}
