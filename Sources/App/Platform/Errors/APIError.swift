import Vapor

/// An error with everything the documented envelope needs:
/// `{"error": "...", "detail": "...", "field_errors": {"field": ["..."]}}` (DECISIONS.md "API shape").
struct APIError: Error, AbortError {
    var status: HTTPResponseStatus
    /// Brief message (the envelope's `error`).
    var error: String
    /// Detailed explanation (the envelope's `detail`).
    var detail: String?
    var fieldErrors: [String: [String]]?
    var headers: HTTPHeaders = [:]
    /// Extra top-level fields (the rate limiter's `retry_after`).
    var extra: [String: Int] = [:]

    var reason: String { detail ?? error }

    init(
        _ status: HTTPResponseStatus, _ error: String, detail: String? = nil,
        fieldErrors: [String: [String]]? = nil, headers: HTTPHeaders = [:]
    ) {
        self.status = status
        self.error = error
        self.detail = detail
        self.fieldErrors = fieldErrors
        self.headers = headers
    }

    /// 400 for well-formed-but-invalid field values, with one message per field.
    static func validation(_ fieldErrors: [String: [String]], detail: String? = nil) -> APIError {
        APIError(.badRequest, "Validation failed", detail: detail, fieldErrors: fieldErrors)
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, "Not found", detail: "\(what) does not exist.")
    }

    static let unauthenticated = APIError(
        .unauthorized, "Not authenticated", detail: "Authentication credentials were not provided.")

    static func forbidden(_ detail: String) -> APIError {
        APIError(.forbidden, "Permission denied", detail: detail)
    }

    static func conflict(_ detail: String, fieldErrors: [String: [String]]? = nil) -> APIError {
        APIError(.conflict, "Conflict", detail: detail, fieldErrors: fieldErrors)
    }
}

/// The JSON body of every error under `/api/`.
struct ErrorEnvelope: Content {
    var error: String
    var detail: String?
    var fieldErrors: [String: [String]]?
    var retryAfter: Int?

    enum CodingKeys: String, CodingKey {
        case error, detail
        case fieldErrors = "field_errors"
        case retryAfter = "retry_after"
    }
}
