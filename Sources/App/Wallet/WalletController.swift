import BigInt
import Ethereum
import Story
import Vapor

/// The signed-in user's WIP on the ledger, and (in development only) the test-WIP faucet.
enum WalletController {
    struct BalanceResponse: Content {
        let walletAddress: String
        let balanceWei: String
        let balance: String
        let currency: String
        let chainID: UInt64

        enum CodingKeys: String, CodingKey {
            case balance, currency
            case walletAddress = "wallet_address"
            case balanceWei = "balance_wei"
            case chainID = "chain_id"
        }
    }

    /// `GET /api/wallet/`
    static func balance(req: Request) async throws -> BalanceResponse {
        let user = try req.requireUser()
        let ledger = req.lore.ledger
        let wei = try await ledger.balance(of: try user.address, token: ledger.deployment.wip)
        return BalanceResponse(
            walletAddress: user.walletAddress, balanceWei: String(wei), balance: WIPAmount.decimal(fromWei: wei),
            currency: "WIP", chainID: ledger.deployment.chainId)
    }

    struct FaucetRequest: Content {
        /// WIP, decimal; 100 when absent.
        var amount: String?
    }

    /// `POST /api/wallet/faucet/` — credits test WIP. Development only: 404 elsewhere, as if the
    /// route did not exist.
    static func faucet(req: Request) async throws -> Response {
        guard req.lore.config.isDevelopment else { throw Abort(.notFound) }
        let user = try req.requireUser()
        let body = req.body.data == nil ? FaucetRequest() : try req.content.decode(FaucetRequest.self)
        guard let wei = WIPAmount.wei(fromDecimal: body.amount ?? "100"), wei > 0 else {
            throw APIError.validation(["amount": ["An amount of WIP above 0, as a decimal string."]])
        }
        let ledger = req.lore.ledger
        do {
            _ = try await ledger.faucet(to: try user.address, amount: wei)
        } catch let error as StoryError {
            throw LedgerRefusal.apiError(error, what: "The faucet refused")
        }
        return try await balance(req: req).encodeResponse(status: .created, for: req)
    }
}
