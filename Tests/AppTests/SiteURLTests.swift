import Foundation
import Testing
import Vapor

@testable import App

@Suite("SiteURL: one list of URLs for routes and links")
struct SiteURLTests {
    @Test func linksCarryTheirValuesAndTemplatesTheirKeys() {
        let id = UUID(uuidString: "0A1B2C3D-0000-4000-8000-00000000000F")!
        #expect(SiteURL.home.path == "/")
        #expect(SiteURL.health.path == "/healthz")
        #expect(SiteURL.asset(.value(id)).path == "/assets/0a1b2c3d-0000-4000-8000-00000000000f")
        #expect(SiteURL.asset(.key).path == "/assets/{uuid}")
        #expect(SiteURL.content(cid: .value("bafkreiabc")).path == "/ipfs/bafkreiabc")
        #expect(SiteURL.api(.assets(.collection)).path == "/api/assets/")
        #expect(
            SiteURL.api(.assets(.asset(.value(id), .permanentDelete))).path
                == "/api/assets/0a1b2c3d-0000-4000-8000-00000000000f/permanent_delete/")
        #expect(SiteURL.api(.assets(.ai(.generateTitle))).path == "/api/assets/ai/generate-title/")
        #expect(SiteURL.api(.auth(.user(address: .key))).path == "/api/auth/user/{address}/")
        #expect(SiteURL.api(.royaltyPayment(.key)).pathComponents.map(\.description) == ["api", "royalties", ":uuid"])
    }

    @Test func absoluteURLsJoinTheBaseOnce() {
        #expect(
            SiteURL.content(cid: .value("bafy")).absoluteURL(base: "https://lore.example/")
                == "https://lore.example/ipfs/bafy")
        #expect(SiteURL.health.absoluteURL(base: "http://127.0.0.1:8080") == "http://127.0.0.1:8080/healthz")
        #expect(SiteURL.api(.wallet).absoluteURL(base: "https://x.test/lore") == "https://x.test/lore/api/wallet/")
    }

    @Test func templatesAreDistinct() {
        let paths = SiteURL.templates.map(\.path)
        #expect(Set(paths).count == paths.count)
    }

    /// Every registered route is one of SiteURL's templates, and every template is served: a
    /// route added by hand, or a URL named but never registered, fails here.
    @Test func theRouteTableIsExactlySiteURL() async throws {
        try await withLore { (client: TestClient) async throws in
            func key(_ components: [PathComponent]) -> String {
                "/" + components.map(\.description).joined(separator: "/")
            }
            let registered = Set(client.app.routes.all.map { key($0.path) })
            let named = Set(SiteURL.templates.map { key($0.pathComponents) })
            #expect(registered.subtracting(named).isEmpty, "registered without a SiteURL")
            #expect(named.subtracting(registered).isEmpty, "named in SiteURL but not served")
        }
    }
}
