import Vapor

/// The browser side of a session (ARCHITECTURE.md "Sign-in"): the access JWT and refresh token
/// in HttpOnly, SameSite=Lax cookies (Secure when the public URL is https), plus a readable
/// CSRF token for the double-submit check.
enum SessionCookies {
    static let access = "lore_access"
    static let refresh = "lore_refresh"
    static let csrf = "lore_csrf"
    /// The header a cookie-authenticated page sends the CSRF token in.
    static let csrfHeader = "X-CSRF-Token"
    /// The refresh cookie is sent only to the endpoints that use it.
    static let refreshPath = "/api/auth/"

    static func set(_ issued: TokenIssuer.Issued, on response: Response, config: LoreConfig, now: Date) {
        let secure = config.usesHTTPS
        response.cookies[access] = HTTPCookies.Value(
            string: issued.access, expires: issued.accessExpiresAt,
            maxAge: Int(issued.accessExpiresAt.timeIntervalSince(now)), path: "/",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        response.cookies[refresh] = HTTPCookies.Value(
            string: issued.refresh, expires: issued.refreshExpiresAt,
            maxAge: Int(issued.refreshExpiresAt.timeIntervalSince(now)), path: refreshPath,
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        response.cookies[csrf] = HTTPCookies.Value(
            string: TokenIssuer.randomToken(), expires: issued.refreshExpiresAt,
            maxAge: Int(issued.refreshExpiresAt.timeIntervalSince(now)), path: "/",
            isSecure: secure, isHTTPOnly: false, sameSite: .lax)
    }

    static func clear(on response: Response, config: LoreConfig) {
        for (name, path) in [(access, "/"), (refresh, refreshPath), (csrf, "/")] {
            response.cookies[name] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: path,
                isSecure: config.usesHTTPS, isHTTPOnly: name != csrf, sameSite: .lax)
        }
    }

    /// A cookie-authenticated state-changing request must come from Lore's own origin
    /// (`Origin`, or `Referer` when a browser omits it) or carry the CSRF cookie's value in
    /// `X-CSRF-Token`.
    static func passesCSRFCheck(_ request: Request, config: LoreConfig) -> Bool {
        if let token = request.headers.first(name: csrfHeader), let cookie = request.cookies[csrf]?.string,
            !cookie.isEmpty, token == cookie
        {
            return true
        }
        if let origin = request.headers.first(name: .origin) {
            return origin == config.publicOrigin
        }
        if let referer = request.headers.first(name: .referer) {
            return referer == config.publicOrigin || referer.hasPrefix(config.publicOrigin + "/")
        }
        return false
    }

    static let csrfFailure = APIError(
        .forbidden, "CSRF check failed",
        detail: "A request authenticated by cookie must come from Lore's own pages or carry the X-CSRF-Token header.")
}
