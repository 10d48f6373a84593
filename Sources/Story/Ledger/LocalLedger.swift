import BigInt
import Ethereum
import Foundation

/// The embedded ledger: Story Protocol v1.3's rules, identifiers, units and events, with state
/// rebuilt at start-up from an append-only, hash-chained journal (or kept in memory for tests).
///
/// An actor: transactions execute one at a time, in the order they reach it. A receipt is
/// returned only once the transaction's record is fsync'd; records that arrive while a sync is
/// in flight share the next one (group commit) and form one block.
public actor LocalLedger: IPLedger {
    public nonisolated let settings: LedgerSettings
    public nonisolated let deployment: StoryDeployment
    public nonisolated var operatorAddress: Address { settings.operatorAddress }
    /// Where the journal lives; nil for an in-memory ledger.
    public nonisolated let journalPath: String?

    let machine: LedgerMachine
    let store: any JournalStore
    private let clock: @Sendable () -> UInt64
    var chain: LedgerChain
    /// Set when a journal write failed after a transaction changed the state: the in-memory state
    /// is then ahead of the disk, so the ledger refuses further transactions until restarted.
    private var halted: JournalError?

    /// Seconds since 1970.
    public static let systemClock: @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970) }

    /// The journal file inside a data directory.
    public static let journalFileName = "journal.lrj"

    /// An in-memory ledger (nothing survives the process).
    public init(
        settings: LedgerSettings = LedgerSettings(), clock: @escaping @Sendable () -> UInt64 = LocalLedger.systemClock
    ) {
        let store = MemoryJournal()
        let genesis = Self.genesisRecord(settings: settings, timestamp: max(clock(), 1))
        let hash = JournalRecord.chainHash(previous: .zero, body: genesis.body)
        _ = try? store.enqueue(JournalFraming.frame(body: genesis.body, hash: hash), index: 0)
        self.settings = settings
        deployment = settings.deployment
        journalPath = nil
        machine = LedgerMachine(settings: settings)
        self.store = store
        self.clock = clock
        chain = LedgerChain(
            lastHash: hash, nextIndex: 1,
            block: .init(
                number: 0, timestamp: genesis.timestamp,
                lastRecordIndex: 0, transactionCount: 0, logCount: 0))
    }

    /// Opens (or creates) the durable ledger in `directory` (the app passes `data/ledger/`),
    /// replaying its journal. A new journal records `settings` as its genesis; an existing one
    /// keeps the settings it was created with. A torn final record is cut off; any other damage
    /// throws ``JournalError``.
    public init(
        directory: URL, settings: LedgerSettings = LedgerSettings(),
        clock: @escaping @Sendable () -> UInt64 = LocalLedger.systemClock
    ) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(Self.journalFileName).path
        let file = try JournalFile(path: path)
        let opened = try LedgerReplay.open(
            file: file, directory: directory.path, settings: settings,
            timestamp: max(clock(), 1))
        self.settings = opened.settings
        deployment = opened.settings.deployment
        journalPath = path
        machine = opened.machine
        chain = opened.chain
        store = JournalWriter(file: file, endOffset: opened.endOffset, lastIndex: opened.chain.nextIndex - 1)
        self.clock = clock
    }

    static func genesisRecord(settings: LedgerSettings, timestamp: UInt64) -> JournalRecord {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(settings)).map { Array($0) } ?? []
        return JournalRecord(index: 0, blockNumber: 0, timestamp: timestamp, payload: .genesis(settingsJSON: json))
    }

    /// Executes `call` for `from`, journals it, waits for durability, and returns the receipt.
    /// Live transactions and replays both go through `LedgerMachine.apply(_:caller:)`.
    public func submit(_ call: LedgerCall, from: Address) async throws -> LedgerReceipt<CallResult> {
        if let halted { throw JournalError.halted(reason: halted.description) }
        let opensBlock = store.hasTaken(chain.block.lastRecordIndex)
        let blockNumber = opensBlock ? chain.block.number + 1 : chain.block.number
        let timestamp = opensBlock ? max(clock(), chain.block.timestamp, 1) : chain.block.timestamp
        let (result, logs) = try machine.transact(at: timestamp) { () throws(StoryError) in
            try machine.apply(call, caller: from)
        }
        // From here the state has changed: the record must reach the journal.
        let index = chain.nextIndex
        let to = call.target(in: deployment)
        let calldata = call.calldata
        let txHash = Self.transactionHash(
            chainId: settings.chainId, index: index, from: from, to: to, calldata: calldata)
        let encodedLogs = logs.map { log in
            let encoded = log.event.log
            return JournalRecord.EncodedLog(address: log.address, topics: encoded.topics, data: encoded.data)
        }
        let record = JournalRecord(
            index: index, blockNumber: blockNumber, timestamp: timestamp,
            payload: .transaction(
                from: from, to: to, calldata: calldata, transactionHash: txHash, logs: encodedLogs))
        let body = record.body
        let hash = JournalRecord.chainHash(previous: chain.lastHash, body: body)
        let frame = JournalFraming.frame(body: body, hash: hash)
        let offset: UInt64
        do {
            offset = try store.enqueue(frame, index: index)
        } catch {
            halted = error
            throw error
        }
        let transactionIndex = opensBlock ? 0 : chain.block.transactionCount
        let firstLog = opensBlock ? 0 : chain.block.logCount
        chain.append(
            LedgerChain.Entry(
                recordIndex: index, blockNumber: blockNumber, blockTimestamp: timestamp,
                transactionIndex: transactionIndex, firstLogIndex: firstLog,
                logCount: UInt32(logs.count), offset: offset, frameLength: UInt32(frame.count)),
            hash: hash)
        do {
            try await store.waitUntilDurable(index)
        } catch let error as JournalError {
            halted = error
            throw error
        }
        let records = logs.enumerated().map { offset, log in
            LedgerEventRecord(
                blockNumber: blockNumber, blockTimestamp: timestamp, transactionHash: txHash,
                transactionIndex: transactionIndex, logIndex: firstLog + UInt32(offset),
                address: log.address, event: log.event)
        }
        return LedgerReceipt(
            transactionHash: txHash, blockNumber: blockNumber, blockTimestamp: timestamp,
            transactionIndex: transactionIndex, from: from, to: to, result: result, logs: records)
    }

    /// keccak256(abi.encode(chainId, sequence number, from, to, calldata)).
    static func transactionHash(
        chainId: UInt64, index: UInt64, from: Address, to: Address, calldata: [UInt8]
    ) -> Bytes32 {
        let encoded =
            (try? ABI.encode(
                [.uint(BigUInt(chainId)), .uint(BigUInt(index)), .address(from), .address(to), .bytes(calldata)],
                as: [.uint256, .uint256, .address, .address, .bytes])) ?? []
        return Bytes32.keccak256(encoded)
    }
}
