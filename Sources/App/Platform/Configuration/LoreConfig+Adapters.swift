/// Which adapter serves each port — `GET /api/version` reports these.
struct AdapterNames: Sendable, Equatable {
    let database: String
    let ledger: String
    let contentStore: String
    let ai: String
}

extension LoreConfig {
    var adapters: AdapterNames {
        let database: String =
            switch self.database {
            case .sqlite: "sqlite"
            case .postgres: "postgresql"
            }
        // The embedded ledger is the only ledger adapter so far; the Story adapter arrives with its issue.
        return AdapterNames(
            database: database, ledger: "local", contentStore: pinata == nil ? "local" : "pinata", ai: ai.provider.name)
    }
}
