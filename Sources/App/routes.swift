import Vapor

/// The table of contents: every route Lore serves.
func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: PageController())

    let api = app.grouped("api").grouped(SessionAuthenticator())
    try api.grouped(RateLimitMiddleware(group: .auth)).register(collection: AuthController())
    try api.register(collection: AssetController())
    try api.register(collection: AssetCreationController())
    try api.register(collection: DerivativeController())
    try api.register(collection: LineageController())
    try api.register(collection: RoyaltyController())
    try api.register(collection: WalletController())

    // Content: uploads into the content store, and stored content by CID.
    try api.register(collection: UploadController())
    try app.register(collection: ContentController())

    // The AI assistant: suggestions, feedback and usage statistics.
    try api.register(collection: AIController())
}
