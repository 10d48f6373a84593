import Ethereum

/// Ledger history as chain logs: read back from the journal (only durable transactions).
extension LocalLedger {
    public func events(after cursor: LedgerCursor?, limit: Int = 1_000) throws -> [LedgerEventRecord] {
        let durable = store.durableIndex
        var results: [LedgerEventRecord] = []
        var position = chain.firstEntry(after: cursor)
        while position < chain.entries.count, results.count < limit {
            let entry = chain.entries[position]
            position += 1
            guard entry.recordIndex <= durable else { break }
            guard entry.logCount > 0 else { continue }
            let frame = try store.read(at: entry.offset, count: Int(entry.frameLength))
            let body = Array(frame.dropFirst(JournalFraming.headerLength).dropLast(JournalFraming.hashLength))
            guard let record = try? JournalRecord(body: body),
                case .transaction(_, _, _, let txHash, let logs) = record.payload
            else {
                throw JournalError.corruptRecord(
                    index: entry.recordIndex, offset: entry.offset, reason: "unreadable record")
            }
            for (offset, log) in logs.enumerated() {
                let logIndex = entry.firstLogIndex + UInt32(offset)
                let here = LedgerCursor(blockNumber: entry.blockNumber, logIndex: logIndex)
                if let cursor, here <= cursor { continue }
                let event: StoryEvent
                do {
                    event = try StoryEvent.decode(topics: log.topics, data: log.data)
                } catch {
                    throw JournalError.corruptRecord(
                        index: entry.recordIndex, offset: entry.offset,
                        reason: "log \(offset): \(error)")
                }
                results.append(
                    LedgerEventRecord(
                        blockNumber: entry.blockNumber, blockTimestamp: entry.blockTimestamp, transactionHash: txHash,
                        transactionIndex: entry.transactionIndex, logIndex: logIndex, address: log.address, event: event
                    ))
                if results.count == limit { break }
            }
        }
        return results
    }
}
