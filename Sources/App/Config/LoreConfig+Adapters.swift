/// Which adapter serves each port — `GET /api/version` reports these.
struct AdapterNames: Sendable, Equatable {
    let database: String
    let ledger: String
    let contentStore: String
    let ai: String
}

extension LoreConfig {
    var adapters: AdapterNames {
        let database: String = switch self.database {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
        // The embedded ledger and AI provider are the only adapters so far; the Story and
        // OpenAI-compatible adapters arrive with their issues.
        return AdapterNames(
            database: database, ledger: "local", contentStore: pinata == nil ? "local" : "pinata", ai: "local")
    }
}
