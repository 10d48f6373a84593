import Fluent
import Foundation

/// A royalty paid to an asset's IP, as the ledger recorded it (`RoyaltyPaid`), read in by the
/// royalty sync job. One row per event: `(tx_hash, log_index)` is unique.
final class RoyaltyPayment: Model, @unchecked Sendable {
    static let schema = "royalty_payments"

    @ID(key: .id) var id: UUID?
    /// The asset whose IP received the payment.
    @Parent(key: "asset_id") var asset: Asset
    /// The asset's owner when it was paid (the recipient).
    @Parent(key: "recipient_id") var recipient: User
    /// Who paid (lower-case address), and the payer's IP when it was a derivative's payment.
    @Field(key: "payer_address") var payerAddress: String
    @OptionalField(key: "payer_ip_id") var payerIPID: String?
    /// `direct`: paid to this IP (`RoyaltyPaid`); `derivative`: its share of a derivative's
    /// revenue moved into its vault (`RevenueTransferredToVault`).
    @Field(key: "source") var source: String
    /// wei, decimal string (uint256).
    @Field(key: "amount_wei") var amountWei: String
    @Field(key: "token") var token: String
    @Field(key: "tx_hash") var txHash: String
    @Field(key: "log_index") var logIndex: Int
    @Field(key: "block_number") var blockNumber: Int64
    @Field(key: "status") var status: String
    @Field(key: "paid_at") var paidAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
