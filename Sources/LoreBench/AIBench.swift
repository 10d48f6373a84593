import App
import AsyncHTTPClient
import Ethereum
import Foundation
import NIOCore

/// A cached `POST /api/assets/ai/generate-title/` over loopback (signed in, rate limits off, the
/// local provider and the answer cache of the embedded defaults — in memory on SQLite, in the
/// database on PostgreSQL): requests per second
/// and latency, against `GET /healthz` on the same server; then the cache hit alone, in-process.
/// The original system reports ~50 ms for a cached answer (lore-inventory.md §6.1).
/// `LORE_BENCH_DATABASE_URL=postgres://…` runs it on PostgreSQL instead of the embedded SQLite.
let aiSuite = HTTPBenchmarkSuite(name: "ai") {
    let database = ProcessInfo.processInfo.environment["LORE_BENCH_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    let server = try await BenchServer.start(database.map { ["DATABASE_URL": $0] } ?? [:])
    print("ai: database \(database == nil ? "sqlite (embedded default)" : "postgresql")")
    let client = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: .init(timeout: .init(connect: .seconds(5))))
    do {
        let connections = 16
        let count = 5000
        let access = try await signIn(client: client, baseURL: server.baseURL)
        let body =
            #"{"description": "a mystical forest with glowing mushrooms and ethereal mist", "asset_type": "digital_art"}"#
        let titleRequest: @Sendable (Int) -> HTTPClientRequest = { _ in
            var request = HTTPClientRequest(url: server.baseURL + "/api/assets/ai/generate-title/")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "Authorization", value: "Bearer \(access)")
            request.body = .bytes(ByteBuffer(string: body))
            return request
        }
        // The first request fills the cache; every measured one is a hit.
        let warm = try await client.execute(titleRequest(0), timeout: .seconds(30))
        let warmBody = try await warm.body.collect(upTo: 1 << 16)
        guard warm.status == .ok else {
            throw BenchError("warm-up: HTTP \(warm.status.code): \(String(buffer: warmBody))")
        }

        let health = try await load(client: client, connections: connections, count: count) { _ in
            HTTPClientRequest(url: server.baseURL + "/healthz")
        }
        let titles = try await load(client: client, connections: connections, count: count, request: titleRequest)
        let healthRate = Double(count) / health.seconds
        let titleRate = Double(count) / titles.seconds
        report("ai", "GET /healthz (baseline) throughput", healthRate, "req/s")
        report("ai", "GET /healthz p50 latency", percentile(health.latencies, 50) * 1000, "ms")
        report("ai", "POST generate-title (cached) throughput", titleRate, "req/s")
        report("ai", "generate-title (cached) p50 latency", percentile(titles.latencies, 50) * 1000, "ms")
        report("ai", "generate-title (cached) p99 latency", percentile(titles.latencies, 99) * 1000, "ms")
        report("ai", "generate-title (cached) / healthz throughput ratio", titleRate / healthRate, "x")
        // One client at a time: the latency of a cached answer itself, without queueing behind
        // other writers (what the original system's ~50 ms describes).
        let alone = try await load(client: client, connections: 1, count: 500, request: titleRequest)
        report("ai", "generate-title (cached) p50 latency, 1 connection", percentile(alone.latencies, 50) * 1000, "ms")
        report("ai", "generate-title (cached) p99 latency, 1 connection", percentile(alone.latencies, 99) * 1000, "ms")

        // In-process: key, lookup in the configured cache (memory on the embedded defaults, the
        // database with LORE_BENCH_DATABASE_URL) and decoding of a hit, nothing else.
        let probe = AssistantProbe(server.app)
        let iterations = 5000
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations {
            guard
                try await probe.generateTitles(
                    description: "a mystical forest with glowing mushrooms and ethereal mist", assetType: "digital_art")
            else { throw BenchError("in-process request missed the cache") }
        }
        let perHit = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
        report("ai", "cache hit through the assistant, in-process", perHit / 1000, "µs/op")
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
    try await client.shutdown()
    try await server.stop()
}
