import App
import AsyncHTTPClient
import Ethereum
import Foundation
import NIOCore
import Vapor

/// One named HTTP benchmark group.
struct HTTPBenchmarkSuite: Sendable {
    let name: String
    let run: @Sendable () async throws -> Void
}

/// A Lore server on 127.0.0.1 with a temporary data directory, for one suite.
struct BenchServer {
    let app: Application
    let baseURL: String
    let dataDirectory: String

    /// - Parameter serve: also run the scheduler and the job workers, as `lore serve` does.
    static func start(_ overrides: [String: String] = [:], serve: Bool = false) async throws -> BenchServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lore-bench-\(UUID())").path
        let port = Int.random(in: 20_000...60_000)
        var values = [
            "LORE_ENV": "production", "LORE_DATA_DIR": directory, "LORE_PORT": String(port),
            "LORE_RATE_LIMITS_ENABLED": "false", "LORE_LOG_LEVEL": "error",
            "LORE_PUBLIC_URL": "http://127.0.0.1:\(port)",
        ]
        values.merge(overrides) { _, new in new }
        let config = try LoreConfig(values: values, defaultEnvironment: "production")
        let app = try await Application.make(.production)
        try await configure(app, config: config)
        try await app.autoMigrate()
        if serve {
            try await prepareServe(app, config: config)
            try await app.asyncBoot()
        }
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        return BenchServer(app: app, baseURL: "http://127.0.0.1:\(port)", dataDirectory: directory)
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }
}

/// Fires `requests` (built by index) over `connections` concurrent loops; returns per-request
/// latencies in seconds and the wall time.
func load(
    client: HTTPClient, connections: Int, count: Int,
    request: @escaping @Sendable (Int) throws -> HTTPClientRequest,
    expect status: HTTPResponseStatus = .ok
) async throws -> (latencies: [Double], seconds: Double) {
    let next = ManagedAtomicCounter()
    let start = DispatchTime.now().uptimeNanoseconds
    let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
        for _ in 0..<connections {
            group.addTask {
                var mine: [Double] = []
                while true {
                    let index = next.increment()
                    guard index < count else { return mine }
                    let begin = DispatchTime.now().uptimeNanoseconds
                    let response = try await client.execute(try request(index), timeout: .seconds(30))
                    _ = try await response.body.collect(upTo: 1 << 20)
                    guard response.status == status else {
                        throw BenchError("request \(index): HTTP \(response.status.code), expected \(status.code)")
                    }
                    mine.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9)
                }
            }
        }
        return try await group.reduce(into: []) { $0 += $1 }
    }
    return (latencies, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A lock-protected counter handing out request indices.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += 1
        return current
    }
}

/// The p-th percentile (0…100) of `values`.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[rank]
}

func report(_ suite: String, _ label: String, _ value: Double, _ unit: String) {
    print("\(suite): \(label) \(String(format: "%.2f", value)) \(unit)")
}

/// Signs a fresh wallet in over HTTP (SIWE); returns the access token.
func signIn(client: HTTPClient, baseURL: String) async throws -> String {
    let key = PrivateKey.random()
    func post(_ path: String, _ json: [String: String]) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: json)))
        let response = try await client.execute(request, timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 16)
        guard response.status == .ok,
            let object = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        else {
            throw BenchError("\(path): HTTP \(response.status.code) \(String(buffer: body))")
        }
        return object
    }
    let nonce = try await post("/api/auth/generate-nonce/", ["address": key.address.checksummed])
    guard let message = nonce["message"] as? String else { throw BenchError("generate-nonce: no message") }
    let session = try await post(
        "/api/auth/verify-signature/", ["message": message, "signature": key.signPersonalMessage(message).hex])
    guard let access = session["access"] as? String else { throw BenchError("verify-signature: no access token") }
    return access
}
