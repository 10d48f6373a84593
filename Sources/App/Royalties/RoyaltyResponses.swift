import BigInt
import Foundation
import Vapor

struct RoyaltyBalanceResponse: Content {
    let assetUUID: UUID
    let ipID: String
    let balanceWei: String
    let balance: String
    let claimableWei: String
    let pendingFromDerivativesWei: String
    let currency: String

    enum CodingKeys: String, CodingKey {
        case balance, currency
        case assetUUID = "asset_uuid"
        case ipID = "ip_id"
        case balanceWei = "balance_wei"
        case claimableWei = "claimable_wei"
        case pendingFromDerivativesWei = "pending_from_derivatives_wei"
    }
}

struct RoyaltyPaymentResponse: Content {
    struct AssetRef: Content {
        let uuid: UUID
        let title: String
    }

    let uuid: UUID
    let asset: AssetRef
    let recipient: CreatorSummary
    let payerAddress: String
    let payerIPID: String?
    let source: String
    let amountWei: String
    let amount: String
    let currency: String
    let txHash: String
    let blockNumber: Int64
    let status: String
    let createdAt: Date

    enum CodingKeys: String, CodingKey {
        case uuid, asset, recipient, source, amount, currency, status
        case payerAddress = "payer_address"
        case payerIPID = "payer_ip_id"
        case amountWei = "amount_wei"
        case txHash = "tx_hash"
        case blockNumber = "block_number"
        case createdAt = "created_at"
    }

    /// Requires the asset and recipient to be loaded.
    init(_ payment: RoyaltyPayment) throws {
        uuid = try payment.requireID()
        asset = AssetRef(uuid: try payment.asset.requireID(), title: payment.asset.title)
        recipient = try CreatorSummary(payment.recipient)
        payerAddress = payment.payerAddress
        payerIPID = payment.payerIPID
        source = payment.source
        amountWei = payment.amountWei
        amount = WIPAmount.decimal(fromWei: BigUInt(payment.amountWei, radix: 10) ?? 0)
        currency = "WIP"
        txHash = payment.txHash
        blockNumber = payment.blockNumber
        status = payment.status
        createdAt = payment.paidAt
    }
}

/// `GET /api/assets/royalties/`: the documented list with the caller's total.
struct RoyaltyPaymentsPage: Content {
    let count: Int
    let next: String?
    let previous: String?
    let totalEarnedWei: String
    let totalEarned: String
    let currency: String
    let results: [RoyaltyPaymentResponse]

    enum CodingKeys: String, CodingKey {
        case count, next, previous, results, currency
        case totalEarnedWei = "total_earned_wei"
        case totalEarned = "total_earned"
    }
}
