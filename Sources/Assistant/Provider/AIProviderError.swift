/// Why a provider call failed. The fallback chain decides per case what to do next.
public enum AIProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// HTTP 429 (or an error object with code 429): the model is marked rate-limited and skipped.
    case rateLimited(retryAfter: Duration?, message: String)
    /// HTTP 5xx.
    case serverError(status: Int, message: String)
    /// No complete answer within the request's timeout.
    case timeout(after: Duration)
    /// The server could not be reached or closed the connection.
    case connectionFailed(String)
    /// HTTP 401/403: the key is missing or wrong. Every model behind the same key will fail alike.
    case unauthorized(status: Int, message: String)
    /// Another 4xx, e.g. an unknown model id or a request the server refuses.
    case rejected(status: Int, message: String)
    /// A 2xx answer that is not a chat completion (not JSON, no choices, no content).
    case badResponse(String)

    public var description: String {
        switch self {
        case .rateLimited(let retryAfter, let message):
            let wait = retryAfter.map { ", retry after \($0.components.seconds) s" } ?? ""
            return "rate limited (HTTP 429\(wait))" + Self.suffix(message)
        case .serverError(let status, let message):
            return "server error (HTTP \(status))" + Self.suffix(message)
        case .timeout(let after):
            return "timed out after \(after.wholeMilliseconds) ms"
        case .connectionFailed(let reason):
            return "connection failed: \(reason)"
        case .unauthorized(let status, let message):
            return "unauthorized (HTTP \(status)): check the API key" + Self.suffix(message)
        case .rejected(let status, let message):
            return "request rejected (HTTP \(status))" + Self.suffix(message)
        case .badResponse(let reason):
            return "bad response: \(reason)"
        }
    }

    private static func suffix(_ message: String) -> String {
        message.isEmpty ? "" : ": \(message)"
    }
}
