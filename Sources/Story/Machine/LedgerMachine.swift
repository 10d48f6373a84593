import BigInt
import Ethereum

/// The deterministic state machine behind the local ledger: Story v1.3's modules as Swift, run
/// one transaction at a time. Not thread-safe; ``LocalLedger`` (an actor) owns it.
///
/// Every operation is all-or-nothing: writes go through the ``UndoLog`` and a thrown
/// ``StoryError`` rolls them back, as a reverted EVM transaction leaves no trace.
final class LedgerMachine {
    let settings: LedgerSettings
    let deployment: StoryDeployment
    let state = LedgerState()
    /// The modules registered in ModuleRegistry (permission checks treat them specially).
    let registeredModules: Set<Address>

    /// block.timestamp of the transaction being executed.
    private(set) var now: UInt64 = 0
    /// Events of the transaction being executed, in emission order.
    private var pendingLogs: [LedgerLog] = []
    /// How many events the transaction emitted; replays count events instead of building them.
    private(set) var emittedCount = 0
    /// False while replaying the journal, whose records already hold the events.
    var buildsEvents = true
    /// False while replaying: journaled transactions succeeded before, and a replay that fails
    /// stops start-up, so there is nothing to roll back (and no undo entries to allocate).
    var recordsUndo = true

    /// LicenseRegistry.MAX_PARENTS / MAX_ANCESTORS, GroupIPAssetRegistry.MAX_GROUP_SIZE.
    static let maxParents = 16
    static let maxAncestors = 1024
    static let maxGroupSize = 1000

    init(settings: LedgerSettings) {
        self.settings = settings
        deployment = settings.deployment
        registeredModules = [
            deployment.licensingModule, deployment.royaltyModule, deployment.disputeModule,
            deployment.groupingModule, deployment.coreMetadataModule,
        ]
        genesis()
    }

    /// What Story's deployment does before any user transaction (story.md §1 "Default license
    /// terms id"): the Non-Commercial Social Remixing terms become id 1 and the default terms.
    private func genesis() {
        let id = try! registerLicenseTerms(PILFlavor.nonCommercialSocialRemixing())
        state.defaultLicenseTermsId.set(UInt64(id))
        pendingLogs.removeAll()
    }

    /// Runs `body` as one transaction at `timestamp`: its events on success, no trace on failure.
    func transact<Result>(
        at timestamp: UInt64, _ body: () throws(StoryError) -> Result
    ) throws(StoryError) -> (result: Result, logs: [LedgerLog]) {
        now = timestamp
        pendingLogs.removeAll(keepingCapacity: true)
        emittedCount = 0
        if recordsUndo { state.log.begin() }
        do {
            let result = try body()
            state.log.commit()
            let logs = pendingLogs
            pendingLogs.removeAll(keepingCapacity: true)
            return (result, logs)
        } catch {
            state.log.rollback()
            pendingLogs.removeAll(keepingCapacity: true)
            throw error
        }
    }

    /// Runs `body` as `eth_call` does: its result, then every write undone (nil if it reverts).
    func simulate<Result>(at timestamp: UInt64, _ body: () throws(StoryError) -> Result) -> Result? {
        now = timestamp
        pendingLogs.removeAll(keepingCapacity: true)
        state.log.begin()
        defer {
            state.log.rollback()
            pendingLogs.removeAll(keepingCapacity: true)
        }
        return try? body()
    }

    /// Records an event emitted by `contract` (built only when events are wanted).
    func emit(_ contract: Address, _ event: @autoclosure () -> StoryEvent) {
        emittedCount += 1
        if buildsEvents { pendingLogs.append(LedgerLog(address: contract, event: event())) }
    }
}
