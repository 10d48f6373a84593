import Vapor

/// Server-rendered pages.
enum WebController {
    struct HomeContext: Encodable {
        let version: String
        let user: UserResponse?
        let chainId: Int
    }

    /// `GET /` — the landing page, with wallet sign-in.
    static func home(req: Request) async throws -> View {
        let user = try req.auth.get(Principal.self).map { try UserResponse($0.user, includePrivate: true) }
        return try await req.view.render(
            "home", HomeContext(version: HealthController.version, user: user, chainId: req.lore.config.ledgerChainId))
    }
}
