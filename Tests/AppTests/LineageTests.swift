import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Lineage and derivative lists")
struct LineageTests {
    /// A ← B ← C ← D (each the next one's parent), E a second parent of C; B archived.
    private func family(_ client: TestClient) async throws -> (owner: User, [String: Asset]) {
        let owner = try await client.makeUser(username: "maker")
        var assets: [String: Asset] = [:]
        for name in ["A", "B", "C", "D", "E"] {
            assets[name] = try await client.insertAsset(owner: owner, AssetFixture(title: name))
        }
        try await client.insertLink(child: assets["B"]!, parent: assets["A"]!)
        try await client.insertLink(child: assets["C"]!, parent: assets["B"]!, attribution: 70)
        try await client.insertLink(
            child: assets["C"]!, parent: assets["E"]!, attribution: 30, relationship: .adaptation)
        try await client.insertLink(child: assets["D"]!, parent: assets["C"]!)
        return (owner, assets)
    }

    private func titles(_ graph: [String: Any]) -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: ((graph["nodes"] as? [[String: Any]]) ?? []).map {
                ($0["title"] as? String ?? "?", $0["generation"] as? Int ?? 99)
            })
    }

    @Test func lineageWalksBothWaysToTheDepth() async throws {
        try await withLore { (client: TestClient) async throws in
            let (_, assets) = try await family(client)
            let c = try assets["C"]!.requireID()
            // MUT
            let graph = try await client.send(.GET, "/api/assets/\(c)/lineage/?depth=2").json
            // validate
            #expect(titles(graph) == ["A": -2, "B": -1, "E": -1, "C": 0, "D": 1])
            #expect((graph["edges"] as? [[String: Any]])?.count == 4)
            #expect(graph["truncated"] as? Bool == false)
            let shallow = try await client.send(.GET, "/api/assets/\(c)/lineage/?depth=1").json
            #expect(titles(shallow) == ["B": -1, "E": -1, "C": 0, "D": 1])
            #expect(shallow["truncated"] as? Bool == true, "A lies beyond depth 1")
            for bad in ["0", "11", "x"] {
                #expect(try await client.send(.GET, "/api/assets/\(c)/lineage/?depth=\(bad)").status == .badRequest)
            }
        }
    }

    @Test func hiddenAssetsAreNeitherShownNorWalkedThrough() async throws {
        try await withLore { (client: TestClient) async throws in
            let (_, assets) = try await family(client)
            assets["B"]!.isArchived = true
            try await assets["B"]!.save(on: client.app.db)
            let c = try assets["C"]!.requireID()
            // Anonymous: B is hidden, so A (reached only through B) is too.
            let graph = try await client.send(.GET, "/api/assets/\(c)/lineage/").json
            #expect(titles(graph) == ["E": -1, "C": 0, "D": 1])
            let parents = try await client.send(.GET, "/api/assets/\(c)/parents/").json
            #expect(parents["count"] as? Int == 1)
            #expect((parents["results"] as? [[String: Any]])?.first?["title"] as? String == "E")
        }
    }

    @Test func derivativesAndParentsArePaged() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let owner = try await client.makeUser(username: "maker")
            let parent = try await client.insertAsset(owner: owner, AssetFixture(title: "P"))
            for index in 0..<5 {
                let child = try await client.insertAsset(
                    owner: owner,
                    AssetFixture(title: "child \(index)", createdAt: fixtureEpoch.addingTimeInterval(Double(index))))
                try await client.insertLink(child: child, parent: parent)
            }
            let id = try parent.requireID()
            let first = try await client.send(.GET, "/api/assets/\(id)/derivatives/?page_size=2").json
            #expect(first["count"] as? Int == 5)
            #expect((first["results"] as? [[String: Any]])?.map { $0["title"] as? String } == ["child 4", "child 3"])
            #expect((first["next"] as? String)?.hasSuffix("/api/assets/\(id)/derivatives/?page_size=2&page=2") == true)
            let unknown = try await client.send(.GET, "/api/assets/\(UUID())/derivatives/")
            #expect(unknown.status == .notFound)
        }
    }

    @Test func myRelationshipsCoverBothSides() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let other = try await client.makeUser(username: "other")
            let mine = try await client.insertAsset(owner: me, AssetFixture(title: "mine"))
            let theirs = try await client.insertAsset(owner: other, AssetFixture(title: "theirs"))
            let theirHidden = try await client.insertAsset(
                owner: other, AssetFixture(title: "hidden", status: .pending))
            try await client.insertLink(child: theirs, parent: mine)  // someone remixed me
            let remix = try await client.insertAsset(owner: me, AssetFixture(title: "my remix"))
            try await client.insertLink(child: remix, parent: theirs)  // I remixed someone
            try await client.insertLink(child: theirHidden, parent: mine)  // not visible to me
            // MUT
            let page = try await client.send(.GET, "/api/assets/derivatives/", bearer: signedIn.access).json
            // validate
            #expect(page["count"] as? Int == 2)
            let pairs = (page["results"] as? [[String: Any]] ?? []).map {
                "\(($0["parent_asset"] as? [String: Any])?["title"] ?? "?")→\(($0["child_asset"] as? [String: Any])?["title"] ?? "?")"
            }
            #expect(Set(pairs) == ["mine→theirs", "theirs→my remix"])
            #expect(try await client.send(.GET, "/api/assets/derivatives/").status == .unauthorized)
        }
    }
}
