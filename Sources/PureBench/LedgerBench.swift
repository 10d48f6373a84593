import BigInt
import Ethereum
import Foundation
import Story

/// The local ledger: registrations per second (in memory, durable one at a time, durable with
/// concurrent callers sharing fsyncs), a royalty payment to an IP with 1,000 LAP ancestors, and
/// replaying a 100,000-transaction journal at start-up.
let ledgerSuite = BenchmarkSuite(name: "ledger") {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
        "lore-ledger-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }

    try await LedgerBench.registrations(in: LocalLedger(), count: 20_000, concurrency: 1, label: "in memory, serial")
    try await LedgerBench.registrations(
        in: LocalLedger(directory: scratch.appendingPathComponent("serial")),
        count: 1_000, concurrency: 1, label: "durable, serial (fsync each)")
    try await LedgerBench.registrations(
        in: LocalLedger(directory: scratch.appendingPathComponent("concurrent")),
        count: 20_000, concurrency: 64, label: "durable, 64 callers (group commit)")
    try await LedgerBench.deepPayment()
    try await LedgerBench.replay(directory: scratch.appendingPathComponent("replay"), transactions: 100_000)
}

enum LedgerBench {
    /// CPU seconds this process has used (user + system): on a busy machine it shows the work
    /// done, where wall time also counts waiting for a core.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static let creator = LedgerSettings.derivedAddress("bench.creator")

    static func registrationTerms(_ d: StoryDeployment) -> [LicenseTermsData] {
        [
            LicenseTermsData(
                terms: PILFlavor.commercialRemix(
                    defaultMintingFee: 0, commercialRevShare: StoryUnits.percent(5),
                    currency: d.wip, royaltyPolicy: d.royaltyPolicyLAP))
        ]
    }

    static func register(_ ledger: LocalLedger, _ i: Int) async throws {
        let d = ledger.deployment
        let hash = Bytes32.keccak256(Array("asset \(i)".utf8))
        _ = try await ledger.mintAndRegisterIpAndAttachPILTerms(
            from: creator, spgNftContract: d.spgNftContract, recipient: creator,
            ipMetadata: IPMetadata(
                ipMetadataURI: "ipfs://bafkreiexamplemetadata\(i)", ipMetadataHash: hash,
                nftMetadataURI: "ipfs://bafkreiexamplenft\(i)", nftMetadataHash: hash),
            licenseTermsData: registrationTerms(d), allowDuplicates: true)
    }

    /// mintAndRegisterIpAndAttachPILTerms, `count` times, from `concurrency` callers.
    static func registrations(in ledger: LocalLedger, count: Int, concurrency: Int, label: String) async throws {
        let cpuBefore = cpuSeconds()
        let seconds = try await measureAsync {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<concurrency {
                    group.addTask {
                        var i = worker
                        while i < count {
                            try await register(ledger, i)
                            i += concurrency
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        report("ledger", "registrations/s, \(label)", Double(count) / seconds, "tx/s")
        report("ledger", "  CPU per registration, \(label)", (cpuSeconds() - cpuBefore) / Double(count) * 1e6, "µs")
        let blocks = await ledger.blockNumber()
        report("ledger", "  transactions per block, \(label)", Double(count) / Double(blocks), "tx/block")
    }

    /// A chain of 1,000 derivatives under LAP (0.05 % per link, a 50 % stack), then payments to
    /// its tip and one ancestor's claim through it.
    static func deepPayment() async throws {
        let ledger = LocalLedger()
        let d = ledger.deployment
        let payer = LedgerSettings.derivedAddress("bench.payer")
        _ = try await ledger.faucet(to: payer, amount: StoryUnits.wip(1_000_000))
        let root = try await ledger.mintAndRegisterIpAndAttachPILTerms(
            from: creator, spgNftContract: d.spgNftContract, recipient: creator, ipMetadata: IPMetadata(),
            licenseTermsData: [
                LicenseTermsData(
                    terms: PILFlavor.commercialRemix(
                        defaultMintingFee: 0, commercialRevShare: 50_000, currency: d.wip,
                        royaltyPolicy: d.royaltyPolicyLAP))
            ],
            allowDuplicates: true
        ).result
        var tip = root.ipId
        let setup = try await measureAsync {
            for _ in 0..<1_000 {
                tip = try await ledger.mintAndRegisterIpAndMakeDerivative(
                    from: creator, spgNftContract: d.spgNftContract,
                    derivData: MakeDerivative(
                        parentIpIds: [tip], licenseTemplate: d.piLicenseTemplate,
                        licenseTermsIds: root.licenseTermsIds),
                    ipMetadata: IPMetadata(), recipient: creator, allowDuplicates: true
                ).result.ipId
            }
        }
        let ancestors = await ledger.ancestorIpIds(of: tip).count
        let stack = await ledger.royaltyStack(of: tip, policy: d.royaltyPolicyLAP)
        precondition(ancestors == 1_000 && stack == 50_000_000, "the chain must have 1,000 LAP ancestors")
        report("ledger", "building a 1,000-deep derivative chain", setup, "s")
        let payments = 200
        let paying = try await measureAsync {
            for _ in 0..<payments {
                _ = try await ledger.payRoyaltyOnBehalf(
                    from: payer, receiverIpId: tip, payerIpId: .zero, token: d.wip,
                    amount: StoryUnits.wip(1))
            }
        }
        report("ledger", "royalty payment to an IP with 1,000 LAP ancestors", paying / Double(payments) * 1_000, "ms")
        let claiming = try await measureAsync {
            _ = try await ledger.claimAllRevenue(
                from: payer, ancestorIpId: root.ipId, claimer: root.ipId, childIpIds: [tip],
                royaltyPolicies: [d.royaltyPolicyLAP], currencyTokens: [d.wip])
        }
        report("ledger", "root's claim through 1,000 ancestors (first, computes its share)", claiming * 1_000, "ms")
    }

    /// Writes `transactions` registrations to a journal, then measures opening it (full replay).
    static func replay(directory: URL, transactions: Int) async throws {
        var writer: LocalLedger? = try LocalLedger(directory: directory)
        try await registrations(in: writer!, count: transactions, concurrency: 64, label: "building the replay journal")
        writer = nil
        let path = directory.appendingPathComponent(LocalLedger.journalFileName).path
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        report("ledger", "journal size for \(transactions) transactions", size / 1_048_576, "MiB")
        var reopened: LocalLedger?
        let cpuBefore = cpuSeconds()
        let seconds = try measure { reopened = try LocalLedger(directory: directory) }
        let cpu = cpuSeconds() - cpuBefore
        let blocks = await reopened!.blockNumber()
        precondition(blocks > 0, "the replayed ledger must have its blocks")
        report("ledger", "replaying a \(transactions)-transaction journal at start-up", seconds, "s")
        report("ledger", "  CPU used by the replay (both threads)", cpu, "s")
    }
}
