import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Asset page (the NFT metadata's external_url)")
struct AssetPageTests {
    @Test func aPublicAssetsPageShowsItsWorkLicenseAndLineage() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            // setup
            let ada = try await client.makeUser(username: "ada")
            let grace = try await client.makeUser(username: "grace")
            let original = try await client.insertAsset(
                owner: ada, AssetFixture(title: "Harbour at dawn", description: "Oil on <canvas>"))
            let remix = try await client.insertAsset(owner: grace, AssetFixture(title: "Harbour at dusk"))
            let hiddenRemix = try await client.insertAsset(
                owner: grace, AssetFixture(title: "Secret", status: .pending))
            try await client.insertLink(child: remix, parent: original)
            try await client.insertLink(child: hiddenRemix, parent: original)
            // MUT
            let response = try await client.send(.GET, SiteURL.asset(.value(try original.requireID())).path)
            // validate
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .html)
            let html = response.body.string
            #expect(html.contains("<h1>Harbour at dawn</h1>"))
            #expect(html.contains("Oil on &lt;canvas&gt;"), "text is escaped")
            #expect(html.contains("ada"))
            #expect(html.contains("non_commercial_social_remixing"))
            #expect(html.contains("href=\"\(SiteURL.asset(.value(try remix.requireID())).path)\""))
            #expect(!html.contains("Secret"), "a remix the visitor may not see is not listed")
        }
    }

    @Test func anAssetOthersMayNotSeeIsA404Page() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let ada = try await client.makeUser(username: "ada")
            let pending = try await client.insertAsset(owner: ada, AssetFixture(title: "Draft", status: .pending))
            for path in [SiteURL.asset(.value(try pending.requireID())).path, "/assets/not-a-uuid"] {
                let response = try await client.send(.GET, path)
                #expect(response.status == .notFound)
                #expect(response.headers.contentType == .html)
                #expect(!response.body.string.contains("Draft"))
            }
        }
    }
}
