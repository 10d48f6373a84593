import AsyncHTTPClient
import Ethereum
import Foundation
import NIOCore
import NIOHTTP1

/// Full `POST /api/auth/verify-signature/` requests per second over loopback (parse, validate,
/// recover, consume the nonce, find the user, start a session, sign a JWT), against
/// `GET /healthz` on the same server as the baseline.
let signInSuite = HTTPBenchmarkSuite(name: "signin") {
    let server = try await BenchServer.start()
    let client = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: .init(timeout: .init(connect: .seconds(5))))
    do {
        let connections = 16
        let wallets = (0..<32).map { _ in PrivateKey.random() }
        let count = 3000

        // setup: nonces and signed messages, prepared before the clock starts
        var bodies: [String] = []
        bodies.reserveCapacity(count)
        for index in 0..<count {
            let key = wallets[index % wallets.count]
            var request = HTTPClientRequest(url: server.baseURL + "/api/auth/generate-nonce/")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: #"{"address":"\#(key.address.checksummed)"}"#))
            let response = try await client.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 16)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: body)) as! [String: Any]
            let message = json["message"] as! String
            let signature = key.signPersonalMessage(message).hex
            let payload = try JSONSerialization.data(withJSONObject: ["message": message, "signature": signature])
            bodies.append(String(decoding: payload, as: UTF8.self))
        }
        let prepared = bodies

        let health = try await load(client: client, connections: connections, count: count) { _ in
            HTTPClientRequest(url: server.baseURL + "/healthz")
        }
        let verify = try await load(client: client, connections: connections, count: count) { index in
            var request = HTTPClientRequest(url: server.baseURL + "/api/auth/verify-signature/")
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: prepared[index]))
            return request
        }
        let healthRate = Double(count) / health.seconds
        let verifyRate = Double(count) / verify.seconds
        report("signin", "GET /healthz (baseline) throughput", healthRate, "req/s")
        report("signin", "POST verify-signature throughput", verifyRate, "req/s")
        report("signin", "verify-signature p50 latency", percentile(verify.latencies, 50) * 1000, "ms")
        report("signin", "verify-signature p99 latency", percentile(verify.latencies, 99) * 1000, "ms")
        report("signin", "verify-signature / healthz throughput ratio", verifyRate / healthRate, "x")
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
    try await client.shutdown()
    try await server.stop()
}
