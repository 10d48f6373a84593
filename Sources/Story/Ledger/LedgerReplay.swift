import Ethereum
import Foundation

/// Start-up: create a journal, or rebuild the state by re-applying every journaled transaction.
enum LedgerReplay {
    struct Opened {
        let settings: LedgerSettings
        let machine: LedgerMachine
        let chain: LedgerChain
        let endOffset: UInt64
    }

    static func open(
        file: JournalFile, directory: String, settings: LedgerSettings,
        timestamp: UInt64
    ) throws -> Opened {
        let size = try file.size()
        let magic = JournalFraming.fileMagic
        if size < UInt64(magic.count) {
            // Empty, or a crash while the magic was being written: start afresh.
            let existing = try file.read(at: 0, count: Int(size))
            guard existing == Array(magic.prefix(existing.count)) else {
                throw JournalError.notAJournal(path: file.path)
            }
            return try create(file: file, directory: directory, settings: settings, timestamp: timestamp)
        }
        guard try file.read(at: 0, count: magic.count) == magic else { throw JournalError.notAJournal(path: file.path) }
        if let replayed = try replay(file: file) { return replayed }
        // A crash while the journal was being created: not even the genesis record is intact,
        // so nothing was ever committed to it.
        return try create(file: file, directory: directory, settings: settings, timestamp: timestamp)
    }

    private static func create(
        file: JournalFile, directory: String, settings: LedgerSettings,
        timestamp: UInt64
    ) throws -> Opened {
        try file.truncate(to: 0)
        let genesis = LocalLedger.genesisRecord(settings: settings, timestamp: timestamp)
        let hash = JournalRecord.chainHash(previous: .zero, body: genesis.body)
        let bytes = JournalFraming.fileMagic + JournalFraming.frame(body: genesis.body, hash: hash)
        try file.write(bytes, at: 0)
        try file.sync()
        try JournalFile.syncDirectory(directory)
        let chain = LedgerChain(
            lastHash: hash, nextIndex: 1,
            block: .init(
                number: 0, timestamp: timestamp,
                lastRecordIndex: 0, transactionCount: 0,
                logCount: 0))
        return Opened(
            settings: settings, machine: LedgerMachine(settings: settings), chain: chain,
            endOffset: UInt64(bytes.count))
    }

    /// A record read, verified and decoded by the pipeline's reading thread.
    private enum Item: Sendable {
        case genesis(settings: LedgerSettings, timestamp: UInt64, hash: Bytes32)
        case transaction(
            index: UInt64, blockNumber: UInt64, timestamp: UInt64, from: Address, call: LedgerCall,
            logCount: Int, offset: UInt64, frameLength: Int, hash: Bytes32)
        case end(JournalScanner.Outcome)
    }

