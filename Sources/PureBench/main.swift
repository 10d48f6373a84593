import Foundation

// `lore-pure-bench [suite…]`: runs the named suites (all when none is named).
// Each module's suite lives in its own file and is listed here.
let suites: [BenchmarkSuite] = [
    keccakSuite,
    signatureSuite,
    ipfsSuite,
    assistantSuite,
    ledgerSuite,
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == LedgerCrashWriter.command {
    // Not a benchmark: the child process of the ledger's kill-and-replay test.
    await LedgerCrashWriter.run(Array(arguments.dropFirst()))
} else {
    let wanted = Set(arguments)
    for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
        try await suite.run()
    }
}
