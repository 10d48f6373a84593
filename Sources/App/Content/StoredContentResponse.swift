import IPFS
import Vapor

/// The HTTP answer for stored content: content is immutable (its address is its hash), so the
/// CID is a strong `ETag`, caching is `immutable`, `If-None-Match` answers 304, and a single
/// `Range` (RFC 9110 §14) answers 206 — or 416 with `Content-Range: bytes */size`. Bytes are
/// streamed from the store chunk by chunk, never loaded whole.
enum StoredContentResponse {
    static let cacheControl = "public, max-age=31536000, immutable"
    /// Markup can run script or pull in other resources: served inert (no script, no loads,
    /// sandboxed) so an uploaded SVG or HTML page cannot act as Lore's origin.
    static let activeContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    static let activeTypes: Set<String> = [
        "image/svg+xml", "text/html", "application/xml", "text/xml", "application/xhtml+xml",
    ]

    static func make(for object: StoredObject, request: Request) throws -> Response {
        let etag = "\"\(object.cid)\""
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        headers.replaceOrAdd(name: .acceptRanges, value: "bytes")
        headers.replaceOrAdd(name: .xContentTypeOptions, value: "nosniff")
        if activeTypes.contains(object.mimeType) {
            headers.replaceOrAdd(name: .contentSecurityPolicy, value: activeContentPolicy)
        }

        let ifNoneMatch = request.headers[.ifNoneMatch].joined(separator: ",")
        if !ifNoneMatch.isEmpty, EntityTags.anyMatches(ifNoneMatch, opaqueTag: object.cid.description, weak: true) {
            let response = Response(status: .notModified, headers: headers)
            response.headers.remove(name: .contentLength)
            return response
        }

        var range: Range<Int64> = 0..<object.size
        var status = HTTPResponseStatus.ok
        if let rangeHeader = request.headers.first(name: .range), rangeApplies(request, etag: object.cid.description),
            let wanted = ByteRangeRequest(headerValue: rangeHeader)
        {
            guard let resolved = wanted.resolved(size: object.size) else {
                headers.replaceOrAdd(name: .contentRange, value: "bytes */\(object.size)")
                throw APIError(
                    .rangeNotSatisfiable, "Range not satisfiable",
                    detail: "The content has \(object.size) bytes; the requested range lies outside it.",
                    headers: headers)
            }
            range = resolved
            status = .partialContent
            headers.replaceOrAdd(
                name: .contentRange, value: "bytes \(resolved.lowerBound)-\(resolved.upperBound - 1)/\(object.size)")
        }
        headers.replaceOrAdd(name: .contentType, value: contentType(object.mimeType))

        if request.method == .HEAD {
            let response = Response(status: status, headers: headers)
            response.headers.replaceOrAdd(name: .contentLength, value: String(range.count))
            return response
        }
        let chunks = object.chunks(in: range)
        let body = Response.Body(
            managedAsyncStream: { writer in
                for try await chunk in chunks {
                    try await writer.writeBuffer(chunk)
                }
            }, count: Int(range.count))
        return Response(status: status, headers: headers, body: body)
    }

    /// Text types carry their charset: the sniffer only gives them to UTF-8 text.
    static func contentType(_ mimeType: String) -> String {
        MediaTypeSniffer.isTextual(mimeType) ? mimeType + "; charset=utf-8" : mimeType
    }

    /// `If-Range` (RFC 9110 §13.1.5): the range applies only when the tag matches strongly; a
    /// date never matches (there is no `Last-Modified`), so the whole content is sent.
    private static func rangeApplies(_ request: Request, etag: String) -> Bool {
        guard let ifRange = request.headers.first(name: .ifRange) else { return true }
        return EntityTags.anyMatches(ifRange, opaqueTag: etag, weak: false)
    }
}

/// Entity-tag lists of `If-None-Match` and `If-Range` (RFC 9110 §8.8.3, §13.1.2).
enum EntityTags {
    /// Whether `header` is `*` or lists `"opaqueTag"` (also as `W/"…"` when `weak`).
    static func anyMatches(_ header: String, opaqueTag: String, weak: Bool) -> Bool {
        var rest = Substring(header)
        if weak && rest.trimmingCharacters(in: .whitespaces) == "*" { return true }
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
            guard !rest.isEmpty else { return false }
            var isWeak = false
            if rest.hasPrefix("W/") {
                isWeak = true
                rest = rest.dropFirst(2)
            }
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { return false }
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            if tag == opaqueTag && (weak || !isWeak) { return true }
            rest = rest[rest.index(after: close)...]
        }
    }
}
