import Vapor

/// A response body that is only encoded (never decoded, unlike `Content`), as JSON with 200 OK —
/// for answers whose `encode(to:)` merges several values into one object.
protocol JSONResponseEncodable: Encodable, AsyncResponseEncodable {}

extension JSONResponseEncodable {
    func encodeResponse(for request: Request) async throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(self, as: .json)
        return response
    }
}
