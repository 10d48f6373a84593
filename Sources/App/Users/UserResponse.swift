import Foundation
import Vapor

/// A user as the API shows them. `last_login_at` only to the user themself.
struct UserResponse: Content {
    let uuid: UUID
    let walletAddress: String
    let username: String
    let bio: String
    let avatarURL: String?
    let bannerURL: String?
    let createdAt: Date?
    let lastLoginAt: Date?

    enum CodingKeys: String, CodingKey {
        case uuid, username, bio
        case walletAddress = "wallet_address"
        case avatarURL = "avatar_url"
        case bannerURL = "banner_url"
        case createdAt = "created_at"
        case lastLoginAt = "last_login_at"
    }

    init(_ user: User, includePrivate: Bool) throws {
        uuid = try user.requireID()
        walletAddress = user.walletAddress
        username = user.username
        bio = user.bio
        avatarURL = user.avatarURL
        bannerURL = user.bannerURL
        createdAt = user.createdAt
        lastLoginAt = includePrivate ? user.lastLoginAt : nil
    }
}

/// `POST /api/auth/profile/`: the fields to change.
struct ProfileUpdateRequest: Content {
    var username: String?
    var bio: String?
}
