import BigInt
import Ethereum
import Foundation

@testable import Story

/// A replayed ledger's whole event history, indexed by the effects the crash writer
/// acknowledges (see Sources/PureBench/LedgerCrashWriter.swift for the keys).
struct ReplayedHistory {
    /// A transaction's place in the chain; a hash found at two places was journaled twice.
    struct Position: Hashable {
        let blockNumber: UInt64
        let transactionIndex: UInt32
    }

    /// What an acknowledgement's key names, per kind: registrations and derivatives share the
    /// nftMetadataHash space.
    enum Effect: Hashable {
        case metadata, faucet, payment, claim

        init?(kind: String) {
            switch kind {
            case "registration", "derivative": self = .metadata
            case "faucet": self = .faucet
            case "payment": self = .payment
            case "claim": self = .claim
            default: return nil
            }
        }
    }

    private(set) var positions: [Bytes32: Set<Position>] = [:]
    /// Effect → key → the transactions that produced it (more than one is a duplicate).
    private(set) var effects: [Effect: [String: [Bytes32]]] = [:]
    /// The IP registered with each nftMetadataHash.
    private(set) var ipIds: [String: Address] = [:]
    private(set) var derivatives: Set<Address> = []
    /// WIP the faucet gave each account, and WIP each account paid as royalties.
    private(set) var minted: [Address: BigUInt] = [:]
    private(set) var paid: [Address: BigUInt] = [:]

    init(_ ledger: LocalLedger) async throws {
        let wip = ledger.deployment.wip
        var cursor: LedgerCursor?
        while true {
            let page = try await ledger.events(after: cursor, limit: 10_000)
            guard let last = page.last else { break }
            cursor = last.cursor
            for record in page { add(record, wip: wip) }
        }
    }

    private mutating func add(_ record: LedgerEventRecord, wip: Address) {
        let tx = record.transactionHash
        positions[tx, default: []].insert(
            Position(blockNumber: record.blockNumber, transactionIndex: record.transactionIndex))
        switch record.event {
        case .nftTokenURISet(let ipId, _, let nftMetadataHash):
            note(.metadata, nftMetadataHash.hex, tx)
            ipIds[nftMetadataHash.hex] = ipId
        case .derivativeRegistered(_, let childIpId, _, _, _, _):
            derivatives.insert(childIpId)
        case .transfer(let from, let to, let value) where from == .zero && record.address == wip:
            note(.faucet, to.lowercased, tx)
            minted[to, default: 0] += value
        case .royaltyPaid(let receiverIpId, _, let sender, _, let amount, _):
            note(.payment, receiverIpId.lowercased, tx)
            paid[sender, default: 0] += amount
        case .revenueTransferredToVault(let ipId, _, _, _):
            note(.claim, ipId.lowercased, tx)
        default:
            break
        }
    }

    /// Several events of one transaction may name the same effect; it counts once per transaction.
    private mutating func note(_ effect: Effect, _ key: String, _ tx: Bytes32) {
        if effects[effect, default: [:]][key, default: []].last != tx {
            effects[effect, default: [:]][key, default: []].append(tx)
        }
    }

    /// The transactions that produced `key`'s effect.
    func producers(of effect: Effect, _ key: String) -> [Bytes32] { effects[effect]?[key] ?? [] }

    /// Every effect produced by more than one transaction.
    var duplicatedEffects: [String] {
        effects.flatMap { effect, keys in
            keys.filter { $0.value.count > 1 }.map { "\(effect) \($0.key) by \($0.value.map(\.hex))" }
        }
    }

    /// Every transaction hash found at more than one place.
    var duplicatedTransactions: [Bytes32] { positions.filter { $0.value.count > 1 }.map(\.key) }
}
