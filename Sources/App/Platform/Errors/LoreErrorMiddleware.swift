import Leaf
import Vapor

/// The one place errors become responses: the documented JSON envelope under `/api/`, an HTML
/// error page elsewhere. Internal errors are logged with the request id and reach the client
/// only as a generic 500 — never a stack trace, SQL text or file path.
struct LoreErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let apiError = Self.describe(error, request: request)
            if request.url.path.hasPrefix("/api/") || request.url.path == "/api" {
                return Self.jsonResponse(apiError, for: request)
            }
            return await Self.htmlResponse(apiError, for: request)
        }
    }

    /// Maps any error to the envelope's fields.
    static func describe(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let apiError as APIError:
            return apiError
        case let decoding as DecodingError:
            return describeDecoding(decoding)
        case let validations as ValidationsError:
            var fields: [String: [String]] = [:]
            for failure in validations.failures {
                fields[failure.key.description, default: []].append(failure.result.failureDescription ?? "is invalid")
            }
            return .validation(fields)
        case let abort as any AbortError:
            let status = abort.status
            // Abort reasons written by Vapor itself are client-facing (e.g. "Payload Too Large").
            var result = APIError(
                status, status.reasonPhrase, detail: abort.reason == status.reasonPhrase ? nil : abort.reason)
            if status == .notFound { result.detail = result.detail ?? "No such resource." }
            if status.code >= 500 {
                request.logger.error("Server error \(status.code): \(String(reflecting: error))")
                result.detail = "An unexpected error occurred. Reference: \(request.id)."
            }
            result.headers = abort.headers
            return result
        default:
            request.logger.error("Unhandled error: \(String(reflecting: error))")
            return APIError(
                .internalServerError, "Internal server error",
                detail: "An unexpected error occurred. Reference: \(request.id).")
        }
    }

    /// Malformed JSON is 400 with the parser's reason; a missing or mistyped field is 400 with
    /// a field error naming it.
    static func describeDecoding(_ error: DecodingError) -> APIError {
        func path(_ context: DecodingError.Context, _ key: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            return keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .validation([path(context, key): ["This field is required."]])
        case .valueNotFound(_, let context):
            return .validation([path(context): ["This field may not be null."]])
        case .typeMismatch(let type, let context):
            return .validation([path(context): ["Expected \(readableTypeName(type))."]])
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return APIError(.badRequest, "Malformed request body", detail: "The request body is not valid JSON.")
            }
            return .validation([path(context): [context.debugDescription]])
        @unknown default:
            return APIError(.badRequest, "Malformed request body")
        }
    }

    private static func readableTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is UInt.Type: "an integer"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of another type"
        }
    }

    static func jsonResponse(_ error: APIError, for request: Request) -> Response {
        var headers = error.headers
        headers.contentType = .json
        let envelope = ErrorEnvelope(
            error: error.error, detail: error.detail, fieldErrors: error.fieldErrors,
            retryAfter: error.extra["retry_after"])
        let body = (try? JSONEncoder().encode(envelope)) ?? Data(#"{"error":"Internal server error"}"#.utf8)
        return Response(status: error.status, headers: headers, body: .init(data: body))
    }

    static func htmlResponse(_ error: APIError, for request: Request) async -> Response {
        let context = ErrorPageContext(
            status: Int(error.status.code), title: error.error, detail: error.detail, requestId: request.id)
        var headers = error.headers
        headers.contentType = .html
        do {
            let view = try await request.view.render("error", context)
            return Response(status: error.status, headers: headers, body: .init(buffer: view.data))
        } catch {
            request.logger.error("The error page could not be rendered: \(String(reflecting: error))")
        }
        let escaped = context.title.replacingOccurrences(of: "<", with: "&lt;")
        return Response(
            status: error.status, headers: headers,
            body: .init(string: "<!doctype html><title>\(context.status)</title><h1>\(context.status) \(escaped)</h1>"))
    }
}

/// What the HTML error page shows.
struct ErrorPageContext: Encodable {
    let status: Int
    let title: String
    let detail: String?
    let requestId: String
}
