import Ethereum

/// The ledger's position: the hash chain's head, the open block, and an index of every
/// transaction record (where it is, which logs it holds) for receipts and `events(after:)`.
struct LedgerChain {
    /// One transaction record.
    struct Entry {
        let recordIndex: UInt64
        let blockNumber: UInt64
        let blockTimestamp: UInt64
        let transactionIndex: UInt32
        let firstLogIndex: UInt32
        let logCount: UInt32
        let offset: UInt64
        let frameLength: UInt32
    }

    /// The newest block: its number, timestamp, last record, and counts so far.
    struct Block {
        var number: UInt64
        var timestamp: UInt64
        var lastRecordIndex: UInt64
        var transactionCount: UInt32
        var logCount: UInt32
    }

    var lastHash: Bytes32
    var nextIndex: UInt64
    var block: Block
    var entries: [Entry] = []

    /// Records the transaction just appended.
    mutating func append(_ entry: Entry, hash: Bytes32) {
        if entry.blockNumber != block.number {
            block = Block(
                number: entry.blockNumber, timestamp: entry.blockTimestamp, lastRecordIndex: entry.recordIndex,
                transactionCount: 0, logCount: 0)
        }
        block.lastRecordIndex = entry.recordIndex
        block.transactionCount += 1
        block.logCount += entry.logCount
        entries.append(entry)
        lastHash = hash
        nextIndex = entry.recordIndex + 1
    }

    /// Index of the first entry holding an event after `cursor`.
    func firstEntry(after cursor: LedgerCursor?) -> Int {
        guard let cursor else { return 0 }
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            let e = entries[mid]
            let last = LedgerCursor(blockNumber: e.blockNumber, logIndex: e.firstLogIndex &+ e.logCount &- 1)
            if e.logCount == 0
                ? LedgerCursor(blockNumber: e.blockNumber, logIndex: e.firstLogIndex) <= cursor
                : last <= cursor
            {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return low
    }
}
