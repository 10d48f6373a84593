import Fluent
import Foundation

/// One sign-in: the family of rotating refresh tokens issued from it. Access tokens name their
/// session, so revoking it (logout, or reuse of a rotated refresh token) ends them at once.
final class AuthSession: Model, @unchecked Sendable {
    static let schema = "auth_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revoked_reason") var revokedReason: String?

    init() {}

    init(id: UUID? = nil, userID: UUID) {
        self.id = id
        self.$user.id = userID
    }
}
