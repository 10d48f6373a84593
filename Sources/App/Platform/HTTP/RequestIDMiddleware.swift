import Vapor

/// Echoes the request id in an `X-Request-Id` response header. Vapor puts the same id in every
/// log line's `request-id` metadata (adopting a proxy's incoming `X-Request-Id`), so a client's
/// report can be matched with the server's logs.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
        return response
    }
}
