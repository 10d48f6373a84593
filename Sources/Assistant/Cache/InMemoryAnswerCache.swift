import Foundation

/// A bounded in-process cache with per-entry expiry. When full, expired entries go first, then
/// the oldest stored.
public actor InMemoryAnswerCache: AnswerCache {
    private struct Entry {
        var answer: CachedAnswer
        var expiresAt: Date
        var generation: Int
    }

    public let maxEntries: Int
    private var entries: [String: Entry] = [:]
    /// Keys in store order with the generation stored; stale pairs (replaced or removed keys)
    /// are skipped when evicting.
    private var order: [(key: String, generation: Int)] = []
    private var orderStart = 0
    private var nextGeneration = 0

    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - maxEntries: the bound on stored answers (default 10,000).
    ///   - now: the clock that decides which entries have expired when room is needed; pass the
    ///     assistant's clock when it is not the system's.
    public init(maxEntries: Int = 10_000, now: @escaping @Sendable () -> Date = { Date() }) {
        precondition(maxEntries > 0, "an answer cache must hold at least one entry")
        self.maxEntries = maxEntries
        self.now = now
    }

    public var count: Int { entries.count }

    public func answer(forKey key: String, now: Date) -> CachedAnswer? {
        guard let entry = entries[key] else { return nil }
        if entry.expiresAt <= now {
            entries[key] = nil
            return nil
        }
        return entry.answer
    }

    public func store(_ answer: CachedAnswer, forKey key: String, expiresAt: Date) {
        if entries[key] == nil && entries.count >= maxEntries {
            makeRoom(now: now())
        }
        nextGeneration += 1
        entries[key] = Entry(answer: answer, expiresAt: expiresAt, generation: nextGeneration)
        order.append((key, nextGeneration))
        compactOrderIfNeeded()
    }

    private func makeRoom(now: Date) {
        let before = entries.count
        entries = entries.filter { $0.value.expiresAt > now }
        if entries.count < before { return }
        while orderStart < order.count {
            let (key, generation) = order[orderStart]
            orderStart += 1
            if entries[key]?.generation == generation {
                entries[key] = nil
                return
            }
        }
    }

    /// Keeps `order` from growing without bound as keys are replaced and evicted.
    private func compactOrderIfNeeded() {
        guard order.count > 2 * maxEntries + 64 else { return }
        order = order[orderStart...].filter { entries[$0.key]?.generation == $0.generation }
        orderStart = 0
    }
}
