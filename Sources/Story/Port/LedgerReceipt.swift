import BigInt
import Ethereum

/// The outcome of one ledger transaction, as a chain receipt gives it: where it landed, what the
/// function returned, and the events it emitted.
public struct LedgerReceipt<Result: Sendable>: Sendable {
    /// keccak256 of the transaction (deterministic: the local ledger hashes chain id, sequence
    /// number, sender, target and calldata).
    public let transactionHash: Bytes32
    public let blockNumber: UInt64
    /// Seconds since 1970 (the block's timestamp).
    public let blockTimestamp: UInt64
    /// Position of the transaction within its block.
    public let transactionIndex: UInt32
    /// The sender (`msg.sender`).
    public let from: Address
    /// The contract called.
    public let to: Address
    /// The decoded return value.
    public let result: Result
    /// The events, in emission order.
    public let logs: [LedgerEventRecord]

    /// The events without their positions.
    public var events: [StoryEvent] { logs.map(\.event) }

    public init(
        transactionHash: Bytes32, blockNumber: UInt64, blockTimestamp: UInt64, transactionIndex: UInt32,
        from: Address, to: Address, result: Result, logs: [LedgerEventRecord]
    ) {
        self.transactionHash = transactionHash
        self.blockNumber = blockNumber
        self.blockTimestamp = blockTimestamp
        self.transactionIndex = transactionIndex
        self.from = from
        self.to = to
        self.result = result
        self.logs = logs
    }

    /// The same receipt with another result.
    func map<Other: Sendable>(_ transform: (Result) throws -> Other) rethrows -> LedgerReceipt<Other> {
        LedgerReceipt<Other>(
            transactionHash: transactionHash, blockNumber: blockNumber, blockTimestamp: blockTimestamp,
            transactionIndex: transactionIndex, from: from, to: to, result: try transform(result),
            logs: logs)
    }
}

/// A position in the ledger's event history: block number and log index within the block, as
/// chain logs are ordered. Events are returned strictly after a cursor.
public struct LedgerCursor: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let blockNumber: UInt64
    public let logIndex: UInt32

    public init(blockNumber: UInt64, logIndex: UInt32) {
        self.blockNumber = blockNumber
        self.logIndex = logIndex
    }

    public static func < (lhs: LedgerCursor, rhs: LedgerCursor) -> Bool {
        (lhs.blockNumber, lhs.logIndex) < (rhs.blockNumber, rhs.logIndex)
    }

    public var description: String { "\(blockNumber):\(logIndex)" }
}

/// One event with everything needed to order, deduplicate and attribute it.
public struct LedgerEventRecord: Hashable, Sendable {
    public let blockNumber: UInt64
    public let blockTimestamp: UInt64
    public let transactionHash: Bytes32
    public let transactionIndex: UInt32
    /// Position within the block (across its transactions), as in chain logs.
    public let logIndex: UInt32
    /// The emitting contract.
    public let address: Address
    public let event: StoryEvent

    /// Story's event name, e.g. `IPRegistered`.
    public var name: String { event.name }
    /// Where to resume after this event.
    public var cursor: LedgerCursor { LedgerCursor(blockNumber: blockNumber, logIndex: logIndex) }

    public init(
        blockNumber: UInt64, blockTimestamp: UInt64, transactionHash: Bytes32, transactionIndex: UInt32,
        logIndex: UInt32, address: Address, event: StoryEvent
    ) {
        self.blockNumber = blockNumber
        self.blockTimestamp = blockTimestamp
        self.transactionHash = transactionHash
        self.transactionIndex = transactionIndex
        self.logIndex = logIndex
        self.address = address
        self.event = event
    }
}
