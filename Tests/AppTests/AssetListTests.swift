import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Own asset list")
struct AssetListTests {
    @Test func anonymousCallersAre401() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.GET, "/api/assets/")
            #expect(response.status == .unauthorized)
            #expect(response.errorTitle == "Not authenticated")
        }
    }

    @Test func listsOnlyTheCallersActiveAssetsInEveryRegistrationState() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let other = try await client.makeUser(username: "other")
            for (index, status) in RegistrationStatus.allCases.enumerated() {
                try await client.insertAsset(
                    owner: me,
                    AssetFixture(title: status.rawValue, status: status, createdAt: fixtureEpoch + Double(index)))
            }
            try await client.insertAsset(owner: me, AssetFixture(title: "archived", isArchived: true))
            try await client.insertAsset(owner: other, AssetFixture(title: "not mine"))
            // MUT
            let response = try await client.send(.GET, "/api/assets/", bearer: signedIn.access)
            // validate
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["count"] as? Int == 4)
            #expect(body["next"] is NSNull)
            #expect(body["previous"] is NSNull)
            #expect(try response.resultTitles == ["failed", "registered", "retrying", "pending"])
            let first = try #require(try response.results.first)
            #expect((first["creator"] as? [String: Any])?["uuid"] as? String == signedIn.userUUID)
            #expect(first["registration_status"] as? String == "failed")
            #expect(first["failed_at_step"] as? String == "story_registration")
        }
    }

    @Test func statusArchivedListsOnlyArchivedAssets() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            try await client.insertAsset(owner: me, AssetFixture(title: "active"))
            try await client.insertAsset(owner: me, AssetFixture(title: "archived", isArchived: true))
            try await client.insertAsset(
                owner: me, AssetFixture(title: "archived pending", status: .pending, isArchived: true))

            let archived = try await client.send(
                .GET, "/api/assets/?status=archived&ordering=title", bearer: signedIn.access)
            #expect(try archived.resultTitles == ["archived", "archived pending"])
            let active = try await client.send(.GET, "/api/assets/?status=active", bearer: signedIn.access)
            #expect(try active.resultTitles == ["active"])
            for bad in ["deleted", "ACTIVE", "all", ""] {
                let response = try await client.send(.GET, "/api/assets/?status=\(bad)", bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(bad)")
                #expect(response.fieldErrors["status"] == ["Must be one of: active, archived."])
            }
        }
    }

    @Test func assetTypeFilter() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            for type in AssetType.allCases {
                try await client.insertAsset(owner: me, AssetFixture(title: type.rawValue, assetType: type))
            }

            let music = try await client.send(.GET, "/api/assets/?asset_type=music", bearer: signedIn.access)
            #expect(try music.resultTitles == ["music"])
            let games = try await client.send(.GET, "/api/assets/?asset_type=game_asset", bearer: signedIn.access)
            #expect(try games.resultTitles == ["game_asset"])
            let bad = try await client.send(.GET, "/api/assets/?asset_type=video", bearer: signedIn.access)
            #expect(bad.status == .badRequest)
            #expect(
                bad.fieldErrors["asset_type"]?.first?.contains("digital_art, music, writing, photography, game_asset")
                    == true)
        }
    }

    @Test func everyDocumentedOrdering() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup: created b, a, C, d (oldest first); updated d, C, a, b (oldest first)
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let rows: [(String, Double, Double)] = [("b", 0, 400), ("a", 100, 300), ("C", 200, 200), ("d", 300, 100)]
            for (title, created, updated) in rows {
                try await client.insertAsset(
                    owner: me,
                    AssetFixture(title: title, createdAt: fixtureEpoch + created, updatedAt: fixtureEpoch + updated))
            }
            let expectations: [(String?, [String])] = [
                (nil, ["d", "C", "a", "b"]),
                ("-created_at", ["d", "C", "a", "b"]),
                ("created_at", ["b", "a", "C", "d"]),
                ("title", ["a", "b", "C", "d"]),  // case-insensitive
                ("-title", ["d", "C", "b", "a"]),
                ("-updated_at", ["b", "a", "C", "d"]),
            ]
            for (ordering, titles) in expectations {
                let path = "/api/assets/" + (ordering.map { "?ordering=\($0)" } ?? "")
                let response = try await client.send(.GET, path, bearer: signedIn.access)
                #expect(response.status == .ok)
                #expect(try response.resultTitles == titles, "\(ordering ?? "default")")
            }
            for bad in ["updated_at", "-favorites_count", "newest", "title;drop"] {
                let response = try await client.send(.GET, "/api/assets/?ordering=\(bad)", bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(bad)")
                #expect(response.fieldErrors["ordering"] != nil)
            }
        }
    }

    @Test func titleTiesFallBackToNewestFirst() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let older = try await client.insertAsset(owner: me, AssetFixture(title: "Same", createdAt: fixtureEpoch))
            let newer = try await client.insertAsset(
                owner: me, AssetFixture(title: "same", createdAt: fixtureEpoch + 60))
            let response = try await client.send(.GET, "/api/assets/?ordering=title", bearer: signedIn.access)
            #expect(try response.resultUUIDs == [newer.id, older.id])
        }
    }

    @Test func paginationLinksAreAbsoluteAndKeepTheOtherParameters() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            for index in 0..<25 {
                try await client.insertAsset(
                    owner: me,
                    AssetFixture(
                        title: String(format: "w%02d", index), assetType: .writing,
                        createdAt: fixtureEpoch + Double(index)))
            }
            try await client.insertAsset(owner: me, AssetFixture(title: "music", assetType: .music))

            let base = "/api/assets/?asset_type=writing&ordering=created_at&page_size=10"
            let first = try await client.send(.GET, base, bearer: signedIn.access)
            var body = try first.json
            #expect(body["count"] as? Int == 25)
            #expect(try first.resultTitles == (0..<10).map { String(format: "w%02d", $0) })
            #expect(body["previous"] is NSNull)
            let next = try #require(body["next"] as? String)
            let nextURL = try #require(URLComponents(string: next))
            #expect(nextURL.scheme == "http" && nextURL.host == "lore.test" && nextURL.path == "/api/assets/")
            #expect(
                Self.queryDictionary(nextURL) == [
                    "asset_type": "writing", "ordering": "created_at", "page_size": "10", "page": "2",
                ])

            let third = try await client.send(.GET, base + "&page=3", bearer: signedIn.access)
            body = try third.json
            #expect(try third.resultTitles == (20..<25).map { String(format: "w%02d", $0) })
            #expect(body["next"] is NSNull)
            let previousLink = try #require(body["previous"] as? String)
            let previous = try #require(URLComponents(string: previousLink))
            #expect(Self.queryDictionary(previous)["page"] == "2")

            // Following the link gives the middle page.
            let second = try await client.send(
                .GET, String(next.dropFirst("http://lore.test".count)), bearer: signedIn.access)
            #expect(try second.resultTitles == (10..<20).map { String(format: "w%02d", $0) })

            // Past the end: an empty page that points back to the last one.
            let beyond = try await client.send(.GET, base + "&page=9", bearer: signedIn.access)
            #expect(beyond.status == .ok)
            #expect(try beyond.results.isEmpty)
            #expect(try beyond.json["count"] as? Int == 25)
        }
    }

    @Test func badPageParametersAre400() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            for (query, field) in [
                ("page=0", "page"), ("page=x", "page"), ("page_size=101", "page_size"), ("page_size=0", "page_size"),
            ] {
                let response = try await client.send(.GET, "/api/assets/?\(query)", bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.fieldErrors[field] != nil, "\(query)")
            }
            let biggest = try await client.send(.GET, "/api/assets/?page_size=100", bearer: signedIn.access)
            #expect(biggest.status == .ok)
        }
    }

    @Test func readsAndWritesCountAgainstTheirOwnRateLimits() async throws {
        try await withLore(["LORE_RATE_LIMIT_ASSET_READ": "2", "LORE_RATE_LIMIT_ASSET_WRITE": "1"]) {
            (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(owner: try await client.user(signedIn))
            let path = "/api/assets/\(try asset.requireID())/"
            #expect(try await client.send(.GET, "/api/assets/", bearer: signedIn.access).status == .ok)
            let read = try await client.send(.GET, path, bearer: signedIn.access)
            #expect(read.status == .ok)
            #expect(read.headers.first(name: "X-RateLimit-Limit") == "2")
            let limited = try await client.send(.GET, "/api/assets/discover/")
            #expect(limited.status == .ok)  // anonymous: counted by address, not with the user's reads
            #expect(try await client.send(.GET, "/api/assets/", bearer: signedIn.access).status == .tooManyRequests)

            let write = try await client.send(.PATCH, path, json: JSONBody(["title": "New"]), bearer: signedIn.access)
            #expect(write.status == .ok)
            #expect(write.headers.first(name: "X-RateLimit-Limit") == "1")
            let secondWrite = try await client.send(.DELETE, path, bearer: signedIn.access)
            #expect(secondWrite.status == .tooManyRequests)
            #expect(secondWrite.headers.first(name: "Retry-After") != nil)
        }
    }

    static func queryDictionary(_ components: URLComponents) -> [String: String] {
        Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    }
}
