import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Who may call the AI endpoints, what they must send, and which assets an answer may name.
@Suite("AI endpoints: authorization and validation")
struct AIValidationTests {
    static let postPaths = [
        "generate-title", "enhance-description", "analyze-content", "suggest-license", "analyze-derivative", "feedback",
    ]

    @Test("every AI endpoint needs a signed-in user")
    func signInRequired() async throws {
        try await withLore { client in
            for path in Self.postPaths {
                let response = try await client.ai(path, ["description": "forest"], as: nil)
                #expect(response.status == .unauthorized, "\(path)")
            }
            for path in ["usage-stats", "platform-stats"] {
                #expect(try await client.send(.GET, "/api/assets/ai/\(path)/").status == .unauthorized, "\(path)")
            }
            #expect(try await client.aiLogs().isEmpty)
        }
    }

    @Test("missing and invalid fields are 400 with every field named, and nothing is logged")
    func fieldErrors() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let missing = try await client.ai("generate-title", [:], as: user)
            #expect(missing.status == .badRequest)
            #expect(missing.fieldErrors["description"] == ["This field is required."])

            let license = try await client.ai(
                "suggest-license", ["asset_type": "sculpture", "description": "  "], as: user)
            #expect(license.status == .badRequest)
            #expect(license.fieldErrors["asset_type"]?.first?.hasPrefix("Invalid choice") == true)
            #expect(license.fieldErrors["description"] == ["This field is required."])

            let derivative = try await client.ai("analyze-derivative", ["parent_description": "forest"], as: user)
            #expect(derivative.fieldErrors.keys.sorted() == ["child_description"])

            let content = try await client.ai("analyze-content", ["description": "forest"], as: user)
            #expect(content.fieldErrors.keys.sorted() == ["title"])

            let tooLong = try await client.ai(
                "generate-title", ["description": String(repeating: "forest ", count: 1000)], as: user)
            #expect(tooLong.status == .badRequest && tooLong.fieldErrors["description"] != nil)

            let common = try await client.ai(
                "generate-title", ["description": "forest", "model_tier": "turbo", "asset_uuid": "not-a-uuid"], as: user
            )
            #expect(common.status == .badRequest)
            #expect(common.fieldErrors.keys.sorted() == ["asset_uuid", "model_tier"])

            let mistyped = try await client.send(
                .POST, "/api/assets/ai/generate-title/", raw: #"{"description": 42}"#, bearer: user.access)
            #expect(mistyped.status == .badRequest && mistyped.fieldErrors["description"] != nil)
            let malformed = try await client.send(
                .POST, "/api/assets/ai/generate-title/", raw: "{", bearer: user.access)
            #expect(malformed.status == .badRequest)

            #expect(try await client.aiLogs().isEmpty)
        }
    }

    @Test("asset_uuid links the answer to the caller's own asset; others' are 404 unless visible, then 403")
    func assetLinking() async throws {
        try await withLore { client in
            let owner = try await client.signIn(TestWallet())
            let stranger = try await client.signIn(TestWallet())
            let own = try await client.makeAsset(ownedBy: owner, status: .pending)
            let theirsPublic = try await client.makeAsset(ownedBy: stranger, status: .registered)
            let theirsPrivate = try await client.makeAsset(ownedBy: stranger, status: .pending)
            let theirsArchived = try await client.makeAsset(ownedBy: stranger, status: .registered, archived: true)

            // MUT
            let linked = try await client.generateTitles(as: owner, ["asset_uuid": own.id!.uuidString])
            // validate
            #expect(linked.status == .ok)
            #expect((try linked.json["asset_uuid"] as? String)?.lowercased() == own.id!.uuidString.lowercased())
            #expect(try await client.aiLog(linked).$asset.id == own.id)

            let forbidden = try await client.generateTitles(as: owner, ["asset_uuid": theirsPublic.id!.uuidString])
            #expect(forbidden.status == .forbidden)
            for hidden in [theirsPrivate, theirsArchived] {
                let response = try await client.generateTitles(as: owner, ["asset_uuid": hidden.id!.uuidString])
                #expect(response.status == .notFound)
            }
            let unknown = try await client.generateTitles(as: owner, ["asset_uuid": UUID().uuidString])
            #expect(unknown.status == .notFound)
            #expect(try await client.aiLogs().count == 1, "refused requests never reach a model")
        }
    }

    @Test("the AI group is limited per user, separately from analytics")
    func rateLimited() async throws {
        try await withLore(["LORE_RATE_LIMIT_AI": "2", "LORE_RATE_LIMIT_ANALYTICS": "1"]) { client in
            let user = try await client.signIn(TestWallet())
            let other = try await client.signIn(TestWallet())
            #expect(try await client.generateTitles(as: user).status == .ok)
            let second = try await client.generateTitles(as: user)
            #expect(second.headers.first(name: "X-RateLimit-Limit") == "2")
            let third = try await client.generateTitles(as: user)
            #expect(third.status == .tooManyRequests)
            #expect(third.headers.first(name: .retryAfter) != nil)
            #expect(try await client.generateTitles(as: other).status == .ok, "another user has their own budget")

            let stats = try await client.send(.GET, "/api/assets/ai/usage-stats/", bearer: user.access)
            #expect(stats.status == .ok)
            #expect(stats.headers.first(name: "X-RateLimit-Limit") == "1")
            #expect(
                try await client.send(.GET, "/api/assets/ai/platform-stats/", bearer: user.access).status
                    == .tooManyRequests)
        }
    }
}
