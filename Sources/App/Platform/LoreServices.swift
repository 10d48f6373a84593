import Assistant
import IPFS
import Story
import Vapor

/// Lore's services, injected through the application's storage (no globals, STYLE.md).
struct LoreServices: Sendable {
    let config: LoreConfig
    let clock: LoreClock
    let rateLimiter: RateLimiter
    let tokens: TokenIssuer
    let contentStore: any ContentStore
    let ledger: any IPLedger
    /// Where tests make the creation pipeline stop as if crashed (empty in production).
    let pipelineFaults: PipelineFaultSwitch
    let jobQueue: JobQueue
    let jobHandlers: [any JobHandler]
    let schedules: [RecurringSchedule]
    let assistant: Assistant
}

extension Application {
    private struct LoreServicesKey: StorageKey {
        typealias Value = LoreServices
    }

    /// Lore's configuration and services; set once by `configure(_:config:)`.
    var lore: LoreServices {
        get {
            guard let services = storage[LoreServicesKey.self] else {
                fatalError("configure(_:config:) has not run: Lore's services are missing")
            }
            return services
        }
        set { storage[LoreServicesKey.self] = newValue }
    }
}

extension Request {
    var lore: LoreServices { application.lore }
}
