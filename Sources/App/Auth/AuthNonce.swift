import Fluent
import Foundation

/// A single-use SIWE nonce. Kept in the database so that any app instance can accept a nonce
/// that another issued; consumed by an atomic delete.
final class AuthNonce: Model, @unchecked Sendable {
    static let schema = "auth_nonces"

    @ID(key: .id) var id: UUID?
    @Field(key: "nonce") var nonce: String
    /// The address the prepared message was for, when the client named one.
    @OptionalField(key: "wallet_address") var walletAddress: String?
    @Field(key: "issued_at") var issuedAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(nonce: String, walletAddress: String?, issuedAt: Date, expiresAt: Date) {
        self.nonce = nonce
        self.walletAddress = walletAddress
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }
}
