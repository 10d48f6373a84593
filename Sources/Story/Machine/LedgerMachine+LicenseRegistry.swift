import BigInt
import Ethereum

/// LicenseRegistry's queries and the IP graph (parents, ancestors, expirations).
extension LedgerMachine {
    func isDerivative(_ ipId: Address) -> Bool { !(state.parents[ipId]?.isEmpty ?? true) }

    func parentIps(of ipId: Address) -> [Address] { state.parents[ipId] ?? [] }

    func childIps(of ipId: Address) -> [Address] { state.children[ipId] ?? [] }

    func attachedTermsIds(of ipId: Address) -> [UInt64] { state.attachedTerms[ipId] ?? [] }

    func hasAttached(_ ipId: Address, template: Address, termsId: UInt64) -> Bool {
        state.licenseTemplateOf[ipId] == template && attachedTermsIds(of: ipId).contains(termsId)
    }

    func expireTime(of ipId: Address) -> UInt64 { state.expireTimes[ipId] ?? 0 }

    /// `expireTime != 0 && expireTime < block.timestamp`.
    func isExpiredNow(_ ipId: Address) -> Bool {
        let time = expireTime(of: ipId)
        return time != 0 && time < now
    }

    func isTagged(_ ipId: Address) -> Bool { state.successfulDisputes[ipId, default: 0] > 0 }

    func groupMemberCount(_ groupId: Address) -> Int { state.groupMembers[groupId]?.count ?? 0 }

    /// The configuration in force: the stored one when `isSet`, else the empty default.
    func licensingConfig(_ ipId: Address, termsId: UInt64) -> LicensingConfig {
        guard let config = state.licensingConfigs[IPTerms(ipId: ipId, termsId: termsId)], config.isSet else {
            return .unset
        }
        return config
    }

    /// LicenseRegistry.getRoyaltyPercent: the terms' share, overridden by a set, non-zero config share.
    func royaltyPercent(_ ipId: Address, termsId: UInt64) -> UInt32 {
        let config = licensingConfig(ipId, termsId: termsId)
        return config.isSet && config.commercialRevShare > 0 ? config.commercialRevShare : royaltyInfo(termsId).percent
    }

    /// Every distinct ancestor, breadth-first from the IP (the IP graph's getAncestorIps).
    func ancestors(of ipId: Address) -> [Address] {
        var seen = Set<Address>()
        var order: [Address] = []
        var queue = [ipId]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            for parent in parentIps(of: current) where seen.insert(parent).inserted {
                order.append(parent)
                queue.append(parent)
            }
        }
        return order
    }

    /// Earliest non-zero of two expiration times (ExpiringOps.getEarliestExpirationTime).
    func earliestExpiration(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        return min(a, b)
    }

    /// Terms' expiry for a derivative registered now: now + expiration, or 0 for never.
    func termsExpiration(_ termsId: UInt64) -> UInt64 {
        guard let t = state.terms[termsId], t.expiration > 0 else { return 0 }
        guard let seconds = UInt64(exactly: t.expiration), seconds <= UInt64.max - now else { return .max }
        return now + seconds
    }
}
