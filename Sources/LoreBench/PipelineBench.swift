import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Pipeline latency on the embedded defaults (SQLite, local content store, local ledger, the
/// in-process workers of `lore serve`): from `POST /api/assets/` to the asset reading
/// `registered` through `GET /api/assets/{uuid}/`, one asset at a time (polled every millisecond)
/// and then 64 created at once (each polled every 10 ms, so the polls do not crowd out the work). Baseline: the `POST` alone (validate, save, enqueue, 201).
let pipelineSuite = HTTPBenchmarkSuite(name: "pipeline") {
    let server = try await BenchServer.start(serve: true)
    var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(5)))
    configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)
    let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    do {
        let api = PipelineClient(client: client, baseURL: server.baseURL)
        let access = try await signIn(client: client, baseURL: server.baseURL)
        let mediaURL = try await api.uploadImage(access: access)

        // Warm-up: connections, prepared statements, the first journal block.
        for index in 0..<5 { _ = try await api.createAndWait(index: -1 - index, mediaURL: mediaURL, access: access) }

        var posts: [Double] = []
        var totals: [Double] = []
        for index in 0..<100 {
            let timing = try await api.createAndWait(index: index, mediaURL: mediaURL, access: access)
            posts.append(timing.post)
            totals.append(timing.registered)
        }
        report("pipeline", "POST /api/assets/ alone (baseline) p50", percentile(posts, 50) * 1000, "ms")
        report("pipeline", "POST to registered, one at a time, p50", percentile(totals, 50) * 1000, "ms")
        report("pipeline", "POST to registered, one at a time, p99", percentile(totals, 99) * 1000, "ms")
        report(
            "pipeline", "POST to registered / POST alone (p50) ratio", percentile(totals, 50) / percentile(posts, 50),
            "x")

        let burst = 64
        let start = DispatchTime.now().uptimeNanoseconds
        let concurrent = try await withThrowingTaskGroup(of: Double.self) { group in
            for index in 0..<burst {
                group.addTask {
                    try await api.createAndWait(
                        index: 1000 + index, mediaURL: mediaURL, access: access, poll: .milliseconds(10)
                    ).registered
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        report("pipeline", "\(burst) created at once: POST to registered p50", percentile(concurrent, 50) * 1000, "ms")
        report("pipeline", "\(burst) created at once: POST to registered p99", percentile(concurrent, 99) * 1000, "ms")
        report("pipeline", "\(burst) created at once: assets registered per second", Double(burst) / seconds, "/s")
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
    try await client.shutdown()
    try await server.stop()
}

/// The requests of the pipeline benchmark.
private struct PipelineClient: Sendable {
    let client: HTTPClient
    let baseURL: String

    /// Uploads a small PNG once; every asset of the run points at it.
    func uploadImage(access: String) async throws -> String {
        let boundary = "lore-bench-pipeline"
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var body = ByteBuffer(
            string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"asset_type\"\r\n\r\ndigital_art\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"work.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
        body.writeBytes(png)
        body.writeString("\r\n--\(boundary)--\r\n")
        var request = HTTPClientRequest(url: baseURL + "/api/assets/upload-to-ipfs/")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(access)")
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)")
        request.body = .bytes(body)
        let json = try await send(request, expecting: .created)
        guard let mediaURL = json["media_url"] as? String else { throw BenchError("upload: no media_url") }
        return mediaURL
    }

    /// Creates one asset and polls it until it is registered: the `POST`'s own latency and the
    /// time from sending the `POST` to reading `registered`, in seconds.
    func createAndWait(
        index: Int, mediaURL: String, access: String, poll: Duration = .milliseconds(1)
    ) async throws -> (post: Double, registered: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let fields: [String: Any] = [
            "title": "Benchmark work \(index)", "description": "Asset \(index) of the pipeline benchmark.",
            "asset_type": "digital_art", "media_url": mediaURL,
            "license_type": "commercial_remix", "royalty_percentage": 10,
        ]
        var create = HTTPClientRequest(url: baseURL + "/api/assets/")
        create.method = .POST
        create.headers.add(name: "Authorization", value: "Bearer \(access)")
        create.headers.add(name: "Content-Type", value: "application/json")
        create.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: fields)))
        let created = try await send(create, expecting: .created)
        let posted = DispatchTime.now().uptimeNanoseconds
        guard let uuid = created["uuid"] as? String else { throw BenchError("create: no uuid") }
        while true {
            var read = HTTPClientRequest(url: baseURL + "/api/assets/\(uuid)/")
            read.headers.add(name: "Authorization", value: "Bearer \(access)")
            let asset = try await send(read, expecting: .ok)
            switch asset["registration_status"] as? String {
            case "registered":
                let now = DispatchTime.now().uptimeNanoseconds
                return (Double(posted - start) / 1e9, Double(now - start) / 1e9)
            case "failed":
                throw BenchError("asset \(uuid) failed: \(asset["registration_error"] ?? "?")")
            default:
                guard Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < 60 else {
                    throw BenchError("asset \(uuid) not registered within 60 s")
                }
                try await Task.sleep(for: poll)
            }
        }
    }

    private func send(_ request: HTTPClientRequest, expecting status: HTTPResponseStatus) async throws -> [String: Any]
    {
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == status,
            let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        else {
            throw BenchError("\(request.url): HTTP \(response.status.code) \(String(buffer: body))")
        }
        return json
    }
}
