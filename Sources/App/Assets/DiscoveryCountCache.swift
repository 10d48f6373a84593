import Foundation

/// What a discovery list is filtered by: the rows it counts, whatever the ordering or page.
struct DiscoveryFilters: Hashable, Sendable {
    var search: String?
    var assetType: AssetType?
    var licenseType: String?
    var ownerID: UUID?
}

/// Discovery's large totals, reused for a few seconds. Counting costs time in proportion to the
/// rows counted (about 30 ms for 92,000 public assets on PostgreSQL, where the page itself
/// takes well under a millisecond), and every visitor of the front page would pay it. A total
/// in the thousands that lags by a few seconds is invisible, so those are kept for `lifetime`;
/// smaller totals are counted on every request and always exact. Concurrent requests for the
/// same total share one count. Per instance, bounded to `capacity` filter combinations.
actor DiscoveryCountCache {
    let lifetime: TimeInterval
    let minimumKept: Int
    let capacity: Int
    private var kept: [DiscoveryFilters: (count: Int, expiresAt: Date)] = [:]
    private var counting: [DiscoveryFilters: Task<Int, any Error>] = [:]

    init(lifetime: TimeInterval = 10, minimumKept: Int = 1000, capacity: Int = 1000) {
        self.lifetime = lifetime
        self.minimumKept = minimumKept
        self.capacity = capacity
    }

    /// The total for `filters`: a kept one that has not expired at `now`, else `count()`'s.
    func total(
        for filters: DiscoveryFilters, now: Date, count: @escaping @Sendable () async throws -> Int
    ) async throws -> Int {
        if let entry = kept[filters], entry.expiresAt > now { return entry.count }
        if let running = counting[filters] { return try await running.value }
        let task = Task { try await count() }
        counting[filters] = task
        let total: Int
        do {
            total = try await task.value
        } catch {
            counting[filters] = nil
            throw error
        }
        counting[filters] = nil
        if total >= minimumKept { keep(total, for: filters, now: now) }
        return total
    }

    var keptCount: Int { kept.count }

    private func keep(_ total: Int, for filters: DiscoveryFilters, now: Date) {
        if kept.count >= capacity, kept[filters] == nil {
            kept = kept.filter { $0.value.expiresAt > now }
            if kept.count >= capacity, let soonest = kept.min(by: { $0.value.expiresAt < $1.value.expiresAt }) {
                kept[soonest.key] = nil
            }
        }
        kept[filters] = (total, now.addingTimeInterval(lifetime))
    }
}
