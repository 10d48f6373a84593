import Crypto
import Ethereum
import Fluent
import Foundation
import JWT
import SQLKit
import Vapor

/// Why a token was refused; each becomes a 401 with its description as `detail`.
enum TokenError: Error, Equatable, CustomStringConvertible {
    case malformed
    case wrongAlgorithm(String?)
    case badSignature
    case expired
    case sessionEnded
    case unknownRefreshToken
    case refreshTokenExpired
    case refreshTokenReused

    var description: String {
        switch self {
        case .malformed: "The token is malformed."
        case .wrongAlgorithm(let alg):
            "The token's algorithm \(alg.map { "'\($0)'" } ?? "(none)") is not accepted; Lore signs with HS256."
        case .badSignature: "The token's signature is invalid."
        case .expired: "The token has expired."
        case .sessionEnded: "The session has ended (signed out or revoked); sign in again."
        case .unknownRefreshToken: "The refresh token is not valid."
        case .refreshTokenExpired: "The refresh token has expired; sign in again."
        case .refreshTokenReused:
            "The refresh token was already used. For safety the whole session has been revoked; sign in again."
        }
    }

    var apiError: APIError { APIError(.unauthorized, "Invalid token", detail: description) }
}

/// Issues and checks access JWTs and rotating refresh tokens (DECISIONS.md "Tokens").
struct TokenIssuer: Sendable {
    let accessLifetime: TimeInterval
    let refreshLifetime: TimeInterval

    struct Issued: Sendable {
        let access: String
        let refresh: String
        let accessExpiresAt: Date
        let refreshExpiresAt: Date
    }

    /// Starts a session for `user` and issues its first token pair.
    func startSession(for user: User, now: Date, keys: JWTKeyCollection, on database: any Database) async throws
        -> Issued
    {
        let session = AuthSession(userID: try user.requireID())
        try await session.create(on: database)
        return try await issuePair(user: user, sessionID: try session.requireID(), now: now, keys: keys, on: database)
    }

    private func issuePair(user: User, sessionID: UUID, now: Date, keys: JWTKeyCollection, on database: any Database)
        async throws -> Issued
    {
        let refresh = Self.randomToken()
        let refreshExpiresAt = now.addingTimeInterval(refreshLifetime)
        try await RefreshToken(sessionID: sessionID, tokenHash: Self.hash(refresh), expiresAt: refreshExpiresAt)
            .create(on: database)
        let accessExpiresAt = now.addingTimeInterval(accessLifetime)
        let payload = AccessTokenPayload(
            sub: .init(value: try user.requireID().uuidString), sid: sessionID.uuidString,
            walletAddress: user.walletAddress, iat: .init(value: now), exp: .init(value: accessExpiresAt), typ: "access"
        )
        let access = try await keys.sign(payload)
        return Issued(
            access: access, refresh: refresh, accessExpiresAt: accessExpiresAt, refreshExpiresAt: refreshExpiresAt)
    }

    /// Verifies an access token and returns its user and session, both still valid.
    func authenticate(access token: String, now: Date, keys: JWTKeyCollection, on database: any Database)
        async throws(TokenError)
        -> (User, UUID)
    {
        try Self.requireHS256(token)
        let payload: AccessTokenPayload
        do {
            payload = try await keys.verify(token, as: AccessTokenPayload.self)
        } catch let error as JWTError where error.errorType == .signatureVerificationFailed {
            throw .badSignature
        } catch {
            throw .malformed
        }
        guard payload.exp.value > now else { throw .expired }
        guard let sessionID = UUID(uuidString: payload.sid), let userID = UUID(uuidString: payload.sub.value) else {
            throw .malformed
        }
        let session: AuthSession?
        do {
            session = try await AuthSession.query(on: database)
                .filter(\.$id == sessionID).filter(\.$user.$id == userID).with(\.$user).first()
        } catch {
            throw .sessionEnded
        }
        guard let session, session.revokedAt == nil else { throw .sessionEnded }
        return (session.user, sessionID)
    }

    /// Exchanges a refresh token for a new pair. The old token is marked used atomically, so
    /// only one of two concurrent uses wins; presenting a used token revokes the whole session.
    func rotate(refresh token: String, now: Date, keys: JWTKeyCollection, on database: any Database) async throws -> (
        Issued, User
    ) {
        let hash = Self.hash(token)
        let sql = database.sql
        let claimed = try await sql.update(RefreshToken.schema)
            .set("used_at", to: SQLBind(now))
            .where("token_hash", .equal, SQLBind(hash))
            .where("used_at", .is, SQLLiteral.null)
            .returning("session_id", "expires_at")
            .first()
        guard let claimed else {
            if let existing = try await RefreshToken.query(on: database).filter(\.$tokenHash == hash).first() {
                try await revokeSession(existing.$session.id, reason: "refresh token reuse", now: now, on: database)
                throw TokenError.refreshTokenReused
            }
            throw TokenError.unknownRefreshToken
        }
        let sessionID = try claimed.decode(column: "session_id", as: UUID.self)
        let expiresAt = try claimed.decode(column: "expires_at", as: Date.self)
        guard expiresAt > now else { throw TokenError.refreshTokenExpired }
        guard let session = try await AuthSession.query(on: database).filter(\.$id == sessionID).with(\.$user).first(),
            session.revokedAt == nil
        else { throw TokenError.sessionEnded }
        return (
            try await issuePair(user: session.user, sessionID: sessionID, now: now, keys: keys, on: database),
            session.user
        )
    }

    /// The session a refresh token belongs to (used or not), if the token is known.
    func session(ofRefresh token: String, on database: any Database) async throws -> UUID? {
        try await RefreshToken.query(on: database).filter(\.$tokenHash == Self.hash(token)).first()?.$session.id
    }

    /// Ends a session: its refresh tokens stop working and its access tokens are refused.
    func revokeSession(_ id: UUID, reason: String, now: Date, on database: any Database) async throws {
        try await AuthSession.query(on: database)
            .filter(\.$id == id).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).set(\.$revokedReason, to: reason)
            .update()
    }

    /// Refuses any algorithm but HS256 before the library looks at the token
    /// (jwt-kit verifies with the configured key whatever the header's `alg` says).
    static func requireHS256(_ token: String) throws(TokenError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = Data(base64URLEncoded: String(parts[0])),
            let header = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any]
        else { throw .malformed }
        let alg = header["alg"] as? String
        guard alg == "HS256" else { throw .wrongAlgorithm(alg) }
    }

    /// 32 random bytes, base64url without padding.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64URLEncodedString()
    }

    /// Deletes refresh tokens past their expiry (refused anyway; used ones that have not expired
    /// stay, so replaying a rotated token still revokes its session) and the sessions left
    /// without any, once they are older than the longest access token (a day).
    static func purgeExpired(now: Date, on database: any Database) async throws {
        try await RefreshToken.query(on: database).filter(\.$expiresAt < now).delete()
        let cutoff = now.addingTimeInterval(-86_400)
        try await database.sql.raw(
            """
            DELETE FROM auth_sessions WHERE created_at < \(bind: cutoff)
            AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.session_id = auth_sessions.id)
            """
        ).run()
    }

    /// Hex SHA-256 of the token: what the database keeps.
    static func hash(_ token: String) -> String {
        Hex.encode(SHA256.hash(data: Data(token.utf8)), prefix: false)
    }
}

extension Data {
    /// Decodes base64url (RFC 4648 §5) with or without padding.
    init?(base64URLEncoded string: String) {
        var base64 = string.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64.append("=") }
        self.init(base64Encoded: base64)
    }

    /// Base64url (RFC 4648 §5) without padding.
    func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
