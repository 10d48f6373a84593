import Assistant
import Fluent
import Vapor

/// The AI assistant's endpoints under `/api/assets/ai/` (06-API-DOCUMENTATION.md §13-19):
/// the five tasks and suggestion feedback (AI group, 60/min per user) and the usage statistics
/// (analytics group, 30/min). All need a signed-in user.
enum AIController {
    /// `POST /api/assets/ai/generate-title/`
    static func generateTitle(req: Request) async throws -> AIAnswerResponse<TitleSuggestions> {
        try await task(.title, req) { (assistant, input: TitleRequest, tier) async throws(AssistantError) in
            try await assistant.generateTitles(input, tier: tier)
        }
    }

    /// `POST /api/assets/ai/enhance-description/`
    static func enhanceDescription(req: Request) async throws -> AIAnswerResponse<EnhancedDescription> {
        try await task(.description, req) { (assistant, input: DescriptionRequest, tier) async throws(AssistantError) in
            try await assistant.enhanceDescription(input, tier: tier)
        }
    }

    /// `POST /api/assets/ai/analyze-content/`
    static func analyzeContent(req: Request) async throws -> AIAnswerResponse<ContentAnalysis> {
        try await task(.analysis, req) {
            (assistant, input: ContentAnalysisRequest, tier) async throws(AssistantError) in
            try await assistant.analyzeContent(input, tier: tier)
        }
    }

    /// `POST /api/assets/ai/suggest-license/`
    static func suggestLicense(req: Request) async throws -> AIAnswerResponse<LicenseSuggestion> {
        try await task(.license, req) { (assistant, input: LicenseRequest, tier) async throws(AssistantError) in
            try await assistant.suggestLicense(input, tier: tier)
        }
    }

    /// `POST /api/assets/ai/analyze-derivative/`
    static func analyzeDerivative(req: Request) async throws -> AIAnswerResponse<DerivativeAnalysis> {
        try await task(.derivative, req) { (assistant, input: DerivativeRequest, tier) async throws(AssistantError) in
            try await assistant.analyzeDerivative(input, tier: tier)
        }
    }

    /// Runs one task: decodes its body, checks the caller's asset and the tier, asks the
    /// assistant and logs the outcome.
    private static func task<Input: Codable & Sendable, Result: Codable & Sendable & Equatable>(
        _ operation: AssistantOperation, _ req: Request,
        _ ask: @escaping @Sendable (Assistant, Input, ModelTier) async throws(AssistantError) -> AssistantAnswer<Result>
    ) async throws -> AIAnswerResponse<Result> {
        let body = try req.content.decode(AITaskBody<Input>.self)
        let generation = try await generation(for: body, req)
        let assistant = req.lore.assistant
        let (answer, log) = try await generation.run(operation) { () async throws(AssistantError) in
            try await ask(assistant, body.input, generation.tier)
        }
        return try AIAnswerResponse(answer, log: log)
    }

    /// The caller, their asset (when named) and the tier, checked before any model is asked.
    private static func generation(for body: AITaskBody<some Codable & Sendable>, _ req: Request) async throws
        -> AIGeneration
    {
        let user = try req.requireUser()
        let (tier, assetID) = try body.commonFields()
        var asset: Asset?
        if let assetID { asset = try await AIAssets.ownAsset(assetID, of: user, on: req.db) }
        return AIGeneration(user: user, asset: asset, tier: tier, inputs: body, clock: req.lore.clock, database: req.db)
    }
}
