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

    static func open(file: JournalFile, directory: String, settings: LedgerSettings,
                     timestamp: UInt64) throws -> Opened {
        let size = try file.size()
        let magic = JournalFraming.fileMagic
        if size < UInt64(magic.count) {
            // Empty, or a crash while the magic was being written: start afresh.
            let existing = try file.read(at: 0, count: Int(size))
            guard existing == Array(magic.prefix(existing.count)) else { throw JournalError.notAJournal(path: file.path) }
            return try create(file: file, directory: directory, settings: settings, timestamp: timestamp)
        }
        guard try file.read(at: 0, count: magic.count) == magic else { throw JournalError.notAJournal(path: file.path) }
        return try replay(file: file)
    }

    private static func create(file: JournalFile, directory: String, settings: LedgerSettings,
                               timestamp: UInt64) throws -> Opened {
        try file.truncate(to: 0)
        let genesis = LocalLedger.genesisRecord(settings: settings, timestamp: timestamp)
        let hash = JournalRecord.chainHash(previous: .zero, body: genesis.body)
        let bytes = JournalFraming.fileMagic + JournalFraming.frame(body: genesis.body, hash: hash)
        try file.write(bytes, at: 0)
        try file.sync()
        try JournalFile.syncDirectory(directory)
        let chain = LedgerChain(lastHash: hash, nextIndex: 1, block: .init(number: 0, timestamp: timestamp,
                                                                           lastRecordIndex: 0, transactionCount: 0,
                                                                           logCount: 0))
        return Opened(settings: settings, machine: LedgerMachine(settings: settings), chain: chain,
                      endOffset: UInt64(bytes.count))
    }

    private static func replay(file: JournalFile) throws -> Opened {
        var scanner = try JournalScanner(file: file)
        var settings: LedgerSettings?
        var deployment: StoryDeployment?
        var machine: LedgerMachine?
        var chain = LedgerChain(lastHash: .zero, nextIndex: 0, block: .init(number: 0, timestamp: 0, lastRecordIndex: 0,
                                                                           transactionCount: 0, logCount: 0))
        let outcome = try scanner.scan { (scanned) throws(JournalError) in
            let record = scanned.record
            switch record.payload {
            case .genesis(let json):
                guard record.index == 0, let decoded = try? JSONDecoder().decode(LedgerSettings.self, from: Data(json)) else {
                    throw .corruptRecord(index: record.index, offset: scanned.offset, reason: "unreadable genesis")
                }
                settings = decoded
                deployment = decoded.deployment
                machine = LedgerMachine(settings: decoded)
                machine?.buildsEvents = false
                chain.block = .init(number: 0, timestamp: record.timestamp, lastRecordIndex: 0, transactionCount: 0,
                                    logCount: 0)
                chain.lastHash = scanned.hash
                chain.nextIndex = 1
            case let .transaction(from, to, calldata, _, _):
                guard let machine, let deployment else {
                    throw .corruptRecord(index: record.index, offset: scanned.offset, reason: "no genesis record")
                }
                if record.blockNumber < chain.block.number || record.timestamp < chain.block.timestamp {
                    throw .corruptRecord(index: record.index, offset: scanned.offset, reason: "block goes backwards")
                }
                let call: LedgerCall
                do {
                    call = try LedgerCall(to: to, calldata: calldata, deployment: deployment)
                } catch {
                    throw .replayFailed(index: record.index, reason: "\(error)")
                }
                do {
                    _ = try machine.transact(at: record.timestamp) { () throws(StoryError) in
                        try machine.apply(call, caller: from)
                    }
                } catch {
                    throw .replayFailed(index: record.index, reason: "\(error)")
                }
                // The same transaction must emit as many events as it did when it was recorded.
                guard machine.emittedCount == record.logCount else {
                    throw .replayFailed(index: record.index, reason:
                        "emitted \(machine.emittedCount) events, the journal recorded \(record.logCount)")
                }
                let sameBlock = record.blockNumber == chain.block.number
                chain.append(LedgerChain.Entry(
                    recordIndex: record.index, blockNumber: record.blockNumber, blockTimestamp: record.timestamp,
                    transactionIndex: sameBlock ? chain.block.transactionCount : 0,
                    firstLogIndex: sameBlock ? chain.block.logCount : 0, logCount: UInt32(record.logCount),
                    offset: scanned.offset, frameLength: UInt32(scanned.frameLength)), hash: scanned.hash)
            }
        }
        guard let settings, let machine else {
            throw JournalError.corruptRecord(index: 0, offset: UInt64(JournalFraming.fileMagic.count),
                                             reason: "no genesis record")
        }
        machine.buildsEvents = true
        if outcome.tornBytes > 0 {
            // A crash mid-append: the unfinished record never got a receipt; cut it off.
            try file.truncate(to: outcome.validEnd)
        }
        return Opened(settings: settings, machine: machine, chain: chain, endOffset: outcome.validEnd)
    }
}
