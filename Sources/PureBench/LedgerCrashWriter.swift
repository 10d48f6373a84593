import BigInt
import Ethereum
import Foundation
import Story

/// `lore-pure-bench ledger-crash-writer <directory> <count> <concurrency>`: the process that
/// Tests/StoryTests/KillReplayTests.swift kills with SIGKILL. It opens the durable ledger in
/// `directory` and submits about `count` transactions from `concurrency` concurrent callers,
/// printing one flushed line per receipt:
///
///     READY <run>                       the ledger is open (once, first)
///     ACK <txhash> <kind> <key>         a receipt: the transaction is durable
///     DONE                              every transaction was submitted
///
/// `key` names the transaction's effect so a checker can find it in the replayed ledger:
/// registration and derivative → the nftMetadataHash (unique per transaction); faucet → the
/// recipient; payment → the receiving IP; claim → the child IP the root claims through.
enum LedgerCrashWriter {
    static let command = "ledger-crash-writer"

    static func run(_ arguments: [String]) async {
        guard arguments.count == 3, let count = Int(arguments[1]), let concurrency = Int(arguments[2]),
            count > 0, concurrency > 0
        else {
            fail("usage: lore-pure-bench \(command) <directory> <count> <concurrency>")
        }
        do {
            let ledger = try LocalLedger(directory: URL(fileURLWithPath: arguments[0], isDirectory: true))
            // Each run's metadata and accounts are new, so effects of earlier runs on the same
            // journal never look like duplicates of this run's.
            let run = UUID().uuidString.lowercased()
            let output = AcknowledgementOutput()
            output.write("READY \(run)")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<concurrency {
                    let steps = count / concurrency + (worker < count % concurrency ? 1 : 0)
                    let script = CrashWriterScript(ledger: ledger, run: run, worker: worker, output: output)
                    group.addTask { try await script.perform(steps: steps) }
                }
                try await group.waitForAll()
            }
            output.write("DONE")
        } catch {
            fail("\(command): \(error)")
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
        exit(1)
    }
}

/// Writes whole lines to stdout, each flushed before the next: a line that reached the file
/// stays there whenever the process is killed.
final class AcknowledgementOutput: @unchecked Sendable {
    // Guards the print + flush pair so lines never interleave or wait in the buffer.
    private let lock = NSLock()

    func write(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        print(line)
        // fflush(nil) flushes stdout (Swift 6 refuses the C global `stdout` as shared mutable state).
        fflush(nil)
    }
}

/// One caller's transactions: its root IP and a funded payer, then cycles of registration,
/// derivative of the root, faucet, payment to that derivative, and the root's claim through it
/// (LAP policy → root's vault → root's IP account). Each step depends only on this caller's
/// earlier receipts, so every claim finds revenue.
struct CrashWriterScript: Sendable {
    let ledger: LocalLedger
    let run: String
    let worker: Int
    let output: AcknowledgementOutput

    private var d: StoryDeployment { ledger.deployment }
    private func address(_ label: String) -> Address {
        LedgerSettings.derivedAddress("crash-writer \(run) w\(worker) \(label)")
    }

    func perform(steps: Int) async throws {
        guard steps > 0 else { return }
        let creator = address("creator")
        let payer = address("payer")
        let root = try await register(step: 0, from: creator)
        guard steps > 1 else { return }
        try await fund(payer, amount: StoryUnits.wip(100_000))
        var child = Address.zero
        for step in 2..<steps {
            let cycle = (step - 2) / 5
            switch (step - 2) % 5 {
            case 0: _ = try await register(step: step, from: creator)
            case 1: child = try await derive(step: step, from: creator, parent: root)
            case 2: try await fund(address("faucet \(cycle)"), amount: StoryUnits.wip(7))
            case 3: try await pay(from: payer, to: child)
            default: try await claim(from: creator, root: root, through: child)
            }
        }
    }

    private func metadata(step: Int) -> IPMetadata {
        let uri = "ipfs://crash-writer/\(run)/\(worker)/\(step)"
        let hash = Bytes32.keccak256(Array(uri.utf8))
        return IPMetadata(ipMetadataURI: uri, ipMetadataHash: hash, nftMetadataURI: uri, nftMetadataHash: hash)
    }

    private func register(step: Int, from creator: Address) async throws -> RegisteredIP {
        let metadata = metadata(step: step)
        let terms = PILFlavor.commercialRemix(
            defaultMintingFee: 0, commercialRevShare: StoryUnits.percent(5), currency: d.wip,
            royaltyPolicy: d.royaltyPolicyLAP)
        // allowDuplicates: the ledger must not be what keeps a replayed duplicate out; the checker is.
        let receipt = try await ledger.mintAndRegisterIpAndAttachPILTerms(
            from: creator, spgNftContract: d.spgNftContract, recipient: creator, ipMetadata: metadata,
            licenseTermsData: [LicenseTermsData(terms: terms)], allowDuplicates: true)
        acknowledge(receipt.transactionHash, "registration", metadata.nftMetadataHash.hex)
        return receipt.result
    }

    private func derive(step: Int, from creator: Address, parent: RegisteredIP) async throws -> Address {
        let metadata = metadata(step: step)
        let receipt = try await ledger.mintAndRegisterIpAndMakeDerivative(
            from: creator, spgNftContract: d.spgNftContract,
            derivData: MakeDerivative(
                parentIpIds: [parent.ipId], licenseTemplate: d.piLicenseTemplate,
                licenseTermsIds: parent.licenseTermsIds),
            ipMetadata: metadata, recipient: creator, allowDuplicates: true)
        acknowledge(receipt.transactionHash, "derivative", metadata.nftMetadataHash.hex)
        return receipt.result.ipId
    }

    private func fund(_ account: Address, amount: BigUInt) async throws {
        let receipt = try await ledger.faucet(to: account, amount: amount)
        acknowledge(receipt.transactionHash, "faucet", account.lowercased)
    }

    private func pay(from payer: Address, to child: Address) async throws {
        let receipt = try await ledger.payRoyaltyOnBehalf(
            from: payer, receiverIpId: child, payerIpId: .zero, token: d.wip, amount: StoryUnits.wip(1))
        acknowledge(receipt.transactionHash, "payment", child.lowercased)
    }

    private func claim(from creator: Address, root: RegisteredIP, through child: Address) async throws {
        let receipt = try await ledger.claimAllRevenue(
            from: creator, ancestorIpId: root.ipId, claimer: root.ipId, childIpIds: [child],
            royaltyPolicies: [d.royaltyPolicyLAP], currencyTokens: [d.wip])
        acknowledge(receipt.transactionHash, "claim", child.lowercased)
    }

    private func acknowledge(_ transactionHash: Bytes32, _ kind: String, _ key: String) {
        output.write("ACK \(transactionHash.hex) \(kind) \(key)")
    }
}
