import Assistant
import Fluent
import Vapor

/// The AI assistant's endpoints under `/api/assets/ai/` (06-API-DOCUMENTATION.md §13-19):
/// the five tasks and suggestion feedback (AI group, 60/min per user) and the usage statistics
/// (analytics group, 30/min). All need a signed-in user.
struct AIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let ai = routes.grouped("assets", "ai").grouped(RequireUser())
        let tasks = ai.grouped(RateLimitMiddleware(group: .ai))
        tasks.post("generate-title", use: generateTitle)
        tasks.post("enhance-description", use: enhanceDescription)
        tasks.post("analyze-content", use: analyzeContent)
        tasks.post("suggest-license", use: suggestLicense)
        tasks.post("analyze-derivative", use: analyzeDerivative)
        tasks.post("feedback", use: AIFeedbackController.submit)
        let analytics = ai.grouped(RateLimitMiddleware(group: .analytics))
        analytics.get("usage-stats", use: AIStatsController.usageStats)
        analytics.get("platform-stats", use: AIStatsController.platformStats)
    }

    func generateTitle(req: Request) async throws -> AIAnswerResponse<TitleSuggestions> {
        let body = try req.content.decode(GenerateTitleBody.self)
        let generation = try await Self.generation(for: body, req)
        let (answer, log) = try await generation.run(.title) { () async throws(AssistantError) in
            try await req.lore.assistant.generateTitles(body.request, tier: generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    func enhanceDescription(req: Request) async throws -> AIAnswerResponse<EnhancedDescription> {
        let body = try req.content.decode(EnhanceDescriptionBody.self)
        let generation = try await Self.generation(for: body, req)
        let (answer, log) = try await generation.run(.description) { () async throws(AssistantError) in
            try await req.lore.assistant.enhanceDescription(body.request, tier: generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    func analyzeContent(req: Request) async throws -> AIAnswerResponse<ContentAnalysis> {
        let body = try req.content.decode(AnalyzeContentBody.self)
        let generation = try await Self.generation(for: body, req)
        let (answer, log) = try await generation.run(.analysis) { () async throws(AssistantError) in
            try await req.lore.assistant.analyzeContent(body.request, tier: generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    func suggestLicense(req: Request) async throws -> AIAnswerResponse<LicenseSuggestion> {
        let body = try req.content.decode(SuggestLicenseBody.self)
        let generation = try await Self.generation(for: body, req)
        let (answer, log) = try await generation.run(.license) { () async throws(AssistantError) in
            try await req.lore.assistant.suggestLicense(body.request, tier: generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    func analyzeDerivative(req: Request) async throws -> AIAnswerResponse<DerivativeAnalysis> {
        let body = try req.content.decode(AnalyzeDerivativeBody.self)
        let generation = try await Self.generation(for: body, req)
        let (answer, log) = try await generation.run(.derivative) { () async throws(AssistantError) in
            try await req.lore.assistant.analyzeDerivative(body.request, tier: generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    /// The caller, their asset (when named) and the tier, checked before any model is asked.
    private static func generation(for body: some AITaskBody, _ req: Request) async throws -> AIGeneration {
        let user = try req.requireUser()
        let (tier, assetID) = try body.commonFields()
        var asset: Asset?
        if let assetID { asset = try await AIAssets.ownAsset(assetID, of: user, on: req.db) }
        return AIGeneration(user: user, asset: asset, tier: tier, inputs: body, clock: req.lore.clock, database: req.db)
    }
}
