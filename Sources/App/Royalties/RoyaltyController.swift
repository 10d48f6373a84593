import BigInt
import Ethereum
import Fluent
import SQLKit
import Story
import Vapor

/// Royalties: paying an asset, its balance and claim, and the payments a creator received.
enum RoyaltyController {
    /// The asset's ipId; 409 while it is not registered.
    private static func registeredIP(_ asset: Asset) throws -> Address {
        guard let ipId = asset.registeredIPID else {
            throw APIError.conflict("This asset is not registered on the ledger yet.")
        }
        return ipId
    }

    /// `GET /api/assets/{uuid}/royalty_balance/`
    static func balance(req: Request) async throws -> RoyaltyBalanceResponse {
        let asset = try await req.visibleAssetParameter()
        let ipId = try registeredIP(asset)
        let position = try await Royalties.position(of: ipId, ledger: req.lore.ledger)
        return RoyaltyBalanceResponse(
            assetUUID: try asset.requireID(), ipID: ipId.lowercased, balanceWei: String(position.total),
            balance: WIPAmount.decimal(fromWei: position.total), claimableWei: String(position.claimable),
            pendingFromDerivativesWei: String(position.pendingTotal), currency: "WIP")
    }

    struct PayRequest: Content {
        /// WIP, decimal ("1.5").
        var amount: String
        /// One of the caller's registered assets paying as a derivative; a tip when absent.
        var payerAssetUUID: UUID?

        enum CodingKeys: String, CodingKey {
            case amount
            case payerAssetUUID = "payer_asset_uuid"
        }
    }

    struct PayResponse: Content {
        let success: Bool
        let txHash: String
        let amountWei: String
        let amount: String
        let receiverIPID: String

        enum CodingKeys: String, CodingKey {
            case success, amount
            case txHash = "tx_hash"
            case amountWei = "amount_wei"
            case receiverIPID = "receiver_ip_id"
        }
    }

    /// `POST /api/assets/{uuid}/pay_royalty/` — pays from the caller's ledger balance.
    static func pay(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let body = try req.content.decode(PayRequest.self)
        guard let wei = WIPAmount.wei(fromDecimal: body.amount), wei > 0 else {
            throw APIError.validation(["amount": ["An amount of WIP above 0, as a decimal string (e.g. \"1.5\")."]])
        }
        let asset = try await req.visibleAssetParameter()
        let receiver = try registeredIP(asset)
        var payerIpId = Address.zero
        if let payerUUID = body.payerAssetUUID {
            let payer = try await AssetQueries.ownedAsset(payerUUID, by: try user.requireID(), on: req.db)
            payerIpId = try registeredIP(payer)
        }
        let ledger = req.lore.ledger
        let receipt: LedgerReceipt<Void>
        do {
            receipt = try await ledger.payRoyaltyOnBehalf(
                from: try user.address, receiverIpId: receiver, payerIpId: payerIpId,
                token: ledger.deployment.wip, amount: wei)
        } catch let error as StoryError {
            throw LedgerRefusal.apiError(error, what: "The payment was refused")
        }
        try await RoyaltySync(ledger: ledger).run(on: req.db)
        return try await PayResponse(
            success: true, txHash: receipt.transactionHash.hex, amountWei: String(wei),
            amount: WIPAmount.decimal(fromWei: wei), receiverIPID: receiver.lowercased
        ).encodeResponse(status: .created, for: req)
    }

    struct ClaimResponse: Content {
        let success: Bool
        let message: String
        let txHash: String
        let amountWei: String
        let amount: String

        enum CodingKeys: String, CodingKey {
            case success, message, amount
            case txHash = "tx_hash"
            case amountWei = "amount_wei"
        }
    }

    /// `POST /api/assets/{uuid}/claim_royalties/` — owner only; the revenue goes to their wallet.
    static func claim(req: Request) async throws -> ClaimResponse {
        let user = try req.requireUser()
        let asset = try await req.ownedAssetParameter()
        let ipId = try registeredIP(asset)
        let ledger = req.lore.ledger
        let claimed: Royalties.Claim?
        do {
            claimed = try await Royalties.claim(for: ipId, owner: try user.address, ledger: ledger)
        } catch let error as StoryError {
            throw LedgerRefusal.apiError(error, what: "The claim was refused")
        }
        guard let claimed else { throw APIError.conflict("There are no royalties to claim for this asset.") }
        try await RoyaltySync(ledger: ledger).run(on: req.db)
        return ClaimResponse(
            success: true, message: "Royalties claimed successfully", txHash: claimed.transactionHash,
            amountWei: String(claimed.amount), amount: WIPAmount.decimal(fromWei: claimed.amount))
    }

    /// `GET /api/assets/royalties/` — payments received by the caller, newest first, with the total.
    static func received(req: Request) async throws -> RoyaltyPaymentsPage {
        let user = try req.requireUser()
        let page = try PageRequest(from: req)
        let userID = try user.requireID()
        let query = RoyaltyPayment.query(on: req.db).filter(\.$recipient.$id == userID)
            .with(\.$asset).with(\.$recipient).sort(\.$paidAt, .descending).sort(\.$logIndex, .descending)
        let (items, count) = try await query.paginate(page)
        let amounts = try await req.db.sql.select().column("amount_wei").from(RoyaltyPayment.schema)
            .where("recipient_id", .equal, SQLBind(userID)).all()
        let total = try amounts.reduce(BigUInt(0)) { sum, row in
            sum + (BigUInt(try row.decode(column: "amount_wei", as: String.self), radix: 10) ?? 0)
        }
        let envelope = Page(results: try items.map(RoyaltyPaymentResponse.init), count: count, request: page, for: req)
        return RoyaltyPaymentsPage(
            count: envelope.count, next: envelope.next, previous: envelope.previous, totalEarnedWei: String(total),
            totalEarned: WIPAmount.decimal(fromWei: total), currency: "WIP", results: envelope.results)
    }

    /// `GET /api/royalties/{uuid}/` — one payment, to its recipient or payer; 404 to others.
    static func payment(req: Request) async throws -> RoyaltyPaymentResponse {
        let user = try req.requireUser()
        guard let id = req.uuidParameter,
            let payment = try await RoyaltyPayment.query(on: req.db).filter(\.$id == id)
                .with(\.$asset).with(\.$recipient).first(),
            payment.$recipient.id == user.id || payment.payerAddress == user.walletAddress
        else { throw APIError.notFound("This royalty payment") }
        return try RoyaltyPaymentResponse(payment)
    }
}
