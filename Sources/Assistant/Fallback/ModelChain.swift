import Foundation

/// Runs a task through a tier's models in order until one gives a usable answer
/// (lore-inventory.md §4.14, DECISIONS.md [19]).
struct ModelChain: Sendable {
    let provider: any AIProvider
    let configuration: AssistantConfiguration
    let rateLimitMarks: any RateLimitMarks
    let now: @Sendable () -> Date

    struct Success<Result: Sendable>: Sendable {
        var result: Result
        var modelUsed: String
        var attempts: [ModelAttempt]
        var tokensUsed: Int?
    }

    func run<Work: AssistantTask>(
        _ task: Work, tier: ModelTier, started: ContinuousClock.Instant
    ) async throws(AssistantError) -> Success<Work.Result> {
        let models = configuration.tiers[tier]
        guard !models.isEmpty else { throw .noModelsConfigured(tier) }
        let messages = task.messages()
        var attempts: [ModelAttempt] = []
        var lastFailure: ModelFailure?
        var tokensUsed: Int?
        var markExpiries: [Date] = []

        for model in models {
            // A store that cannot be read must not block the request: the model is tried.
            if let until = (try? await rateLimitMarks.markedUntil(model, now: now())) ?? nil {
                attempts.append(
                    ModelAttempt(
                        model: model, outcome: .skipped, failure: .rateLimitedUntil(until), responseTimeMs: nil,
                        tokensUsed: nil))
                markExpiries.append(until)
                continue
            }
            let request = ChatRequest(
                model: model, messages: messages,
                temperature: task.isCreative ? configuration.temperature : configuration.analyticalTemperature,
                maxTokens: configuration.maxTokens, timeout: configuration.requestTimeout, subject: task.subject)
            let callStarted = ContinuousClock.now
            let failure: ModelFailure
            var callTokens: Int?
            do throws(AIProviderError) {
                let completion = try await provider.complete(request)
                callTokens = completion.usage?.totalTokens
                tokensUsed = Self.sum(tokensUsed, callTokens)
                do throws(AnswerError) {
                    let result = try task.parseAnswer(completion.text)
                    attempts.append(
                        ModelAttempt(
                            model: model, outcome: .succeeded, failure: nil,
                            responseTimeMs: (ContinuousClock.now - callStarted).wholeMilliseconds,
                            tokensUsed: callTokens))
                    return Success(
                        result: result, modelUsed: completion.model, attempts: attempts, tokensUsed: tokensUsed)
                } catch {
                    failure = .unusableAnswer(error)
                }
            } catch {
                failure = .provider(error)
                if case .rateLimited(let retryAfter, _) = error {
                    let cooldown = min(
                        retryAfter ?? configuration.rateLimitCooldown, configuration.maxRateLimitCooldown)
                    let until = now().addingTimeInterval(cooldown.seconds)
                    try? await rateLimitMarks.mark(model, until: until)
                    markExpiries.append(until)
                }
            }
            attempts.append(
                ModelAttempt(
                    model: model, outcome: .failed, failure: failure,
                    responseTimeMs: (ContinuousClock.now - callStarted).wholeMilliseconds, tokensUsed: callTokens))
            lastFailure = failure
            // Every model shares the key: after a 401 the rest would fail the same way.
            if case .provider(.unauthorized) = failure { break }
        }

        let onlyRateLimits = attempts.allSatisfy { attempt in
            switch attempt.failure {
            case .rateLimitedUntil?, .provider(.rateLimited)?: true
            default: false
            }
        }
        throw .allModelsFailed(
            AllModelsFailed(
                operation: Work.operation, tier: tier, attempts: attempts, lastFailure: lastFailure,
                retryAfter: onlyRateLimits ? markExpiries.min() : nil,
                responseTimeMs: (ContinuousClock.now - started).wholeMilliseconds, tokensUsed: tokensUsed))
    }

    private static func sum(_ total: Int?, _ more: Int?) -> Int? {
        guard let more else { return total }
        return (total ?? 0) + more
    }
}
