import Foundation

/// Why a call to the assistant produced no answer.
public enum AssistantError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request's fields break the rules (the app answers 400 with `field_errors`).
    case invalidInput([FieldError])
    /// Every model of the tier failed or was skipped (the app answers 502, or 503 with
    /// `Retry-After` when `retryAfter` is set because every model is rate-limited).
    case allModelsFailed(AllModelsFailed)
    /// The tier has no models configured.
    case noModelsConfigured(ModelTier)

    public var description: String {
        switch self {
        case .invalidInput(let errors):
            "Invalid input: " + errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case .allModelsFailed(let failure):
            failure.description
        case .noModelsConfigured(let tier):
            "No AI models are configured for the \(tier.rawValue) tier."
        }
    }

    /// `{"field": ["message", …]}`, the error envelope's `field_errors`.
    public var fieldErrors: [String: [String]] {
        guard case .invalidInput(let errors) = self else { return [:] }
        return Dictionary(grouping: errors, by: \.field).mapValues { $0.map(\.message) }
    }
}

/// One invalid field.
public struct FieldError: Sendable, Equatable, Codable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// The whole story of a request no model could answer.
public struct AllModelsFailed: Error, Sendable, Equatable, CustomStringConvertible {
    public var operation: AssistantOperation
    public var tier: ModelTier
    /// Every model of the tier in order, including the ones skipped while rate-limited.
    public var attempts: [ModelAttempt]
    /// The failure of the last model actually called; nil when every model was skipped.
    public var lastFailure: ModelFailure?
    /// When every model was skipped as rate-limited: the earliest moment one becomes usable again.
    public var retryAfter: Date?
    /// Time spent on the request, in milliseconds.
    public var responseTimeMs: Int
    /// Tokens consumed by answers that were then rejected, when the provider reported them.
    public var tokensUsed: Int?

    public var description: String {
        if let lastFailure {
            return "All models failed. Last error: \(lastFailure)"
        }
        return "All models of the \(tier.rawValue) tier are rate-limited; try again later."
    }
}

/// Why one model did not produce the answer.
public enum ModelFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call itself failed.
    case provider(AIProviderError)
    /// The call succeeded but the answer was not the expected JSON (DECISIONS.md [19]: a model failure).
    case unusableAnswer(AnswerError)
    /// Skipped without a call: the model is marked rate-limited until this moment.
    case rateLimitedUntil(Date)

    public var description: String {
        switch self {
        case .provider(let error): error.description
        case .unusableAnswer(let error): "unusable answer: \(error)"
        case .rateLimitedUntil(let date): "skipped: rate-limited until \(date.formatted(.iso8601))"
        }
    }
}

/// Why a model's text could not be used as the task's answer.
public enum AnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case noJSON
    case malformedJSON(String)
    case wrongShape(String)

    public var description: String {
        switch self {
        case .empty: "the answer is empty"
        case .noJSON: "the answer contains no JSON"
        case .malformedJSON(let reason): "the answer's JSON is malformed (\(reason))"
        case .wrongShape(let reason): "the answer has the wrong shape: \(reason)"
        }
    }
}
