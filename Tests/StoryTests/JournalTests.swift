import BigInt
import Ethereum
import Foundation
import Testing

@testable import Story

@Suite("Journal: durability, replay, crash recovery")
struct JournalTests {
    let alice = LedgerFixture.alice, bob = LedgerFixture.bob

    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString)", isDirectory: true)
    }

    private func journalURL(_ directory: URL) -> URL { directory.appendingPathComponent(LocalLedger.journalFileName) }

    /// A short history: faucet, a root with LAP terms, a derivative, a payment, a claim.
    @discardableResult
    private func history(_ ledger: LocalLedger) async throws -> [Bytes32] {
        let d = ledger.deployment
        var hashes: [Bytes32] = []
        hashes.append(try await ledger.faucet(to: alice, amount: StoryUnits.wip(100)).transactionHash)
        hashes.append(try await ledger.faucet(to: bob, amount: StoryUnits.wip(100)).transactionHash)
        let terms = PILFlavor.commercialRemix(
            defaultMintingFee: 7, commercialRevShare: StoryUnits.percent(10),
            currency: d.wip, royaltyPolicy: d.royaltyPolicyLAP)
        let root = try await ledger.mintAndRegisterIpAndAttachPILTerms(
            from: alice, spgNftContract: d.spgNftContract, recipient: alice,
            ipMetadata: IPMetadata(ipMetadataURI: "ipfs://r"),
            licenseTermsData: [LicenseTermsData(terms: terms)], allowDuplicates: true)
        hashes.append(root.transactionHash)
        let child = try await ledger.mintAndRegisterIpAndMakeDerivative(
            from: bob, spgNftContract: d.spgNftContract,
            derivData: MakeDerivative(
                parentIpIds: [root.result.ipId], licenseTemplate: d.piLicenseTemplate,
                licenseTermsIds: root.result.licenseTermsIds),
            ipMetadata: IPMetadata(), recipient: bob, allowDuplicates: true)
        hashes.append(child.transactionHash)
        hashes.append(
            try await ledger.payRoyaltyOnBehalf(
                from: bob, receiverIpId: child.result.ipId, payerIpId: .zero,
                token: d.wip, amount: 1_000
            ).transactionHash)
        hashes.append(
            try await ledger.claimAllRevenue(
                from: alice, ancestorIpId: root.result.ipId, claimer: root.result.ipId,
                childIpIds: [child.result.ipId], royaltyPolicies: [d.royaltyPolicyLAP],
                currencyTokens: [d.wip]
            ).transactionHash)
        return hashes
    }

    private func snapshot(_ ledger: LocalLedger) async throws -> [String] {
        let d = ledger.deployment
        var lines: [String] = []
        for account in [alice, bob, d.royaltyPolicyLAP] {
            lines.append("\(account): \(await ledger.balance(of: account, token: d.wip))")
        }
        let events = try await ledger.events(after: nil, limit: 100_000)
        lines.append("events: \(events.count) last: \(events.last.map { "\($0.cursor) \($0.transactionHash)" } ?? "-")")
        lines.append("block: \(await ledger.blockNumber())")
        lines.append(
            "ip1: \(String(describing: await ledger.ipAsset(ledger.deployment.ipId(tokenContract: d.spgNftContract, tokenId: 1))))"
        )
        return lines
    }

    @Test func reopeningReplaysTheSameStateAndHistory() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = TestClock()
        var ledger: LocalLedger? = try LocalLedger(directory: directory, clock: clock.function)
        let hashes = try await history(ledger!)
        let before = try await snapshot(ledger!)
        ledger = nil
        let reopened = try LocalLedger(directory: directory, clock: clock.function)
        #expect(try await snapshot(reopened) == before)
        let events = try await reopened.events(after: nil, limit: 100_000)
        #expect(Set(events.map(\.transactionHash)).isSuperset(of: Set(hashes)))
        // It continues where it stopped, with fresh token ids.
        let next = try await reopened.mintAndRegisterIp(
            from: alice, spgNftContract: reopened.deployment.spgNftContract,
            recipient: alice, ipMetadata: IPMetadata(), allowDuplicates: true)
        #expect(next.result.tokenId == 3)
        #expect(next.blockNumber == UInt64(hashes.count + 1))
    }

    @Test func transactionHashesAndBlocksAreDeterministic() async throws {
        let first = LocalLedger(clock: TestClock().function)
        let second = LocalLedger(clock: TestClock().function)
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let durable = try LocalLedger(directory: directory, clock: TestClock().function)
        let a = try await history(first)
        #expect(try await history(second) == a)
        #expect(try await history(durable) == a)
        #expect(Set(a).count == a.count)
        // The blocks too: every event at the same block, timestamp, position and transaction.
        let events = try await first.events(after: nil, limit: 100_000)
        #expect(!events.isEmpty && Set(events.map(\.blockNumber)).count > 1)
        #expect(try await second.events(after: nil, limit: 100_000) == events)
        #expect(try await durable.events(after: nil, limit: 100_000) == events)
    }

    @Test func aTornFinalRecordIsDroppedAndNothingElse() async throws {
        for damage in ["cut", "zeros", "cutHeader"] {
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            var ledger: LocalLedger? = try LocalLedger(directory: directory, clock: TestClock().function)
            let hashes = try await history(ledger!)
            let lastReceipt = try await ledger!.faucet(to: alice, amount: 1)
            ledger = nil
            let url = journalURL(directory)
            var bytes = try Data(contentsOf: url)
            let lastFrameStart = try #require(lastFrameOffset(bytes))
            switch damage {
            case "cut": bytes = bytes.prefix(bytes.count - 10)
            case "zeros":
                bytes.replaceSubrange(
                    (lastFrameStart + 20)..<bytes.count,
                    with: Data(repeating: 0, count: bytes.count - lastFrameStart - 20))
            default: bytes = bytes.prefix(lastFrameStart + 6)
            }
            try bytes.write(to: url)
            var reopened: LocalLedger? = try LocalLedger(directory: directory, clock: TestClock().function)
            let events = try await reopened!.events(after: nil, limit: 100_000)
            let recorded = events.map(\.transactionHash)
            // Every earlier transaction is there exactly once; the torn one is gone.
            for hash in hashes { #expect(recorded.contains(hash), "\(damage)") }
            #expect(!recorded.contains(lastReceipt.transactionHash), "\(damage)")
            #expect(await reopened!.balance(of: alice, token: reopened!.deployment.wip) == StoryUnits.wip(100))
            #expect(await reopened!.blockNumber() == UInt64(hashes.count))
            // The file was cut cleanly: new transactions append and survive another restart.
            let again = try await reopened!.faucet(to: alice, amount: 2)
            #expect(again.blockNumber == UInt64(hashes.count + 1))
            reopened = nil
            let third = try LocalLedger(directory: directory, clock: TestClock().function)
            #expect(try await third.events(after: nil, limit: 100_000).last?.transactionHash == again.transactionHash)
        }
    }

    /// A crash while a new journal was being created leaves the magic and part of the genesis
    /// record (or just the magic): nothing was committed, so start-up begins a new journal.
    @Test func aJournalWhoseGenesisWasTornStartsAfresh() async throws {
        for kept in [JournalFraming.fileMagic.count, JournalFraming.fileMagic.count + 40] {
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            _ = try LocalLedger(directory: directory, settings: LedgerSettings(chainId: 4242))
            let url = journalURL(directory)
            try Data(try Data(contentsOf: url).prefix(kept)).write(to: url)
            var reopened: LocalLedger? = try LocalLedger(directory: directory)
            #expect(reopened?.deployment.chainId == StoryDeployment.localChainId, "kept \(kept)")
            let receipt = try await reopened!.faucet(to: alice, amount: 5)
            #expect(receipt.blockNumber == 1, "kept \(kept)")
            reopened = nil
            let third = try LocalLedger(directory: directory)
            #expect(await third.balance(of: alice, token: third.deployment.wip) == 5, "kept \(kept)")
        }
    }

    @Test func corruptionBeforeTheEndStopsStartUpNamingTheRecord() async throws {
        for damage in ["body", "length"] {
            let directory = temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            var ledger: LocalLedger? = try LocalLedger(directory: directory, clock: TestClock().function)
            try await history(ledger!)
            ledger = nil
            let url = journalURL(directory)
            var bytes = try Data(contentsOf: url)
            let offsets = frameOffsets(bytes)
            #expect(offsets.count == 7)  // genesis + 6 transactions
            let third = offsets[3]
            if damage == "body" {
                bytes[third + JournalFraming.headerLength + 30] ^= 0x01
            } else {
                bytes[third + 5] ^= 0x40
            }
            try bytes.write(to: url)
            do {
                _ = try LocalLedger(directory: directory, clock: TestClock().function)
                Issue.record("corruption of record 3 (\(damage)) was not detected")
            } catch let error as JournalError {
                guard case .corruptRecord(let index, let offset, let reason) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(index == 3 && offset == UInt64(third), "\(damage): \(reason)")
                #expect(error.description.contains("journal record 3"))
            }
        }
    }

    /// A well-formed record whose transaction no longer applies (here: forged into the chain)
    /// stops start-up with the record's index rather than silently skipping it.
    @Test func aRecordThatDoesNotReplayStopsStartUp() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ledger: LocalLedger? = try LocalLedger(directory: directory, clock: TestClock().function)
        _ = try await ledger!.faucet(to: alice, amount: 1)
        ledger = nil
        let url = journalURL(directory)
        let bytes = [UInt8](try Data(contentsOf: url))
        let offsets = frameOffsets(Data(bytes))
        let last = offsets[1]
        let length = JournalFraming.bodyLength(ofHeader: Array(bytes[last..<(last + 12)]))!
        let previousHash = Bytes32(Array(bytes[(last + 12 + length)..<(last + 12 + length + 32)]))!
        let d = StoryDeployment.local()
        let forged = LedgerCall.attachLicenseTerms(ipId: bob, licenseTemplate: d.piLicenseTemplate, licenseTermsId: 1)
        let record = JournalRecord(
            index: 2, blockNumber: 2, timestamp: 1_800_000_001,
            payload: .transaction(
                from: alice, to: forged.target(in: d), calldata: forged.calldata, transactionHash: .zero, logs: []))
        let hash = JournalRecord.chainHash(previous: previousHash, body: record.body)
        try Data(bytes + JournalFraming.frame(body: record.body, hash: hash)).write(to: url)
        do {
            _ = try LocalLedger(directory: directory)
            Issue.record("the forged record was replayed")
        } catch let JournalError.replayFailed(index, reason) {
            #expect(index == 2)
            #expect(reason.contains("AccessControlled__NotIpAccount"))
        }
    }

    @Test func anExistingJournalKeepsItsGenesisSettings() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ledger: LocalLedger? = try LocalLedger(directory: directory, settings: LedgerSettings(chainId: 4242))
        _ = try await ledger!.faucet(to: alice, amount: 1)
        ledger = nil
        var reopened: LocalLedger? = try LocalLedger(directory: directory, settings: LedgerSettings(chainId: 31337))
        #expect(reopened?.deployment.chainId == 4242)
        reopened = nil
        try Data("not a journal".utf8).write(to: journalURL(directory))
        #expect(throws: JournalError.notAJournal(path: journalURL(directory).path)) {
            _ = try LocalLedger(directory: directory)
        }
    }

    @Test func aJournalServesOneLedgerAtATime() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try LocalLedger(directory: directory)
        #expect(throws: JournalError.locked(path: journalURL(directory).path)) {
            _ = try LocalLedger(directory: directory)
        }
        _ = try await first.faucet(to: alice, amount: 1)
    }

    @Test func concurrentTransactionsShareSyncsWithoutLosingAny() async throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let receipts = try await registerConcurrently(in: directory, count: 64)
        #expect(Set(receipts.map(\.result.tokenId)) == Set((1...64).map { BigUInt($0) }))
        // Blocks are numbered without gaps and transactions within a block are numbered from 0.
        let blocks = Dictionary(grouping: receipts, by: \.blockNumber)
        #expect(Set(blocks.keys) == Set(1...UInt64(blocks.count)))
        for (_, inBlock) in blocks {
            #expect(Set(inBlock.map(\.transactionIndex)) == Set((0..<inBlock.count).map { UInt32($0) }))
            #expect(Set(inBlock.map(\.blockTimestamp)).count == 1)
        }
        let reopened = try LocalLedger(directory: directory)
        let events = try await reopened.events(after: nil, limit: 100_000)
        #expect(Set(events.map(\.transactionHash)) == Set(receipts.map(\.transactionHash)))
        #expect(await reopened.blockNumber() == UInt64(blocks.count))
    }

    /// `count` registrations from as many concurrent callers; the ledger is released on return.
    private func registerConcurrently(in directory: URL, count: Int) async throws -> [LedgerReceipt<RegisteredIP>] {
        let ledger = try LocalLedger(directory: directory)
        return try await withThrowingTaskGroup(of: LedgerReceipt<RegisteredIP>.self) { group in
            for i in 0..<count {
                group.addTask {
                    try await ledger.mintAndRegisterIp(
                        from: LedgerSettings.derivedAddress("w\(i)"),
                        spgNftContract: ledger.deployment.spgNftContract,
                        recipient: LedgerSettings.derivedAddress("w\(i)"),
                        ipMetadata: IPMetadata(), allowDuplicates: true)
                }
            }
            var all: [LedgerReceipt<RegisteredIP>] = []
            for try await receipt in group { all.append(receipt) }
            return all
        }
    }

    /// Byte offsets of each record frame.
    private func frameOffsets(_ bytes: Data) -> [Int] {
        var offsets: [Int] = []
        var offset = JournalFraming.fileMagic.count
        let array = [UInt8](bytes)
        while offset + JournalFraming.headerLength <= array.count {
            guard let length = JournalFraming.bodyLength(ofHeader: Array(array[offset..<(offset + 12)])) else { break }
            offsets.append(offset)
            offset += JournalFraming.headerLength + length + JournalFraming.hashLength
        }
        return offsets
    }

    private func lastFrameOffset(_ bytes: Data) -> Int? { frameOffsets(bytes).last }
}
