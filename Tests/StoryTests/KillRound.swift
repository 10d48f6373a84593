import Testing

/// One round of the kill-and-replay test: how many callers the writer runs, how much it may
/// write, and when it is killed.
struct KillRound: CustomStringConvertible {
    enum Kill: Equatable {
        /// Runs to the end (the writer and the checks must agree on a complete run).
        case never
        /// Soon after launch, whatever it is doing (starting, replaying, creating the journal).
        case afterLaunch(milliseconds: Int)
        /// Some time after the ledger is open, in the middle of the writing.
        case afterReady(milliseconds: Int)
        /// Just after the `count`-th receipt of a large burst: group commits of hundreds of
        /// records are in flight, so the kill can land inside one (a torn tail).
        case afterAcknowledgements(count: Int, milliseconds: Int)
    }

    let concurrency: Int
    let count: Int
    let kill: Kill
    /// After the kill, half of the last record is appended again, as a power cut in mid-write
    /// would leave it: a SIGKILL almost never tears a record (the kernel finishes a write of a
    /// few pages before the process dies), so the cut and the next writer appending after it
    /// are exercised this way.
    var appendsTornRecord = false

    var description: String {
        "\(concurrency) callers, kill \(kill)\(appendsTornRecord ? ", then a torn record appended" : "")"
    }

    /// Eight rounds on one journal: a kill at start-up on a new journal, a complete run, a kill
    /// in a burst of 256 callers followed by a torn record, four kills at random moments with
    /// 1…32 callers, and another burst. `count` is far more than a killed writer reaches, so the
    /// kill, not the end, stops it.
    static func plan(using random: inout some RandomNumberGenerator) -> [KillRound] {
        func burst(appendsTornRecord: Bool) -> KillRound {
            let kill = Kill.afterAcknowledgements(
                count: .random(in: 1...400, using: &random), milliseconds: .random(in: 0...3, using: &random))
            return KillRound(concurrency: 256, count: 20_000, kill: kill, appendsTornRecord: appendsTornRecord)
        }
        let startUp = KillRound(
            concurrency: 8, count: 20_000, kill: .afterLaunch(milliseconds: .random(in: 0...150, using: &random)))
        var rounds = [startUp, KillRound(concurrency: 4, count: 120, kill: .never), burst(appendsTornRecord: true)]
        for _ in 0..<4 {
            let concurrency = [1, 2, 4, 8, 16, 32].randomElement(using: &random)!
            let delay = Int.random(in: 10...300, using: &random)
            rounds.append(KillRound(concurrency: concurrency, count: 20_000, kill: .afterReady(milliseconds: delay)))
        }
        rounds.append(burst(appendsTornRecord: false))
        return rounds
    }

    /// Lets `writer` run as planned, then kills it with SIGKILL (a `.never` round is waited for).
    func interrupt(_ writer: CrashWriterProcess, context: String) async throws {
        switch kill {
        case .never:
            return
        case .afterLaunch(let milliseconds):
            try await Task.sleep(for: .milliseconds(milliseconds))
        case .afterReady(let milliseconds):
            let ready = try await writer.wait(timeout: .seconds(30)) { $0.isReady }
            try #require(ready, "\(context): the writer never opened the ledger: \(writer.standardError)")
            try await Task.sleep(for: .milliseconds(milliseconds))
        case .afterAcknowledgements(let count, let milliseconds):
            let reached = try await writer.wait(timeout: .seconds(30)) { $0.acknowledgements.count >= count }
            try #require(reached, "\(context): the writer stopped before \(count) receipts: \(writer.standardError)")
            try await Task.sleep(for: .milliseconds(milliseconds))
        }
        writer.killWithoutWarning()
    }
}
