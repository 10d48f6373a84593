import Fluent
import Vapor

/// Every migration, in order. Append only; never edit one that has shipped.
func registerMigrations(_ app: Application) {
    app.migrations.add(CreateUsers())
    app.migrations.add(CreateAuthTables())
    app.migrations.add(CreateRateLimitCounters())
    app.migrations.add(CreateJobs())
    app.migrations.add(CreateAssets())
    app.migrations.add(CreateLedgerSyncCursors())
    app.migrations.add(UpdateAssetsAddDiscoveryIndexes())
    app.migrations.add(CreateAITables())
}
