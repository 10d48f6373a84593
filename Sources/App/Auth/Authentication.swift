import Fluent
import JWT
import Vapor

/// The signed-in user of a request, and how they proved it.
struct Principal: Authenticatable {
    enum Method: Sendable { case bearer, cookie }
    let user: User
    let sessionID: UUID
    let method: Method
}

/// Identifies the caller from `Authorization: Bearer` or, for browsers, the session cookie.
/// A bad bearer token is refused outright (401); a stale cookie is ignored, so a visitor with
/// an expired cookie is simply anonymous.
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let services = request.lore
        let now = services.clock.now()
        if let bearer = request.headers.bearerAuthorization {
            do {
                let (user, session) = try await services.tokens.authenticate(
                    access: bearer.token, now: now, keys: request.application.jwt.keys, on: request.db)
                request.auth.login(Principal(user: user, sessionID: session, method: .bearer))
            } catch {
                throw error.apiError
            }
        } else if request.headers[.authorization].first != nil {
            throw APIError(.unauthorized, "Invalid token", detail: "Only 'Authorization: Bearer <token>' is accepted.")
        } else if let cookie = request.cookies[SessionCookies.access]?.string, !cookie.isEmpty {
            if let (user, session) = try? await services.tokens.authenticate(
                access: cookie, now: now, keys: request.application.jwt.keys, on: request.db)
            {
                request.auth.login(Principal(user: user, sessionID: session, method: .cookie))
            }
        }
        return try await next.respond(to: request)
    }
}

/// Requires a signed-in user (401 otherwise) and, for cookie sessions, the CSRF check on
/// state-changing methods (403).
struct RequireUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let principal = request.auth.get(Principal.self) else { throw APIError.unauthenticated }
        if principal.method == .cookie, ![.GET, .HEAD, .OPTIONS].contains(request.method),
            !SessionCookies.passesCSRFCheck(request, config: request.lore.config)
        {
            throw SessionCookies.csrfFailure
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The signed-in user; routes behind ``RequireUser`` always have one.
    func requireUser() throws -> User {
        guard let principal = auth.get(Principal.self) else { throw APIError.unauthenticated }
        return principal.user
    }
}
