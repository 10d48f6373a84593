import Ethereum
import Vapor

/// The signed-in user's profile and everyone's public profiles (under `/api/auth/`, as
/// documented).
enum ProfileController {
    /// `GET /api/auth/me/`
    static func me(req: Request) async throws -> UserResponse {
        try UserResponse(req.requireUser(), includePrivate: true)
    }

    /// `POST /api/auth/profile/` — username and bio, validated.
    static func update(req: Request) async throws -> UserResponse {
        let user = try req.requireUser()
        let update = try req.content.decode(ProfileUpdateRequest.self)
        try await Users.updateProfile(user, with: update, on: req.db)
        return try UserResponse(user, includePrivate: true)
    }

    /// `GET /api/auth/user/{address}/` — a public profile.
    static func publicProfile(req: Request) async throws -> UserResponse {
        let raw = req.parameters.get(SiteURL.Key.address) ?? ""
        guard let address = try? Address(ignoringChecksum: raw) else {
            throw APIError.validation(["address": ["Not a wallet address (expected 0x followed by 40 hex digits)."]])
        }
        guard let user = try await Users.find(walletAddress: address.lowercased, on: req.db) else {
            throw APIError.notFound("A user with this wallet address")
        }
        return try UserResponse(user, includePrivate: false)
    }
}
