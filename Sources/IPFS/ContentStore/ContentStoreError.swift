/// Why a ``ContentStore`` operation failed. The app maps these to HTTP statuses: `tooLarge` →
/// 413, `empty` → 400, `corrupted` → 500 (and the content is withdrawn), the `upstream…` cases
/// → 502 (503 with `Retry-After` for `upstreamRateLimited`).
public enum ContentStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The content passed the size limit (bytes).
    case tooLarge(limit: Int64)
    /// Nothing was written.
    case empty
    /// The writer was used after it finished, failed or was cancelled, or while a call was still running.
    case writerClosed
    /// Stored bytes no longer match their CID.
    case corrupted(cid: String, reason: String)
    /// A filesystem operation failed.
    case io(operation: String, path: String, reason: String)
    /// The upstream named a different CID than the one computed locally.
    case cidMismatch(expected: String, received: String)
    /// The upstream refused the credentials (HTTP 401/403).
    case upstreamUnauthorized(service: String, detail: String)
    /// The upstream is rate limiting (HTTP 429); `retryAfter` in seconds when it said.
    case upstreamRateLimited(service: String, retryAfter: Int?)
    /// The upstream failed (HTTP 5xx) or refused the request (other 4xx).
    case upstreamFailed(service: String, status: Int, detail: String)
    /// The upstream could not be reached or did not answer in time.
    case upstreamUnreachable(service: String, detail: String)
    /// The upstream answered something that is not what its API documents.
    case upstreamInvalidResponse(service: String, detail: String)

    public var description: String {
        switch self {
        case .tooLarge(let limit): "the content is larger than the limit of \(limit) bytes"
        case .empty: "the content is empty"
        case .writerClosed: "the content writer is closed or busy"
        case .corrupted(let cid, let reason): "stored content \(cid) is corrupted: \(reason)"
        case .io(let operation, let path, let reason): "\(operation) \(path) failed: \(reason)"
        case .cidMismatch(let expected, let received):
            "the pinning service stored the content as \(received), but its CID is \(expected)"
        case .upstreamUnauthorized(let service, let detail): "\(service) refused the credentials: \(detail)"
        case .upstreamRateLimited(let service, let retryAfter):
            "\(service) is rate limiting requests" + (retryAfter.map { "; retry after \($0) s" } ?? "")
        case .upstreamFailed(let service, let status, let detail): "\(service) answered HTTP \(status): \(detail)"
        case .upstreamUnreachable(let service, let detail): "\(service) could not be reached: \(detail)"
        case .upstreamInvalidResponse(let service, let detail): "\(service) sent an unexpected answer: \(detail)"
        }
    }

    /// True for failures of an upstream service (the app answers 502/503).
    public var isUpstreamFailure: Bool {
        switch self {
        case .cidMismatch, .upstreamUnauthorized, .upstreamRateLimited, .upstreamFailed, .upstreamUnreachable,
            .upstreamInvalidResponse:
            true
        default:
            false
        }
    }
}
