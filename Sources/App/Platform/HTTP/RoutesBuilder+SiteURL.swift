import Vapor

/// Routes are registered by ``SiteURL`` only (see `routes.swift`): groups add middleware, never
/// path segments, so every served path is one of ``SiteURL``'s.
extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.GET, url.pathComponents, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.POST, url.pathComponents, body: body, use: handler)
    }

    @discardableResult
    func patch<Response: AsyncResponseEncodable>(
        _ url: SiteURL, body: HTTPBodyStreamStrategy = .collect,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.PATCH, url.pathComponents, body: body, use: handler)
    }

    @discardableResult
    func delete<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.DELETE, url.pathComponents, use: handler)
    }
}

extension HTTPBodyStreamStrategy {
    /// JSON bodies of asset writes: room for a 5000-character description of 4-byte characters,
    /// escaped.
    static let assetJSON = HTTPBodyStreamStrategy.collect(maxSize: "64kb")
}
