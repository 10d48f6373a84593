import BigInt
import Ethereum
import Foundation
import Story
import Testing

/// A fake ledger for app tests (STYLE.md §7): records every transaction it is sent and answers
/// only what the test scripted. A transaction, view or event read that no script answers records
/// a test failure (`Issue.record`) and throws ``Unscripted``, so a test never passes on a ledger
/// path it did not expect — nothing reaches a real ledger.
///
/// Scripts are asked in the order they were added; the first that answers wins. A script returns
/// nil for what is not its business, and may throw (a ``StoryError`` refusal, an outage).
final class RecordingLedger: IPLedger, @unchecked Sendable {
    /// One transaction as it was sent.
    struct Submission: Sendable {
        let call: LedgerCall
        let from: Address
    }

    /// What an unscripted request throws, after recording the test failure.
    struct Unscripted: Error, CustomStringConvertible {
        let request: String
        var description: String { "RecordingLedger: nobody scripted \(request)" }
    }

    typealias CallScript = @Sendable (LedgerCall, Address) throws -> CallResult?
    typealias ViewScript = @Sendable (LedgerView) throws -> LedgerViewResult?
    typealias EventScript = @Sendable (LedgerCursor?, Int) throws -> [LedgerEventRecord]

    let deployment: StoryDeployment
    let operatorAddress: Address

    // The app reaches the ledger from requests and jobs at once: `lock` guards the state below.
    // Scripts run outside it, so they may look at `submissions`.
    private let lock = NSLock()
    private var callScripts: [CallScript] = []
    private var viewScripts: [ViewScript] = []
    private var eventScripts: [EventScript] = []
    private var recorded: [Submission] = []

    /// A fake of the local ledger's deployment and operator (what the app would get by default).
    init(settings: LedgerSettings = LedgerSettings()) {
        deployment = settings.deployment
        operatorAddress = settings.operatorAddress
    }

    /// Every transaction sent so far, scripted or not, in order.
    var submissions: [Submission] { lock.withLock { recorded } }

    /// Answers the transactions `script` returns a result for.
    func onSubmit(_ script: @escaping CallScript) {
        lock.withLock { callScripts.append(script) }
    }

    /// Answers the transactions `matching` accepts with `answers` in turn (a result, or an error
    /// to throw); once they are used up, such transactions are unscripted again.
    func onSubmit(
        _ matching: @escaping @Sendable (LedgerCall) -> Bool, answers: [Result<CallResult, any Error>]
    ) {
        let queue = AnswerQueue(answers)
        onSubmit { call, _ in matching(call) ? try queue.next()?.get() : nil }
    }

    /// Answers the views `script` returns a result for.
    func onRead(_ script: @escaping ViewScript) {
        lock.withLock { viewScripts.append(script) }
    }

    /// Answers event reads (the royalty sync's) with `script`.
    func onEvents(_ script: @escaping EventScript) {
        lock.withLock { eventScripts.append(script) }
    }

    // MARK: IPLedger

    func submit(_ call: LedgerCall, from: Address) async throws -> LedgerReceipt<CallResult> {
        let (number, scripts) = lock.withLock {
            recorded.append(Submission(call: call, from: from))
            return (UInt64(recorded.count), callScripts)
        }
        for script in scripts {
            guard let result = try script(call, from) else { continue }
            // One transaction per block; the hash only has to be unique.
            return LedgerReceipt(
                transactionHash: .keccak256(Array("recorded transaction \(number)".utf8)), blockNumber: number,
                blockTimestamp: 1_750_000_000 + number, transactionIndex: 0, from: from,
                to: call.target(in: deployment), result: result, logs: [])
        }
        throw unscripted("the transaction \(call) from \(from)")
    }

    func read(_ view: LedgerView) async throws -> LedgerViewResult {
        for script in lock.withLock({ viewScripts }) {
            if let result = try script(view) { return result }
        }
        throw unscripted("the view \(view)")
    }

    func events(after cursor: LedgerCursor?, limit: Int) async throws -> [LedgerEventRecord] {
        guard let script = lock.withLock({ eventScripts.first }) else {
            throw unscripted("an event read after \(cursor?.description ?? "the beginning")")
        }
        return try script(cursor, limit)
    }

    private func unscripted(_ request: String) -> Unscripted {
        let error = Unscripted(request: request)
        Issue.record(Comment(rawValue: error.description))
        return error
    }
}

/// Scripted answers handed out one at a time, from any task.
private final class AnswerQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Result<CallResult, any Error>]

    init(_ answers: [Result<CallResult, any Error>]) { self.answers = answers }

    func next() -> Result<CallResult, any Error>? {
        lock.withLock { answers.isEmpty ? nil : answers.removeFirst() }
    }
}
