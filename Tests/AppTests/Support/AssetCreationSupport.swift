import Assistant
import Ethereum
import Foundation
import IPFS
import LoreJSON
import Story
import Testing
import Vapor
import VaporTesting

@testable import App

/// Creating assets through the API in tests.
extension TestClient {
    var ledger: any IPLedger { app.lore.ledger }

    /// Puts `bytes` into the content store (as an upload would) and returns `ipfs://<cid>`.
    func storeMedia(_ bytes: [UInt8]) async throws -> String {
        let stored = try await app.lore.contentStore.put(bytes: bytes)
        return "ipfs://\(stored.cid)"
    }

    /// `POST /api/assets/` with the given fields (strings, numbers, nested objects).
    func createAsset(_ fields: [String: JSONValue], bearer: String) async throws -> TestingHTTPResponse {
        try await send(.POST, "/api/assets/", json: JSONValue.object(fields), bearer: bearer)
    }

    /// A valid creation body for a PNG stored now, with `overrides` applied.
    func assetFields(title: String = "Dawn over the harbour", seed: UInt64 = 1, _ overrides: [String: JSONValue] = [:])
        async throws -> [String: JSONValue]
    {
        var fields: [String: JSONValue] = [
            "title": .string(title), "description": .string("Oil pastel study of first light on the water."),
            "asset_type": .string("digital_art"),
            "media_url": .string(try await storeMedia(SampleFile.png(4096, seed: seed))),
        ]
        fields.merge(overrides) { _, new in new }
        return fields
    }

    /// Creates an asset and runs its pipeline to the end; returns its uuid.
    func createRegisteredAsset(
        _ signedIn: SignedIn, title: String = "Dawn", seed: UInt64 = 1,
        _ overrides: [String: JSONValue] = [:]
    ) async throws -> String {
        let response = try await createAsset(
            try await assetFields(title: title, seed: seed, overrides), bearer: signedIn.access)
        #expect(response.status == .created, "\(response.body.string)")
        let uuid = try #require(try response.json["uuid"] as? String)
        try await app.makeJobWorker().drain()
        return uuid
    }

    /// `GET /api/assets/{uuid}/` as `bearer`.
    func asset(_ uuid: String, bearer: String?) async throws -> [String: Any] {
        let response = try await send(.GET, "/api/assets/\(uuid)/", bearer: bearer)
        #expect(response.status == .ok, "\(response.body.string)")
        return try response.json
    }

    /// Every event of the ledger with this name.
    func ledgerEvents(named name: String) async throws -> [LedgerEventRecord] {
        try await ledger.events(after: nil, limit: 100_000).filter { $0.name == name }
    }
}

/// Throws once at one point, as if the process died there.
final class CrashOnce: PipelineFaults, @unchecked Sendable {
    struct SimulatedCrash: Error {}
    let point: PipelinePoint
    private let lock = NSLock()
    private var fired = false

    init(at point: PipelinePoint) { self.point = point }

    func check(_ point: PipelinePoint) throws {
        lock.lock()
        defer { lock.unlock() }
        guard point == self.point, !fired else { return }
        fired = true
        throw SimulatedCrash()
    }
}
