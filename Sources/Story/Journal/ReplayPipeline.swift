import Foundation

/// Start-up on two cores: one thread reads, verifies and decodes journal records while the
/// caller applies them, with a bounded hand-over between the two.
final class ReplayPipeline<Item: Sendable>: @unchecked Sendable {
    // All state is guarded by `condition`.
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var finished = false
    private var failure: Error?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 16) { self.capacity = capacity }

    /// Runs `produce` on its own thread; it hands batches to `send` and returns when done.
    func start(_ produce: @escaping @Sendable (_ send: ([Item]) throws(JournalError) -> Void) throws -> Void) {
        let thread = Thread { [self] in
            do {
                try produce { (batch) throws(JournalError) in try self.put(batch) }
                finish(nil)
            } catch {
                finish(error)
            }
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func put(_ batch: [Item]) throws(JournalError) {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw .halted(reason: "start-up was abandoned") }
        batches.append(batch)
        condition.broadcast()
    }

    private func finish(_ error: Error?) {
        condition.lock()
        finished = true
        if let error, !cancelled { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil once the producer is done (rethrowing its error, if any).
    func next() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the producer (the consumer failed) and waits for it to finish.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
