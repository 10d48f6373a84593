import Dispatch
import Foundation

/// The file-backed journal with group commit: records queued while a write + fsync is in
/// flight are written and synced together by the next one, and every waiter is released only
/// once its record is synced — so many concurrent transactions share one fsync without any
/// receipt preceding durability.
final class JournalWriter: JournalStore, @unchecked Sendable {
    // Mutable state is guarded by `lock`; file I/O runs on `queue`, one flush at a time.
    private let file: JournalFile
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "lore.ledger.journal")
    private var pending: [UInt8] = []
    private var pendingOffset: UInt64
    private var lastQueued: UInt64
    private var taken: UInt64
    private var durable: UInt64
    private var flushScheduled = false
    private var failure: JournalError?
    private var waiters: [(index: UInt64, continuation: CheckedContinuation<Void, Error>)] = []

    /// `endOffset`: where the next record goes; `lastIndex`: the last record already on disk.
    init(file: JournalFile, endOffset: UInt64, lastIndex: UInt64) {
        self.file = file
        pendingOffset = endOffset
        lastQueued = lastIndex
        taken = lastIndex
        durable = lastIndex
    }

    func enqueue(_ frame: [UInt8], index: UInt64) throws(JournalError) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw JournalError.halted(reason: failure.description) }
        precondition(index == lastQueued + 1, "journal records are queued in order")
        let offset = pendingOffset + UInt64(pending.count)
        pending += frame
        lastQueued = index
        if !flushScheduled {
            flushScheduled = true
            queue.async { self.flush() }
        }
        return offset
    }

    func waitUntilDurable(_ index: UInt64) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            lock.lock()
            if let failure {
                lock.unlock()
                continuation.resume(throwing: JournalError.halted(reason: failure.description))
            } else if durable >= index {
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append((index, continuation))
                lock.unlock()
            }
        }
    }

    func hasTaken(_ index: UInt64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return taken >= index
    }

    var durableIndex: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return durable
    }

    func read(at offset: UInt64, count: Int) throws(JournalError) -> [UInt8] {
        try file.read(at: offset, count: count)
    }

    /// Writes and syncs everything queued so far, then releases the waiters it covers.
    private func flush() {
        lock.lock()
        let bytes = pending
        let offset = pendingOffset
        let upTo = lastQueued
        pending = []
        pendingOffset += UInt64(bytes.count)
        taken = upTo
        lock.unlock()

        var writeError: JournalError?
        do {
            try file.write(bytes, at: offset)
            try file.sync()
        } catch {
            writeError = error
        }

        lock.lock()
        var released: [CheckedContinuation<Void, Error>] = []
        var failed: [CheckedContinuation<Void, Error>] = []
        if let writeError {
            failure = writeError
            failed = waiters.map(\.continuation)
            waiters = []
            flushScheduled = false
        } else {
            durable = upTo
            waiters.removeAll { waiter in
                guard waiter.index <= upTo else { return false }
                released.append(waiter.continuation)
                return true
            }
            if pending.isEmpty { flushScheduled = false }
        }
        let again = flushScheduled
        lock.unlock()

        for continuation in released { continuation.resume() }
        if let writeError {
            for continuation in failed {
                continuation.resume(throwing: JournalError.halted(reason: writeError.description))
            }
        }
        if again { queue.async { self.flush() } }
    }
}
