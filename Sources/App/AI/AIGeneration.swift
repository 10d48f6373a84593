import Assistant
import Fluent
import Foundation
import Vapor

/// Runs one assistant task for a signed-in user and records it in `AIGenerationLog`, whatever
/// the outcome: answered, served from the cache, or failed (DECISIONS.md "AI").
struct AIGeneration {
    let user: User
    /// The caller's own asset the request is about, if it named one.
    let asset: Asset?
    let tier: ModelTier
    /// The request's fields, as logged.
    let inputs: any Encodable & Sendable
    let clock: LoreClock
    let database: any Database

    /// Calls the assistant; on success writes a `success` or `cached` log row and returns it
    /// with the answer. Invalid input is a 400 and is not logged (nothing was asked of a model);
    /// any other failure writes a `failed` row and becomes a 502, or a 503 with `Retry-After`
    /// when every model is rate-limited.
    func run<Result: Codable & Sendable & Equatable>(
        _ operation: AssistantOperation,
        _ call: () async throws(AssistantError) -> AssistantAnswer<Result>
    ) async throws -> (AssistantAnswer<Result>, AIGenerationLog) {
        let answer: AssistantAnswer<Result>
        do {
            answer = try await call()
        } catch {
            throw try await record(error, operation: operation)
        }
        let log = try makeLog(operation)
        log.outputData = try AIJSON.string(answer.result)
        log.modelUsed = answer.modelUsed
        log.status = answer.cacheHit ? .cached : .success
        log.cacheHit = answer.cacheHit
        log.responseTimeMs = answer.responseTimeMs
        log.tokensUsed = answer.cacheHit ? 0 : answer.tokensUsed
        log.promptVersion = answer.promptVersion
        log.attempts = try AIJSON.string(answer.attempts)
        log.cacheKey = answer.cacheKey
        try await log.create(on: database)
        return (answer, log)
    }

    /// Logs a failed request and returns the error the client gets.
    private func record(_ error: AssistantError, operation: AssistantOperation) async throws -> APIError {
        let log = try makeLog(operation)
        log.status = .failed
        log.errorMessage = error.description
        switch error {
        case .invalidInput:
            return .validation(error.fieldErrors)
        case .allModelsFailed(let failure):
            log.responseTimeMs = failure.responseTimeMs
            log.tokensUsed = failure.tokensUsed
            log.attempts = try AIJSON.string(failure.attempts)
            try await log.create(on: database)
            if let retryAfter = failure.retryAfter {
                let seconds = max(1, Int(retryAfter.timeIntervalSince(clock.now()).rounded(.up)))
                var apiError = APIError(
                    .serviceUnavailable, "AI models are rate-limited", detail: failure.description,
                    headers: ["Retry-After": String(seconds)])
                apiError.extra["retry_after"] = seconds
                return apiError
            }
            return APIError(.badGateway, operation.failureTitle, detail: failure.description)
        case .noModelsConfigured:
            try await log.create(on: database)
            return APIError(.badGateway, operation.failureTitle, detail: error.description)
        }
    }

    /// A row with everything known before the outcome.
    private func makeLog(_ operation: AssistantOperation) throws -> AIGenerationLog {
        let log = AIGenerationLog()
        log.$user.id = try user.requireID()
        log.$asset.id = try asset?.requireID()
        log.operationType = operation.rawValue
        log.modelTier = tier.rawValue
        log.inputData = try AIJSON.string(inputs)
        log.outputData = nil
        log.modelUsed = ""
        log.status = .failed
        log.cacheHit = false
        log.responseTimeMs = 0
        log.tokensUsed = nil
        log.errorMessage = ""
        log.promptVersion = operation.promptVersion
        log.attempts = "[]"
        log.cacheKey = ""
        log.createdAt = clock.now()
        return log
    }
}

extension AssistantOperation {
    /// The error envelope's `error` when no model could answer (inventory §2.0's example).
    var failureTitle: String {
        switch self {
        case .title: "Failed to generate titles"
        case .description: "Failed to enhance description"
        case .analysis: "Failed to analyze content"
        case .license: "Failed to suggest license"
        case .derivative: "Failed to analyze derivative"
        }
    }
}

/// Compact JSON with sorted keys, for the log's JSON columns.
enum AIJSON {
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
