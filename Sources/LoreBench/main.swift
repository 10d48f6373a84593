import Foundation

// `lore-bench [suite…]`: HTTP-level benchmarks against a Lore server started in-process on
// loopback with the embedded defaults (a temporary data directory); `discovery` uses the PostgreSQL
// server named by LORE_TEST_DATABASE_URL. All suites run when none is named. Figures are printed
// one per line; see bench/README.md.
let suites: [HTTPBenchmarkSuite] = [
    signInSuite,
    uploadSuite,
    discoverySuite,
    pipelineSuite,
    aiSuite,
]

let wanted = Set(CommandLine.arguments.dropFirst())
for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
    try await suite.run()
}
