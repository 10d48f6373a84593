import Fluent
import Foundation

/// A refresh token, stored only as its SHA-256 hash. Each is used once: using it marks it used
/// and issues its successor in the same session.
final class RefreshToken: Model, @unchecked Sendable {
    static let schema = "refresh_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: AuthSession
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(sessionID: UUID, tokenHash: String, expiresAt: Date) {
        self.$session.id = sessionID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}
