import Foundation

/// The journal of an in-memory ledger (tests): the same records, kept in memory, durable at once.
final class MemoryJournal: JournalStore, @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var bytes: [UInt8] = JournalFraming.fileMagic
    private var last: UInt64 = 0

    func enqueue(_ frame: [UInt8], index: UInt64) throws(JournalError) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        let offset = UInt64(bytes.count)
        bytes += frame
        last = index
        return offset
    }

    func waitUntilDurable(_ index: UInt64) async throws {}

    func hasTaken(_ index: UInt64) -> Bool { true }

    var durableIndex: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return last
    }

    func read(at offset: UInt64, count: Int) throws(JournalError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        let start = Int(offset)
        return Array(bytes[start..<min(bytes.count, start + count)])
    }
}
