import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Sends requests to an in-memory app and decodes answers; tests read like HTTP exchanges.
struct TestClient: Sendable {
    let app: Application
    let clock: LoreClock

    /// Sends a request with an optional JSON body (an `Encodable` or a raw string).
    func send(
        _ method: HTTPMethod, _ path: String, json: (any Encodable & Sendable)? = nil, raw: String? = nil,
        bearer: String? = nil, headers: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        var headers = headers
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        var body: ByteBuffer?
        if let json {
            let encoder = JSONEncoder()
            body = ByteBuffer(data: try encoder.encode(json))
            headers.contentType = .json
        } else if let raw {
            body = ByteBuffer(string: raw)
            headers.contentType = .json
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }
}

extension TestingHTTPResponse {
    /// The body as a JSON object.
    var json: [String: Any] {
        get throws {
            let data = Data(buffer: body)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "body: \(body.string)")
        }
    }

    /// The documented error envelope's `detail`, or nil.
    var errorDetail: String? { (try? json)?["detail"] as? String }

    /// The documented error envelope's `error`, or nil.
    var errorTitle: String? { (try? json)?["error"] as? String }

    /// `Set-Cookie` values by cookie name.
    var setCookies: [String: String] {
        var cookies: [String: String] = [:]
        for header in headers[.setCookie] {
            guard let pair = header.split(separator: ";").first, let eq = pair.firstIndex(of: "=") else { continue }
            cookies[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        return cookies
    }

    /// The full `Set-Cookie` header for one cookie.
    func setCookieHeader(_ name: String) -> String? {
        headers[.setCookie].first { $0.hasPrefix("\(name)=") }
    }
}

/// JSON bodies written inline in tests.
struct JSONBody: Encodable, Sendable {
    let fields: [String: String]
    init(_ fields: [String: String]) { self.fields = fields }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fields)
    }
}

extension TestClient {
    /// Ticks the scheduler once and runs every due job to completion (what the background
    /// workers would do), returning how many ran.
    @discardableResult
    func runScheduledJobs() async throws -> Int {
        let services = app.lore
        try await RecurringSchedule.tick(services.schedules, queue: services.jobQueue, now: clock.now(), on: app.db)
        return try await app.makeJobWorker().drain()
    }
}
