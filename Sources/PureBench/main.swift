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

let wanted = Set(CommandLine.arguments.dropFirst())
for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
    try await suite.run()
}
