import BigInt
import Ethereum
import Foundation
import Story

/// An IP's royalty position on the ledger, and the claim that collects it (story.md §4.4).
enum Royalties {
    /// What `ipId` can collect now: revenue already in its vault, and its share of its
    /// descendants' revenue still held by the royalty policies.
    struct Position: Sendable {
        let claimable: BigUInt
        /// (descendant, policy, amount) for each non-zero pending share.
        let pending: [(descendant: Address, policy: Address, amount: BigUInt)]

        var pendingTotal: BigUInt { pending.reduce(0) { $0 + $1.amount } }
        var total: BigUInt { claimable + pendingTotal }
    }

    static func position(of ipId: Address, ledger: any IPLedger) async throws -> Position {
        let token = ledger.deployment.wip
        let claimable = try await ledger.claimableRevenue(ipId: ipId, claimer: ipId, token: token)
        var pending: [(Address, Address, BigUInt)] = []
        let policies = [ledger.deployment.royaltyPolicyLAP, ledger.deployment.royaltyPolicyLRP]
        for descendant in try await descendants(of: ipId, ledger: ledger) {
            for policy in policies {
                let amount = try await ledger.pendingRoyalty(
                    policy: policy, ipId: descendant, ancestorIpId: ipId, token: token)
                if amount > 0 { pending.append((descendant, policy, amount)) }
            }
        }
        return Position(claimable: claimable, pending: pending)
    }

    /// Every descendant of `ipId` on the ledger (breadth first, each once).
    static func descendants(of ipId: Address, ledger: any IPLedger) async throws -> [Address] {
        var seen: Set<Address> = [ipId]
        var order: [Address] = []
        var frontier = [ipId]
        while !frontier.isEmpty {
            var next: [Address] = []
            for ip in frontier {
                for child in try await ledger.derivativeIpIds(of: ip) where seen.insert(child).inserted {
                    order.append(child)
                    next.append(child)
                }
            }
            frontier = next
        }
        return order
    }

    struct Claim: Sendable {
        let amount: BigUInt
        let transactionHash: String
    }

    /// Collects everything `ipId` is owed (policy → vault → IP account) and moves it to the IP's
    /// owner's wallet. Nil when there is nothing to claim.
    static func claim(for ipId: Address, owner: Address, ledger: any IPLedger) async throws -> Claim? {
        let position = try await position(of: ipId, ledger: ledger)
        guard position.total > 0 else { return nil }
        let token = ledger.deployment.wip
        let receipt = try await ledger.claimAllRevenue(
            from: owner, ancestorIpId: ipId, claimer: ipId, childIpIds: position.pending.map(\.descendant),
            royaltyPolicies: position.pending.map(\.policy), currencyTokens: [token])
        let claimed = receipt.result.reduce(0, +)
        guard claimed > 0 else { return nil }
        let transfer = try await ledger.transferFromIPAccount(
            from: owner, ipAccount: ipId, token: token, to: owner, amount: claimed)
        return Claim(amount: claimed, transactionHash: transfer.transactionHash.hex)
    }
}
