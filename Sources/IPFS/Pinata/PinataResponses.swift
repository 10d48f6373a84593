import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Pinata's answer to a pin request.
struct PinResponse: Decodable {
    let IpfsHash: String
    let PinSize: Int64?
}

/// Turns non-success HTTP answers of Pinata or a gateway into ``ContentStoreError``s with a
/// readable detail taken from the body when it has one.
enum UpstreamFailure {
    static func error(service: String, status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer)
        -> ContentStoreError
    {
        let detail = readableDetail(body) ?? status.reasonPhrase
        switch status.code {
        case 401, 403:
            return .upstreamUnauthorized(service: service, detail: detail)
        case 429:
            let retryAfter = headers.first(name: "retry-after").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return .upstreamRateLimited(service: service, retryAfter: retryAfter)
        default:
            return .upstreamFailed(service: service, status: Int(status.code), detail: detail)
        }
    }

    /// `{"error": {"reason", "details"}}`, `{"error": "..."}`, `{"message": "..."}`, or the text itself (shortened).
    static func readableDetail(_ body: ByteBuffer) -> String? {
        guard body.readableBytes > 0 else { return nil }
        if let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] {
            if let error = object["error"] as? [String: Any] {
                let parts = [error["reason"], error["details"]].compactMap { $0 as? String }
                if !parts.isEmpty { return parts.joined(separator: ": ") }
            }
            if let error = object["error"] as? String { return error }
            if let message = object["message"] as? String { return message }
        }
        let text = String(buffer: body).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : String(text.prefix(300))
    }
}
