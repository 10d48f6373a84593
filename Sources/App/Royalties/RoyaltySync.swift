import BigInt
import Ethereum
import Fluent
import Foundation
import SQLKit
import Story

/// Reads the ledger's royalty events into `royalty_payments`, so what the API shows is what the
/// ledger says (ARCHITECTURE.md "How data flows"). `RoyaltyPaid` to an IP is a `direct` payment;
/// `RevenueTransferredToVault` is an ancestor's share of a derivative's revenue (`derivative`).
/// Idempotent: rows are unique by (tx_hash, log_index) and the cursor only moves forward, so
/// the job and an inline run after a payment may overlap safely.
struct RoyaltySync: Sendable {
    static let cursorName = "royalties"
    static let batchSize = 1000

    let ledger: any IPLedger

    /// Reads every event after the cursor; returns how many payments were recorded.
    @discardableResult
    func run(on database: any Database) async throws -> Int {
        var recorded = 0
        var cursor = try await Self.cursor(on: database)
        while true {
            let events = try await ledger.events(after: cursor, limit: Self.batchSize)
            guard let last = events.last else { return recorded }
            recorded += try await record(events, on: database)
            try await Self.advance(to: last.cursor, on: database)
            cursor = last.cursor
            if events.count < Self.batchSize { return recorded }
        }
    }

    /// Records a batch: one query for the receiving assets, one insert for all their payments.
    private func record(_ events: [LedgerEventRecord], on database: any Database) async throws -> Int {
        typealias Row = (
            event: LedgerEventRecord, receiver: String, payer: Address?, payerAddress: Address, token: Address,
            amount: BigUInt, source: String
        )
        let rows: [Row] = events.compactMap { record in
            switch record.event {
            case .royaltyPaid(let receiverIpId, let payerIpId, let sender, let token, _, let amountAfterFee):
                return (
                    record, receiverIpId.lowercased, payerIpId == .zero ? nil : payerIpId, sender, token,
                    amountAfterFee, "direct"
                )
            case .revenueTransferredToVault(let ipId, let ancestorIpId, let token, let amount) where amount > 0:
                return (record, ancestorIpId.lowercased, ipId, record.address, token, amount, "derivative")
            default:
                return nil
            }
        }
        guard !rows.isEmpty else { return 0 }
        let assets = try await Asset.query(on: database).filter(\.$ipID ~~ Set(rows.map(\.receiver)).sorted()).all()
        var byIpId: [String: Asset] = [:]
        for asset in assets { if let ipId = asset.ipID { byIpId[ipId] = asset } }
        let sql = database.sql
        var insert = sql.insert(into: RoyaltyPayment.schema)
            .columns(
                "id", "asset_id", "recipient_id", "payer_address", "payer_ip_id", "source", "amount_wei", "token",
                "tx_hash", "log_index", "block_number", "status", "paid_at", "created_at")
        var values = 0
        for row in rows {
            guard let asset = byIpId[row.receiver] else { continue }  // an IP registered outside Lore
            let record = row.event
            insert = insert.values(
                SQLBind(UUID()), SQLBind(try asset.requireID()), SQLBind(asset.$owner.id),
                SQLBind(row.payerAddress.lowercased),
                SQLBind(row.payer?.lowercased), SQLBind(row.source), SQLBind(String(row.amount)),
                SQLBind(row.token.lowercased),
                SQLBind(record.transactionHash.hex), SQLBind(Int(record.logIndex)), SQLBind(Int64(record.blockNumber)),
                SQLBind("confirmed"), SQLBind(Date(timeIntervalSince1970: TimeInterval(record.blockTimestamp))),
                SQLBind(Date()))
            values += 1
        }
        guard values > 0 else { return 0 }
        return try await insert.ignoringConflicts(with: ["tx_hash", "log_index"]).returning("id").all().count
    }

    static func cursor(on database: any Database) async throws -> LedgerCursor? {
        guard let row = try await LedgerSyncCursor.find(cursorName, on: database) else { return nil }
        return LedgerCursor(blockNumber: UInt64(row.blockNumber), logIndex: UInt32(row.logIndex))
    }

    /// Moves the cursor forward (never back, whoever else is syncing).
    static func advance(to cursor: LedgerCursor, on database: any Database) async throws {
        let sql = database.sql
        let block = Int64(cursor.blockNumber)
        let index = Int64(cursor.logIndex)
        try await sql.raw(
            """
            INSERT INTO ledger_sync_cursors (name, block_number, log_index, updated_at)
            VALUES (\(bind: cursorName), \(bind: block), \(bind: index), \(bind: Date()))
            ON CONFLICT (name) DO UPDATE SET block_number = excluded.block_number, log_index = excluded.log_index,
                updated_at = excluded.updated_at
            WHERE ledger_sync_cursors.block_number < excluded.block_number
               OR (ledger_sync_cursors.block_number = excluded.block_number AND ledger_sync_cursors.log_index < excluded.log_index)
            """
        ).run()
    }
}

/// The recurring job running ``RoyaltySync`` (every 30 seconds).
struct RoyaltySyncJob: JobHandler {
    static let kind = "ledger.royalty-sync"
    static let schedule = RecurringSchedule(kind: kind, interval: 30)

    let sync: RoyaltySync
    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        try await sync.run(on: context.database)
    }
}