    /// Rebuilds the state from the journal; nil when it holds no intact record at all.
    private static func replay(file: JournalFile) throws -> Opened? {
        let pipeline = ReplayPipeline<Item>()
        pipeline.start { send in try read(file, send) }
        var settings: LedgerSettings?
        var machine: LedgerMachine?
        var chain = LedgerChain(
            lastHash: .zero, nextIndex: 0,
            block: .init(
                number: 0, timestamp: 0, lastRecordIndex: 0,
                transactionCount: 0, logCount: 0))
        var outcome: JournalScanner.Outcome?
        do {
            while let batch = try pipeline.next() {
                for item in batch {
                    switch item {
                    case .genesis(let decoded, let timestamp, let hash):
                        settings = decoded
                        let fresh = LedgerMachine(settings: decoded)
                        fresh.buildsEvents = false
                        fresh.recordsUndo = false
                        machine = fresh
                        chain.block = .init(
                            number: 0, timestamp: timestamp, lastRecordIndex: 0, transactionCount: 0,
                            logCount: 0)
                        chain.lastHash = hash
                        chain.nextIndex = 1
                    case .transaction(
                        let index, let blockNumber, let timestamp, let from, let call, let logCount, let offset,
                        let length, let hash):
                        guard let machine else {
                            throw JournalError.corruptRecord(index: index, offset: offset, reason: "no genesis record")
                        }
                        if blockNumber < chain.block.number || timestamp < chain.block.timestamp {
                            throw JournalError.corruptRecord(
                                index: index, offset: offset, reason: "block goes backwards")
                        }
                        try apply(call, from: from, at: timestamp, index: index, logCount: logCount, on: machine)
                        let sameBlock = blockNumber == chain.block.number
                        chain.append(
                            LedgerChain.Entry(
                                recordIndex: index, blockNumber: blockNumber, blockTimestamp: timestamp,
                                transactionIndex: sameBlock ? chain.block.transactionCount : 0,
                                firstLogIndex: sameBlock ? chain.block.logCount : 0, logCount: UInt32(logCount),
                                offset: offset, frameLength: UInt32(length)), hash: hash)
                    case .end(let result):
                        outcome = result
                    }
                }
            }
        } catch {
            pipeline.cancel()
            throw error
        }
        if outcome?.recordCount == 0 { return nil }
        guard let settings, let machine, let outcome else {
            throw JournalError.corruptRecord(
                index: 0, offset: UInt64(JournalFraming.fileMagic.count),
                reason: "no genesis record")
        }
        machine.buildsEvents = true
        machine.recordsUndo = true
        if outcome.tornBytes > 0 {
            // A crash mid-append: the unfinished record never got a receipt; cut it off.
            try file.truncate(to: outcome.validEnd)
        }
        return Opened(settings: settings, machine: machine, chain: chain, endOffset: outcome.validEnd)
    }

    /// Re-applies one journaled transaction; it must succeed and emit as many events as recorded.
    private static func apply(
        _ call: LedgerCall, from: Address, at timestamp: UInt64, index: UInt64, logCount: Int,
        on machine: LedgerMachine
    ) throws {
        do {
            _ = try machine.transact(at: timestamp) { () throws(StoryError) in try machine.apply(call, caller: from) }
        } catch {
            throw JournalError.replayFailed(index: index, reason: "\(error)")
        }
        guard machine.emittedCount == logCount else {
            throw JournalError.replayFailed(
                index: index,
                reason:
                    "emitted \(machine.emittedCount) events, the journal recorded \(logCount)")
        }
    }

    /// The reading side: verify the chain, decode each record, hand them over in batches.
    private static func read(_ file: JournalFile, _ send: ([Item]) throws(JournalError) -> Void) throws {
        var scanner = try JournalScanner(file: file)
        var deployment: StoryDeployment?
        var batch: [Item] = []
        batch.reserveCapacity(256)
        let outcome = try scanner.scan { (scanned) throws(JournalError) in
            let record = scanned.record
            switch record.payload {
            case .genesis(let json):
                guard record.index == 0, let decoded = try? JSONDecoder().decode(LedgerSettings.self, from: Data(json))
                else {
                    throw .corruptRecord(index: record.index, offset: scanned.offset, reason: "unreadable genesis")
                }
                deployment = decoded.deployment
                batch.append(.genesis(settings: decoded, timestamp: record.timestamp, hash: scanned.hash))
            case .transaction(let from, let to, let calldata, _, _):
                guard let deployment else {
                    throw .corruptRecord(index: record.index, offset: scanned.offset, reason: "no genesis record")
                }
                let call: LedgerCall
                do {
                    call = try LedgerCall(to: to, calldata: calldata, deployment: deployment)
                } catch {
                    throw .replayFailed(index: record.index, reason: "\(error)")
                }
                batch.append(
                    .transaction(
                        index: record.index, blockNumber: record.blockNumber,
                        timestamp: record.timestamp, from: from, call: call, logCount: record.logCount,
                        offset: scanned.offset, frameLength: scanned.frameLength, hash: scanned.hash))
            }
            if batch.count == 256 {
                try send(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        batch.append(.end(outcome))
        try send(batch)
    }
}
