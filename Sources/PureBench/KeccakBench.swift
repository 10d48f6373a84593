import Ethereum

/// Keccak-256 throughput over a 1 MiB input.
let keccakSuite = BenchmarkSuite(name: "keccak") {
    let input = [UInt8](repeating: 0xa5, count: 1 << 20)
    _ = Keccak256.hash(input)  // warm-up
    var rounds = 0
    var digest: [UInt8] = []
    let seconds = measure {
        while rounds < 200 {
            digest = Keccak256.hash(input)
            rounds += 1
        }
    }
    precondition(digest.count == 32)
    report("keccak", "keccak256 1MiB throughput", Double(rounds) / seconds, "MB/s")
}
