import Ethereum
import Fluent
import SQLKit
import Vapor

/// Sign-In with Ethereum and sessions (`/api/auth/…`): nonces, signed messages, token
/// rotation and logout.
enum AuthController {
    /// `POST /api/auth/generate-nonce/` — a single-use nonce, and the message to sign when the
    /// body names an address.
    static func generateNonce(req: Request) async throws -> NonceResponse {
        let body = req.body.data == nil ? NonceRequest() : try req.content.decode(NonceRequest.self)
        var address: Address?
        if let raw = body.address {
            do {
                address = try Address(raw)
            } catch {
                throw APIError.validation(["address": ["\(error)"]])
            }
        }
        let services = req.lore
        let now = services.clock.now()
        let issued = try await Nonces.issue(for: address, now: now, lifetime: services.config.nonceLifetime, on: req.db)
        let message = try address.map {
            try SignInMessages.prepare(
                address: $0, nonce: issued.nonce, issuedAt: now, expiresAt: issued.expiresAt, config: services.config)
        }
        return NonceResponse(nonce: issued.nonce, expiresAt: issued.expiresAt, message: message)
    }

    /// `POST /api/auth/verify-signature/` — checks the signed SIWE message and starts a session.
    static func verifySignature(req: Request) async throws -> Response {
        let body = try req.content.decode(VerifySignatureRequest.self)
        let services = req.lore
        let now = services.clock.now()
        let signIn = try SignInMessages.verify(
            message: body.message, signature: body.signature, config: services.config, now: now)
        if let claimed = body.walletAddress {
            guard let claimedAddress = try? Address(ignoringChecksum: claimed), claimedAddress == signIn.address else {
                throw APIError(
                    .unauthorized, "Invalid signature",
                    detail: "wallet_address is not the address that signed the message.")
            }
        }
        try await Nonces.consume(signIn.nonce, by: signIn.address, now: now, on: req.db)

        let user = try await Users.findOrCreate(walletAddress: signIn.address.lowercased, on: req.db)
        user.lastLoginAt = now
        try await user.save(on: req.db)
        let issued = try await services.tokens.startSession(
            for: user, now: now, keys: req.application.jwt.keys, on: req.db)
        let response = try await SignInResponse(
            access: issued.access, refresh: issued.refresh, user: UserResponse(user, includePrivate: true)
        ).encodeResponse(for: req)
        SessionCookies.set(issued, on: response, config: services.config, now: now)
        return response
    }

    /// `POST /api/auth/refresh-token/` — rotates the refresh token (body, or the browser's cookie).
    static func refreshToken(req: Request) async throws -> Response {
        let services = req.lore
        let (token, fromCookie) = try refreshTokenPresented(req)
        if fromCookie, !SessionCookies.passesCSRFCheck(req, config: services.config) {
            throw SessionCookies.csrfFailure
        }
        let now = services.clock.now()
        let issued: TokenIssuer.Issued
        do {
            (issued, _) = try await services.tokens.rotate(
                refresh: token, now: now, keys: req.application.jwt.keys, on: req.db)
        } catch let error as TokenError {
            let response = LoreErrorMiddleware.jsonResponse(error.apiError, for: req)
            if fromCookie { SessionCookies.clear(on: response, config: services.config) }
            return response
        }
        let response = try await TokenPairResponse(access: issued.access, refresh: issued.refresh).encodeResponse(
            for: req)
        if fromCookie || req.cookies[SessionCookies.access] != nil {
            SessionCookies.set(issued, on: response, config: services.config, now: now)
        }
        return response
    }

    /// `POST /api/auth/logout/` — revokes the session of the refresh token (or of the access
    /// token used), and clears the browser's cookies.
    static func logout(req: Request) async throws -> Response {
        let services = req.lore
        let now = services.clock.now()
        var sessionID: UUID?
        if let principal = req.auth.get(Principal.self) {
            if principal.method == .cookie, !SessionCookies.passesCSRFCheck(req, config: services.config) {
                throw SessionCookies.csrfFailure
            }
            sessionID = principal.sessionID
        }
        if sessionID == nil, let (token, fromCookie) = try? refreshTokenPresented(req) {
            if fromCookie, !SessionCookies.passesCSRFCheck(req, config: services.config) {
                throw SessionCookies.csrfFailure
            }
            sessionID = try await services.tokens.session(ofRefresh: token, on: req.db)
            if sessionID == nil { throw TokenError.unknownRefreshToken.apiError }
        }
        guard let sessionID else { throw APIError.unauthenticated }
        try await services.tokens.revokeSession(sessionID, reason: "logout", now: now, on: req.db)
        let response = Response(status: .noContent)
        SessionCookies.clear(on: response, config: services.config)
        return response
    }

    /// The refresh token from the JSON body, else from the cookie.
    private static func refreshTokenPresented(_ req: Request) throws -> (String, fromCookie: Bool) {
        if req.body.data != nil, let token = try req.content.decode(RefreshRequest.self).refresh, !token.isEmpty {
            return (token, false)
        }
        if let cookie = req.cookies[SessionCookies.refresh]?.string, !cookie.isEmpty { return (cookie, true) }
        throw APIError.validation(["refresh": ["This field is required."]])
    }
}
