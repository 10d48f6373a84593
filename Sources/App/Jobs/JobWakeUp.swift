import Foundation
import NIOConcurrencyHelpers

/// Wakes this process' idle workers when a job has been committed here, so it starts at once
/// instead of after the poll interval. Jobs committed by other processes are still found by
/// polling. A counter of signals lets a worker that looked at the queue and found nothing wait
/// only if no signal came since it looked — a signal is never lost between the two.
final class JobWakeUp: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
        /// Waiters whose wait ended before their continuation was registered.
        var finished: Set<UUID> = []
    }

    private let state = NIOLockedValueBox(State())

    /// The number of signals so far; read it before looking at the queue.
    var generation: UInt64 { state.withLockedValue { $0.generation } }

    /// Wakes every waiting worker.
    func signal() {
        let waiters = state.withLockedValue { state in
            state.generation &+= 1
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns after a signal later than `seen` (true), or after `timeout` or when the task is
    /// cancelled (false, unless a signal came meanwhile).
    @discardableResult
    func wait(after seen: UInt64, timeout: Duration) async -> Bool {
        let id = UUID()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: timeout) }
            group.addTask { [self] in
                await withCheckedContinuation { continuation in
                    let resumeNow = state.withLockedValue { state in
                        if state.generation != seen || state.finished.remove(id) != nil { return true }
                        state.waiters[id] = continuation
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
            await group.next()
            group.cancelAll()
            // End the other child: resume its continuation, or stop it from waiting at all.
            let waiter = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
                if let waiter = state.waiters.removeValue(forKey: id) { return waiter }
                state.finished.insert(id)
                return nil
            }
            waiter?.resume()
        }
        return state.withLockedValue { state in
            state.finished.remove(id)
            return state.generation != seen
        }
    }
}
