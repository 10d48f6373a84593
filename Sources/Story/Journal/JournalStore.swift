/// Where the ledger's records go: appended in order, readable by offset, and durable — a
/// record's receipt is returned only after ``waitUntilDurable(_:)`` says it is on stable storage.
protocol JournalStore: AnyObject, Sendable {
    /// Queues a framed record (its index is the next one); returns its byte offset.
    func enqueue(_ frame: [UInt8], index: UInt64) throws(JournalError) -> UInt64
    /// Returns once record `index` (and every one before it) is durable.
    func waitUntilDurable(_ index: UInt64) async throws
    /// True once record `index` has been handed to a write (the block it is in is sealed).
    func hasTaken(_ index: UInt64) -> Bool
    /// The highest durable record index.
    var durableIndex: UInt64 { get }
    /// Reads bytes of durable records.
    func read(at offset: UInt64, count: Int) throws(JournalError) -> [UInt8]
}
