import Vapor

/// Applies one endpoint group's per-minute limit, keyed by the signed-in user or else by the
/// client's address, with the documented `X-RateLimit-*` headers and 429 body.
struct RateLimitMiddleware: AsyncMiddleware {
    let group: RateLimitGroup

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let services = request.lore
        guard services.config.rateLimits.isEnabled else { return try await next.respond(to: request) }
        let decision = try await services.rateLimiter.hit(
            client: Self.clientKey(for: request, trustForwardedFor: services.config.trustForwardedFor),
            group: group, now: services.clock.now(), on: request.db)
        var headers = HTTPHeaders()
        headers.add(name: "X-RateLimit-Limit", value: String(decision.limit))
        headers.add(name: "X-RateLimit-Remaining", value: String(decision.remaining))
        headers.add(name: "X-RateLimit-Reset", value: String(decision.resetAt))
        guard decision.isAllowed else {
            headers.add(name: .retryAfter, value: String(decision.retryAfter))
            var error = APIError(
                .tooManyRequests, "Rate limit exceeded",
                detail: "You have exceeded the rate limit of \(decision.limit) requests per minute. "
                    + "Please try again in \(decision.retryAfter) seconds.",
                headers: headers)
            error.extra["retry_after"] = decision.retryAfter
            throw error
        }
        do {
            let response = try await next.respond(to: request)
            for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
            return response
        } catch var error as APIError {
            for (name, value) in headers { error.headers.replaceOrAdd(name: name, value: value) }
            throw error
        }
    }

    /// `user:<uuid>` when signed in, otherwise `ip:<address>`.
    static func clientKey(for request: Request, trustForwardedFor: Bool) -> String {
        if let principal = request.auth.get(Principal.self), let id = principal.user.id {
            return "user:\(id.uuidString)"
        }
        if trustForwardedFor,
            let forwarded = request.headers.forwarded.first?.for
                ?? request.headers.first(name: .xForwardedFor)?
                .split(separator: ",").first.map({ $0.trimmingCharacters(in: .whitespaces) })
        {
            return "ip:\(forwarded)"
        }
        return "ip:\(request.remoteAddress?.ipAddress ?? "unknown")"
    }
}
