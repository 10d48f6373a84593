import Vapor

/// The table of contents: every route Lore serves.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: PageController())

    let api = app.grouped("api").grouped(SessionAuthenticator())
    try api.grouped(RateLimitMiddleware(group: .auth)).register(collection: AuthController())
    try api.register(collection: AIController())
}
