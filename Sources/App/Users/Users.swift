import Fluent
import Foundation

/// Users by wallet: sign-in's get-or-create and profile rules (DECISIONS.md "Usernames").
enum Users {
    /// 3-30 characters of `[a-z0-9_]`.
    static func usernameProblem(_ username: String) -> String? {
        guard (3...30).contains(username.count) else { return "Usernames are 3 to 30 characters long." }
        guard username.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }) else {
            return "Usernames may contain only lower-case letters, digits and underscores."
        }
        return nil
    }

    static let maxBioLength = 500

    /// The user with this lower-case wallet address, created on first sign-in with the default
    /// username (the address' first 10 characters, suffixed `_2`, `_3`, … when taken).
    static func findOrCreate(walletAddress: String, on database: any Database) async throws -> User {
        if let user = try await User.query(on: database).filter(\.$walletAddress == walletAddress).first() {
            return user
        }
        let base = String(walletAddress.prefix(10))
        for attempt in 1...50 {
            let username = attempt == 1 ? base : "\(base)_\(attempt)"
            if try await User.query(on: database).filter(\.$username == username).first() != nil { continue }
            let user = User(walletAddress: walletAddress, username: username)
            do {
                try await user.create(on: database)
                return user
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // A concurrent sign-in created this wallet, or took this username: look again.
                if let user = try await User.query(on: database).filter(\.$walletAddress == walletAddress).first() {
                    return user
                }
            }
        }
        throw APIError(.conflict, "Could not create the user", detail: "No free username was found; try again.")
    }

    static func find(walletAddress: String, on database: any Database) async throws -> User? {
        try await User.query(on: database).filter(\.$walletAddress == walletAddress).first()
    }

    /// Applies a profile update, validating every field before changing anything.
    static func updateProfile(_ user: User, with update: ProfileUpdateRequest, on database: any Database) async throws {
        var fieldErrors: [String: [String]] = [:]
        let username = update.username?.trimmingCharacters(in: .whitespaces)
        if let username, let problem = usernameProblem(username) { fieldErrors["username"] = [problem] }
        if let bio = update.bio, bio.count > maxBioLength {
            fieldErrors["bio"] = ["The bio may be at most \(maxBioLength) characters."]
        }
        guard fieldErrors.isEmpty else { throw APIError.validation(fieldErrors) }

        if let username, username != user.username {
            let taken =
                try await User.query(on: database)
                .filter(\.$username == username).filter(\.$id != user.requireID()).first() != nil
            if taken {
                throw APIError.conflict(
                    "That username is taken.", fieldErrors: ["username": ["This username is taken."]])
            }
            user.username = username
        }
        if let bio = update.bio { user.bio = bio }
        do {
            try await user.save(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw APIError.conflict("That username is taken.", fieldErrors: ["username": ["This username is taken."]])
        }
    }
}
