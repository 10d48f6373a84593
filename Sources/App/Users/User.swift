import Ethereum
import Fluent
import Foundation

/// A creator, identified by their wallet. The UUID primary key is the public identifier
/// (`uuid` in JSON); there is no password.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    /// Lower-case `0x…` address (DECISIONS.md stores wallets lower-cased).
    @Field(key: "wallet_address") var walletAddress: String
    @Field(key: "username") var username: String
    @Field(key: "bio") var bio: String
    @OptionalField(key: "avatar_url") var avatarURL: String?
    @OptionalField(key: "banner_url") var bannerURL: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "last_login_at") var lastLoginAt: Date?

    init() {}

    init(id: UUID? = nil, walletAddress: String, username: String, bio: String = "") {
        self.id = id
        self.walletAddress = walletAddress
        self.username = username
        self.bio = bio
    }
}

extension User {
    /// The wallet as an ``Address``. Stored addresses were checked at sign-in, so this throws
    /// only for a row written by hand.
    var address: Address {
        get throws { try Address(ignoringChecksum: walletAddress) }
    }
}
