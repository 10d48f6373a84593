import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Asset detail")
struct AssetDetailTests {
    @Test func ownersSeeTheirAssetsInEveryState() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            for (status, archived) in [
                (RegistrationStatus.pending, false), (.failed, false), (.retrying, false), (.registered, true),
            ] {
                let asset = try await client.insertAsset(
                    owner: me, AssetFixture(title: "mine", status: status, isArchived: archived))
                let response = try await client.send(
                    .GET, "/api/assets/\(try asset.requireID())/", bearer: signedIn.access)
                #expect(response.status == .ok, "\(status) archived=\(archived)")
                let body = try response.json
                #expect(body["registration_status"] as? String == status.rawValue)
                #expect(body["is_archived"] as? Bool == archived)
            }
        }
    }

    @Test func othersSeeOnlyRegisteredUnarchivedAssets() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let stranger = try await client.signIn(TestWallet())
            let ada = try await client.makeUser(username: "ada")
            let public_ = try await client.insertAsset(owner: ada, AssetFixture(title: "public"))
            let hidden = [
                try await client.insertAsset(owner: ada, AssetFixture(status: .pending)),
                try await client.insertAsset(owner: ada, AssetFixture(status: .failed)),
                try await client.insertAsset(owner: ada, AssetFixture(status: .retrying)),
                try await client.insertAsset(owner: ada, AssetFixture(isArchived: true)),
            ]
            for bearer in [nil, stranger.access] {
                let visible = try await client.send(.GET, "/api/assets/\(try public_.requireID())/", bearer: bearer)
                #expect(visible.status == .ok)
                #expect(try visible.json["title"] as? String == "public")
                for asset in hidden {
                    let response = try await client.send(.GET, "/api/assets/\(try asset.requireID())/", bearer: bearer)
                    #expect(response.status == .notFound)
                    #expect(response.errorDetail == "This asset does not exist.")
                }
            }
        }
    }

    @Test func unknownAndMalformedIdentifiersAre404() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            for id in [UUID().uuidString, UUID().uuidString.lowercased(), "not-a-uuid", "42"] {
                let response = try await client.send(.GET, "/api/assets/\(id)/")
                #expect(response.status == .notFound, "\(id)")
                #expect(response.errorTitle == "Not found")
            }
        }
    }

    @Test func theDetailHasEveryAssetFieldAndEmptyLineageLists() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            let asset = try await client.insertAsset(
                owner: ada,
                AssetFixture(title: "Mystical Forest", description: "Glowing mushrooms.", assetType: .digitalArt))
            let body = try await client.send(.GET, "/api/assets/\(try asset.requireID())/").json
            #expect(body["uuid"] as? String == asset.id?.uuidString)
            #expect(body["title"] as? String == "Mystical Forest")
            #expect(body["description"] as? String == "Glowing mushrooms.")
            #expect(body["asset_type"] as? String == "digital_art")
            #expect(body["ip_id"] as? String == asset.ipID)
            #expect(body["token_id"] as? String == asset.tokenID)
            #expect(body["media_url"] as? String == asset.mediaURL)
            #expect((body["license"] as? [String: Any])?["license_type"] as? String == "non_commercial_social_remixing")
            #expect((body["creator"] as? [String: Any])?["username"] as? String == "ada")
            #expect((body["parents"] as? [Any])?.isEmpty == true)
            #expect((body["derivatives"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func parentsAndDerivativesAreSummarised() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup: remix (b) of a (60 %) and c (40 %); d and e are derivatives of b
            let ada = try await client.makeUser(username: "ada")
            let bob = try await client.makeUser(username: "bob")
            let a = try await client.insertAsset(owner: ada, AssetFixture(title: "a"))
            let c = try await client.insertAsset(owner: bob, AssetFixture(title: "c"))
            let b = try await client.insertAsset(owner: bob, AssetFixture(title: "b"))
            let d = try await client.insertAsset(owner: ada, AssetFixture(title: "d", createdAt: fixtureEpoch))
            let e = try await client.insertAsset(owner: bob, AssetFixture(title: "e", createdAt: fixtureEpoch + 60))
            try await client.insertLink(child: b, parent: c, attribution: 40, relationship: .adaptation)
            try await client.insertLink(child: b, parent: a, attribution: 60, relationship: .remix)
            try await client.insertLink(child: d, parent: b, relationship: .continuation)
            try await client.insertLink(child: e, parent: b, relationship: .translation)
            // MUT
            let body = try await client.send(.GET, "/api/assets/\(try b.requireID())/").json
            // validate
            let parents = try #require(body["parents"] as? [[String: Any]])
            #expect(parents.map { $0["title"] as? String } == ["a", "c"])
            #expect(parents.map { $0["attribution_percentage"] as? Double } == [60, 40])
            #expect(parents.map { $0["relationship_type"] as? String } == ["remix", "adaptation"])
            #expect(parents.map { $0["uuid"] as? String } == [a.id?.uuidString, c.id?.uuidString])
            #expect(parents.map { ($0["creator"] as? [String: Any])?["username"] as? String } == ["ada", "bob"])
            let derivatives = try #require(body["derivatives"] as? [[String: Any]])
            #expect(derivatives.map { $0["title"] as? String } == ["e", "d"])
            #expect(derivatives.map { $0["relationship_type"] as? String } == ["translation", "continuation"])
            #expect(
                derivatives.map { ($0["creator"] as? [String: Any])?["wallet_address"] as? String }
                    == [bob.walletAddress, ada.walletAddress])
            #expect(
                Set(derivatives.first?.keys.map { $0 } ?? []) == [
                    "uuid", "title", "relationship_type", "attribution_percentage", "creator",
                ])
        }
    }

    @Test func linkedAssetsFollowTheSameVisibilityRule() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup: the parent has a public derivative and an archived one owned by the signed-in user
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let ada = try await client.makeUser(username: "ada")
            let parent = try await client.insertAsset(owner: ada, AssetFixture(title: "parent"))
            let shown = try await client.insertAsset(owner: ada, AssetFixture(title: "shown"))
            let archived = try await client.insertAsset(
                owner: me, AssetFixture(title: "my archived remix", isArchived: true))
            try await client.insertLink(child: shown, parent: parent)
            try await client.insertLink(child: archived, parent: parent)
            let path = "/api/assets/\(try parent.requireID())/"

            let anonymous = try await client.send(.GET, path).json
            #expect((anonymous["derivatives"] as? [[String: Any]])?.map { $0["title"] as? String } == ["shown"])
            let mine = try await client.send(.GET, path, bearer: signedIn.access).json
            #expect(
                Set((mine["derivatives"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? [])
                    == ["shown", "my archived remix"])

            // The owner of an archived derivative sees its parent; others do not see it at all.
            let archivedPath = "/api/assets/\(try archived.requireID())/"
            let own = try await client.send(.GET, archivedPath, bearer: signedIn.access).json
            #expect((own["parents"] as? [[String: Any]])?.map { $0["title"] as? String } == ["parent"])
            #expect(try await client.send(.GET, archivedPath).status == .notFound)
        }
    }

    @Test func archivedParentsAreHiddenFromOthers() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            let bob = try await client.makeUser(username: "bob")
            let parent = try await client.insertAsset(
                owner: ada, AssetFixture(title: "archived parent", isArchived: true))
            let child = try await client.insertAsset(owner: bob, AssetFixture(title: "child"))
            try await client.insertLink(child: child, parent: parent)
            let body = try await client.send(.GET, "/api/assets/\(try child.requireID())/").json
            #expect((body["parents"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func linksCostThreeQueriesWhateverTheirNumber() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let asset = try await client.insertAsset(owner: try await client.makeUser(username: "owner"))
            for index in 0..<3 {
                let parent = try await client.insertAsset(owner: try await client.makeUser(username: "parent\(index)"))
                try await client.insertLink(child: asset, parent: parent, attribution: 100.0 / 3)
            }
            for index in 0..<5 {
                let child = try await client.insertAsset(owner: try await client.makeUser(username: "child\(index)"))
                try await client.insertLink(child: child, parent: asset)
            }
            client.app.fluent.history.start()
            let (parents, derivatives) = try await AssetLinks.summaries(of: asset, visibleTo: nil, on: client.app.db)
            client.app.fluent.history.stop()
            #expect(parents.count == 3)
            #expect(Set(derivatives.map(\.creator.username)) == Set((0..<5).map { "child\($0)" }))
            // parents, derivatives, their creators
            #expect(client.app.fluent.history.queries.count == 3)
        }
    }
}
