import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Asset discovery")
struct AssetDiscoveryTests {
    @Test func showsOnlyRegisteredUnarchivedAssetsOfEveryUserToAnyone() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(owner: ada, AssetFixture(title: "ada public", createdAt: fixtureEpoch))
            try await client.insertAsset(owner: me, AssetFixture(title: "my public", createdAt: fixtureEpoch + 1))
            try await client.insertAsset(owner: me, AssetFixture(title: "my pending", status: .pending))
            try await client.insertAsset(owner: me, AssetFixture(title: "my archived", isArchived: true))
            try await client.insertAsset(owner: ada, AssetFixture(title: "ada failed", status: .failed))
            try await client.insertAsset(owner: ada, AssetFixture(title: "ada retrying", status: .retrying))
            // MUT + validate: anonymous, and the owner of hidden assets, see the same list
            for bearer in [nil, signedIn.access] {
                let response = try await client.send(.GET, "/api/assets/discover/", bearer: bearer)
                #expect(response.status == .ok)
                #expect(try response.json["count"] as? Int == 2)
                #expect(try response.resultTitles == ["my public", "ada public"])
                let creators = try response.results.map { ($0["creator"] as? [String: Any])?["username"] as? String }
                #expect(creators == [signedIn.username, "ada"])
            }
        }
    }

    @Test func searchIsACaseInsensitiveSubstringOfTitleOrDescription() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(owner: ada, AssetFixture(title: "The Lighthouse", createdAt: fixtureEpoch + 3))
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "Sea", description: "a LIGHTHOUSE at dusk", createdAt: fixtureEpoch + 2)
            )
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "Forest", description: "trees", createdAt: fixtureEpoch + 1))
            try await client.insertAsset(owner: ada, AssetFixture(title: "lighthouse (hidden)", status: .pending))

            for term in ["lighthouse", "LightHouse", "ghthou", "%20lighthouse%20"] {
                let response = try await client.send(.GET, "/api/assets/discover/?search=\(term)")
                #expect(try response.resultTitles == ["The Lighthouse", "Sea"], "\(term)")
            }
            #expect(try await client.send(.GET, "/api/assets/discover/?search=trees").resultTitles == ["Forest"])
            #expect(try await client.send(.GET, "/api/assets/discover/?search=dusk%20lighthouse").resultTitles == [])
            // A blank search is no filter.
            #expect(try await client.send(.GET, "/api/assets/discover/?search=%20").json["count"] as? Int == 3)
        }
    }

    @Test func searchTreatsWildcardsLiterally() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(owner: ada, AssetFixture(title: "100% cotton", createdAt: fixtureEpoch + 3))
            try await client.insertAsset(owner: ada, AssetFixture(title: "1000 cranes", createdAt: fixtureEpoch + 2))
            try await client.insertAsset(owner: ada, AssetFixture(title: "snake_case", createdAt: fixtureEpoch + 1))
            try await client.insertAsset(owner: ada, AssetFixture(title: "snakeXcase! wow", createdAt: fixtureEpoch))

            #expect(try await client.send(.GET, "/api/assets/discover/?search=100%25").resultTitles == ["100% cotton"])
            #expect(
                try await client.send(.GET, "/api/assets/discover/?search=snake_case").resultTitles == ["snake_case"])
            #expect(
                try await client.send(.GET, "/api/assets/discover/?search=e!%20w").resultTitles == ["snakeXcase! wow"])
            #expect(try await client.send(.GET, "/api/assets/discover/?search=%25").resultTitles == ["100% cotton"])
        }
    }

    @Test func overlongSearchIs400() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let response = try await client.send(
                .GET, "/api/assets/discover/?search=\(String(repeating: "a", count: 101))")
            #expect(response.status == .badRequest)
            #expect(response.fieldErrors["search"] == ["At most 100 characters."])
            let longest = try await client.send(
                .GET, "/api/assets/discover/?search=\(String(repeating: "a", count: 100))")
            #expect(longest.status == .ok)
        }
    }

    @Test func assetTypeAndLicenseTypeFilters() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "song cc", assetType: .music, licenseType: "cc_by"))
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "song remix", assetType: .music, licenseType: "commercial_remix"))
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "poem cc", assetType: .writing, licenseType: "cc_by"))

            let path = "/api/assets/discover/?ordering=oldest"
            #expect(try await client.send(.GET, path + "&asset_type=music").resultTitles == ["song cc", "song remix"])
            #expect(try await client.send(.GET, path + "&license_type=cc_by").resultTitles == ["song cc", "poem cc"])
            #expect(
                try await client.send(.GET, path + "&asset_type=music&license_type=cc_by").resultTitles == ["song cc"])
            #expect(try await client.send(.GET, path + "&asset_type=photography").resultTitles == [])

            let bad = try await client.send(
                .GET, "/api/assets/discover/?asset_type=Music&license_type=mit&ordering=best")
            #expect(bad.status == .badRequest)
            #expect(Set(bad.fieldErrors.keys) == ["asset_type", "license_type", "ordering"])
        }
    }

    @Test func creatorFilterByWalletOrUsername() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            let bob = try await client.makeUser(username: "bob")
            try await client.insertAsset(owner: ada, AssetFixture(title: "by ada"))
            try await client.insertAsset(owner: bob, AssetFixture(title: "by bob"))

            for creator in [
                "ada", "ADA", ada.walletAddress,
                ada.walletAddress.uppercased().replacingOccurrences(of: "0X", with: "0x"),
            ] {
                let response = try await client.send(.GET, "/api/assets/discover/?creator=\(creator)")
                #expect(try response.resultTitles == ["by ada"], "\(creator)")
            }
            let nobody = try await client.send(
                .GET, "/api/assets/discover/?creator=0x\(String(repeating: "0", count: 40))")
            #expect(nobody.status == .ok)
            #expect(try nobody.json["count"] as? Int == 0)
            #expect(try await client.send(.GET, "/api/assets/discover/?creator=carol").resultTitles == [])
            // A short 0x… is a username (default usernames are an address' first 10 characters).
            #expect(try await client.send(.GET, "/api/assets/discover/?creator=0x12").status == .ok)
            for bad in ["a", "ada-lovelace", "ada%20l"] {
                let response = try await client.send(.GET, "/api/assets/discover/?creator=\(bad)")
                #expect(response.status == .badRequest, "\(bad)")
                #expect(response.fieldErrors["creator"] != nil, "\(bad)")
            }
        }
    }

    @Test func orderings() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup: a is oldest; b and c tie on remixes (c newer), a and c tie on favorites
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "a", derivativesCount: 1, favoritesCount: 5, createdAt: fixtureEpoch))
            try await client.insertAsset(
                owner: ada,
                AssetFixture(title: "b", derivativesCount: 3, favoritesCount: 9, createdAt: fixtureEpoch + 10))
            try await client.insertAsset(
                owner: ada,
                AssetFixture(title: "c", derivativesCount: 3, favoritesCount: 5, createdAt: fixtureEpoch + 20))
            let expectations: [(String?, [String])] = [
                (nil, ["c", "b", "a"]),
                ("newest", ["c", "b", "a"]),
                ("oldest", ["a", "b", "c"]),
                ("most_remixed", ["c", "b", "a"]),
                ("most_favorited", ["b", "c", "a"]),
            ]
            for (ordering, titles) in expectations {
                let path = "/api/assets/discover/" + (ordering.map { "?ordering=\($0)" } ?? "")
                #expect(try await client.send(.GET, path).resultTitles == titles, "\(ordering ?? "default")")
            }
            let bad = try await client.send(.GET, "/api/assets/discover/?ordering=-created_at")
            #expect(bad.status == .badRequest)
            #expect(bad.fieldErrors["ordering"] == ["Must be one of: newest, oldest, most_remixed, most_favorited."])
        }
    }

    @Test func pagesAreStableWhenEverySortKeyTies() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            var inserted: Set<UUID> = []
            for _ in 0..<23 {
                inserted.insert(
                    try await client.insertAsset(owner: ada, AssetFixture(createdAt: fixtureEpoch)).requireID())
            }
            for ordering in ["newest", "oldest", "most_remixed", "most_favorited"] {
                var seen: [UUID] = []
                for page in 1...5 {
                    let response = try await client.send(
                        .GET, "/api/assets/discover/?ordering=\(ordering)&page_size=5&page=\(page)")
                    seen += try response.resultUUIDs.compactMap { $0 }
                }
                #expect(seen.count == 23, "\(ordering)")
                #expect(Set(seen) == inserted, "\(ordering)")
            }
        }
    }

    @Test func nextLinksKeepSpecialCharactersInOtherParameters() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(owner: ada, AssetFixture(title: "c++ & co, part 1", createdAt: fixtureEpoch))
            try await client.insertAsset(
                owner: ada, AssetFixture(title: "c++ & co, part 2", createdAt: fixtureEpoch + 1))
            try await client.insertAsset(owner: ada, AssetFixture(title: "c & co", createdAt: fixtureEpoch + 2))

            let first = try await client.send(.GET, "/api/assets/discover/?search=c%2B%2B%20%26%20co&page_size=1")
            #expect(try first.json["count"] as? Int == 2)
            #expect(try first.resultTitles == ["c++ & co, part 2"])
            let next = try #require(try first.json["next"] as? String)
            #expect(next.hasPrefix("http://lore.test/api/assets/discover/?"))
            let second = try await client.send(.GET, String(next.dropFirst("http://lore.test".count)))
            #expect(try second.json["count"] as? Int == 2)
            #expect(try second.resultTitles == ["c++ & co, part 1"])
            let previous = try #require(try second.json["previous"] as? String)
            let back = try await client.send(.GET, String(previous.dropFirst("http://lore.test".count)))
            #expect(try back.resultTitles == ["c++ & co, part 2"])
        }
    }

    @Test func eachCreatorIsShownWithTheirAssets() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            var expected: [String: String] = [:]
            for index in 0..<6 {
                let user = try await client.makeUser(username: "user\(index)")
                let asset = try await client.insertAsset(owner: user, AssetFixture(title: "t\(index)"))
                expected[try asset.requireID().uuidString] = user.walletAddress
            }
            let results = try await client.send(.GET, "/api/assets/discover/").results
            #expect(results.count == 6)
            for result in results {
                let uuid = try #require(result["uuid"] as? String)
                let creator = try #require(result["creator"] as? [String: Any])
                #expect(creator["wallet_address"] as? String == expected[uuid.uppercased()])
            }
        }
    }

    @Test func aPageCostsThreeQueriesWhateverTheNumberOfCreators() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            for index in 0..<8 {
                let user = try await client.makeUser(username: "user\(index)")
                try await client.insertAsset(owner: user, AssetFixture(title: "a\(index)"))
                try await client.insertAsset(owner: user, AssetFixture(title: "b\(index)"))
            }
            client.app.fluent.history.start()
            let (items, count) = try await AssetQueries.discover(
                DiscoveryParameters(), page: PageRequest(), on: client.app.db)
            client.app.fluent.history.stop()
            #expect(count == 16)
            #expect(Set(items.map { $0.owner.username }).count == 8)
            // count, page, owners
            #expect(client.app.fluent.history.queries.count == 3)
        }
    }

    @Test func migrationsRevertAndReapply() async throws {
        try await withLore { (client: TestClient) async throws in
            try await client.app.autoRevert()
            try await client.app.autoMigrate()
            let ada = try await client.makeUser(username: "ada")
            try await client.insertAsset(owner: ada, AssetFixture(title: "after"))
            #expect(try await client.send(.GET, "/api/assets/discover/?search=AFT").resultTitles == ["after"])
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "PostgreSQL only"))
    func searchHasTrigramIndexesOnPostgres() async throws {
        try await withLore { (client: TestClient) async throws in
            let rows = try await (client.app.db as! any SQLDatabase).raw(
                """
                SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%trigram'
                ORDER BY indexname
                """
            ).all()
            let names = try rows.map { try $0.decode(column: "indexname", as: String.self) }
            #expect(names == ["assets_description_trigram", "assets_title_trigram"])
        }
    }

    // MARK: Large totals are reused briefly

    @Test func largeTotalsAreKeptForTheirLifetimeAndSmallOnesAreAlwaysCounted() async throws {
        let cache = DiscoveryCountCache(lifetime: 10, minimumKept: 1000, capacity: 2)
        let counted = Counter()
        let large = DiscoveryFilters(assetType: .music)
        let small = DiscoveryFilters(search: "rare")
        let start = fixtureEpoch

        #expect(
            try await cache.total(for: large, now: start) {
                await counted.add(); return 5000
            } == 5000)
        #expect(
            try await cache.total(for: large, now: start + 9.9) {
                await counted.add(); return 6000
            } == 5000)
        #expect(
            try await cache.total(for: large, now: start + 10) {
                await counted.add(); return 7000
            } == 7000)
        #expect(await counted.value == 2)
        for expected in [10, 11] {
            #expect(
                try await cache.total(for: small, now: start) {
                    await counted.add(); return expected
                } == expected)
        }
        #expect(await counted.value == 4)

        // Bounded: a third large total pushes out the one that expires first.
        _ = try await cache.total(for: DiscoveryFilters(assetType: .writing), now: start + 11) { 2000 }
        _ = try await cache.total(for: DiscoveryFilters(assetType: .photography), now: start + 12) { 3000 }
        #expect(await cache.keptCount == 2)
        #expect(try await cache.total(for: DiscoveryFilters(assetType: .writing), now: start + 13) { 1 } == 2000)
        #expect(try await cache.total(for: large, now: start + 13) { 8000 } == 8000)
    }

    @Test func concurrentRequestsShareOneCountAndFailuresAreNotKept() async throws {
        let cache = DiscoveryCountCache(lifetime: 10, minimumKept: 1)
        let counted = Counter()
        let filters = DiscoveryFilters()
        let totals = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.total(for: filters, now: fixtureEpoch) {
                        await counted.add()
                        try await Task.sleep(for: .milliseconds(200))
                        return 42
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(totals == Array(repeating: 42, count: 20))
        #expect(await counted.value == 1)

        let failing = DiscoveryFilters(search: "boom")
        await #expect(throws: CancellationError.self) {
            try await cache.total(for: failing, now: fixtureEpoch) { throw CancellationError() }
        }
        #expect(try await cache.total(for: failing, now: fixtureEpoch) { 7 } == 7)
    }

    // MARK: Asset lists its properties

    @Test func assetListsEveryProperty() {
        // What Fluent would find by reflection, against the explicit list.
        func keys(_ properties: [any AnyProperty]) -> [[FieldKey]] {
            properties.map { ($0 as? any AnyDatabaseProperty)?.keys ?? [] }
        }
        let asset = Asset()
        let reflected = Mirror(reflecting: asset).children.compactMap { $0.value as? any AnyProperty }
        #expect(reflected.count == 39)
        #expect(asset.properties.count == reflected.count)
        #expect(keys(asset.properties).map { $0.map(\.description) } == keys(reflected).map { $0.map(\.description) })
    }
}

/// Counts calls from concurrent closures.
private actor Counter {
    private(set) var value = 0
    func add() { value += 1 }
}
