import BigInt
import Ethereum
import Foundation
import Testing

@testable import Story

/// The journal's promise under a real crash: a separate process (`lore-pure-bench
/// ledger-crash-writer`) writes to a durable ledger from many concurrent callers and is killed
/// with SIGKILL at a random moment; the ledger reopened from the same directory must hold every
/// acknowledged transaction exactly once, no transaction or effect twice, and an intact hash
/// chain — and the next writer continues on top of it. The schedule comes from a seeded
/// generator: LORE_KILL_REPLAY_SEED=<seed> reruns a failing one (the kills land at the same
/// delays; how far the writer got by then still depends on the machine).
@Suite("Kill and replay", .serialized)
struct KillReplayTests {
    @Test(
        .enabled(if: CrashWriterExecutable.isBuilt, Comment(rawValue: CrashWriterExecutable.skipReason)),
        .timeLimit(.minutes(3)))
    func aKilledWriterLosesAndDuplicatesNothing() async throws {
        let executable = try #require(CrashWriterExecutable.url)
        let seed =
            ProcessInfo.processInfo.environment["LORE_KILL_REPLAY_SEED"].flatMap { UInt64($0) }
            ?? UInt64.random(in: .min ... .max)
        var random = SeededGenerator(seed: seed)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kill-replay-\(UUID().uuidString)", isDirectory: true)
        let directory = scratch.appendingPathComponent("ledger", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        var keepsScratch = false
        defer { if !keepsScratch { try? FileManager.default.removeItem(at: scratch) } }

        var acknowledged: [CrashWriterProcess.Acknowledgement] = []
        var figures = KillReplayFigures(seed: seed)
        for (number, round) in KillRound.plan(using: &random).enumerated() {
            let context = "seed \(seed) (rerun with LORE_KILL_REPLAY_SEED=\(seed)), round \(number), \(round)"
            let writer = try CrashWriterProcess.launch(
                executable: executable, directory: directory, count: round.count, concurrency: round.concurrency,
                scratch: scratch, round: number)
            defer { writer.killWithoutWarning() }
            try await round.interrupt(writer, context: context)
            try #require(try await writer.waitForExit(timeout: .seconds(20)), "\(context): the writer did not exit")
            let output = try writer.output()
            try #require(output.malformedLines.isEmpty, "\(context): unexpected output \(output.malformedLines)")
            if round.kill == .never || !writer.wasKilled {
                // It ran to the end: it must have finished cleanly and acknowledged everything.
                let status = "status \(writer.process.terminationStatus), stderr: \(writer.standardError)"
                try #require(output.isDone && writer.process.terminationStatus == 0, "\(context): \(status)")
                try #require(output.acknowledgements.count == round.count, "\(context)")
            }
            acknowledged += output.acknowledgements
            figures.acknowledged += output.acknowledgements.count
            let journal = directory.appendingPathComponent(LocalLedger.journalFileName).path
            if round.appendsTornRecord { try Self.appendTornRecord(to: journal) }
            let problems: [String]
            do {
                problems = try await verifyReplay(
                    of: journal, after: round, acknowledged: acknowledged, figures: &figures)
            } catch {
                problems = ["the replay failed: \(error)"]
            }
            if !problems.isEmpty {
                keepsScratch = true
                Issue.record(
                    """
                    \(context): \(problems.count) problems after the replay (journal and writer output kept \
                    in \(scratch.path)):
                    \(problems.prefix(20).joined(separator: "\n"))
                    """)
                return
            }
        }
        print(figures)
    }

    @Test(.enabled(if: CrashWriterExecutable.missingUnderCI))
    func theCrashWriterIsBuiltUnderCI() {
        Issue.record("CI=true but \(CrashWriterExecutable.skipReason)")
    }

    /// Reopens the ledger (the replay) and checks it against everything acknowledged so far.
    private func verifyReplay(
        of journal: String, after round: KillRound, acknowledged: [CrashWriterProcess.Acknowledgement],
        figures: inout KillReplayFigures
    ) async throws -> [String] {
        var problems: [String] = []
        let killed = try Self.scan(journal)
        if round.appendsTornRecord, (killed?.tornBytes ?? 0) == 0 {
            problems.append("the appended half record does not read as torn")
        } else if !round.appendsTornRecord, (killed?.tornBytes ?? 0) > 0 {
            figures.tornByKill += 1
        }
        var ledger: LocalLedger? = try LocalLedger(directory: URL(fileURLWithPath: journal).deletingLastPathComponent())
        let history = try await ReplayedHistory(ledger!)
        problems += history.duplicatedTransactions.map { "transaction \($0.hex) journaled twice" }
        problems += history.duplicatedEffects.map { "effect produced twice: \($0)" }
        for ack in acknowledged {
            let what = "acknowledged \(ack.kind) \(ack.key) (\(ack.transactionHash.hex))"
            guard history.positions[ack.transactionHash]?.count == 1 else {
                problems.append("\(what) is missing")
                continue
            }
            guard let effect = ReplayedHistory.Effect(kind: ack.kind) else { continue }
            let producers = history.producers(of: effect, ack.key)
            guard producers == [ack.transactionHash] else {
                problems.append("\(what): its effect comes from \(producers.map(\.hex))")
                continue
            }
            if effect == .metadata, let ipId = history.ipIds[ack.key] {
                let isDerivative = ack.kind == "derivative"
                let metadataHash = await ledger!.ipAsset(ipId)?.nftMetadataHash.hex
                let parents = await ledger!.parentIpIds(of: ipId)
                if metadataHash != ack.key || isDerivative != (parents.count == 1)
                    || isDerivative != history.derivatives.contains(ipId)
                {
                    problems.append("\(what): IP \(ipId) has metadata \(metadataHash ?? "none"), parents \(parents)")
                }
            }
        }
        // Balances agree with the history: what the faucet gave, less the royalties paid.
        let wip = ledger!.deployment.wip
        for (account, amount) in history.minted {
            let balance = await ledger!.balance(of: account, token: wip)
            let expected = amount - (history.paid[account] ?? 0)
            if balance != expected { problems.append("\(account) holds \(balance) WIP, not \(expected)") }
        }
        let total = await ledger!.totalHoldings(token: wip)
        if total != history.minted.values.reduce(0, +) { problems.append("WIP created or destroyed: \(total)") }
        let acknowledgedHashes = Set(acknowledged.map(\.transactionHash))
        figures.unacknowledgedButDurable = history.positions.keys.filter { !acknowledgedHashes.contains($0) }.count
        ledger = nil

        // The journal on disk: chain intact, torn tail cut, every record a transaction seen above.
        guard let replayed = try Self.scan(journal) else { return problems + ["no journal after the replay"] }
        if replayed.tornBytes > 0 { problems.append("the torn tail (\(replayed.tornBytes) bytes) was not cut") }
        // A journal killed before its genesis record was complete starts afresh (genesis only).
        let expected = max(killed?.recordCount ?? 1, 1)
        if replayed.recordCount != expected {
            problems.append("\(replayed.recordCount) records after the replay, \(expected) before")
        }
        if replayed.recordCount != UInt64(history.positions.count + 1) {
            problems.append("\(replayed.recordCount) records but \(history.positions.count) transactions with events")
        }
        if replayed.recordCount < figures.records { problems.append("the journal shrank from \(figures.records)") }
        figures.records = replayed.recordCount
        return problems
    }

    /// Verifies every frame and the hash chain of the journal at `path` (nil when absent).
    private static func scan(_ path: String) throws -> JournalScanner.Outcome? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var scanner = try JournalScanner(file: JournalFile(path: path))
        return try scanner.scan { _ in }
    }

    /// Replaces whatever follows the last intact record with the first half of a copy of it.
    private static func appendTornRecord(to path: String) throws {
        let file = try JournalFile(path: path)
        var scanner = try JournalScanner(file: file)
        var last: (offset: UInt64, length: Int)?
        let outcome = try scanner.scan { last = ($0.offset, $0.frameLength) }
        let (offset, length) = try #require(last)
        let frame = try file.read(at: offset, count: length)
        try file.truncate(to: outcome.validEnd)
        try file.write(Array(frame.prefix(length / 2)), at: outcome.validEnd)
    }
}

/// What the rounds saw, printed at the end.
struct KillReplayFigures: CustomStringConvertible {
    let seed: UInt64
    var acknowledged = 0
    var unacknowledgedButDurable = 0
    /// Kills that left a torn final record (rare: see ``KillRound/appendsTornRecord``).
    var tornByKill = 0
    var records: UInt64 = 0

    var description: String {
        "kill-and-replay: seed \(seed), \(acknowledged) acknowledged, \(unacknowledgedButDurable) durable but "
            + "unacknowledged, \(tornByKill) torn tails left by a kill, \(records) journal records"
    }
}
