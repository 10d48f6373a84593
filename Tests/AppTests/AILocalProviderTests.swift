import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// The embedded local provider end to end through the API: the default with no AI configuration.
@Suite("AI endpoints with the local provider")
struct AILocalProviderTests {
    static let localModel = "lore-local/text-analysis-v1"

    @Test("generate-title: four distinct 2-6-word titles from the description's own words, logged")
    func generateTitle() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.generateTitles(as: user)
            // validate
            #expect(response.status == .ok, "\(response.body.string)")
            let json = try response.json
            let titles = try #require(json["titles"] as? [String])
            #expect(titles.count == 4 && Set(titles.map { $0.lowercased() }).count == 4)
            let keyWords: Set<String> = ["mystical", "forest", "glowing", "mushrooms", "ethereal", "mist"]
            for title in titles {
                let words = Set(title.lowercased().split(separator: " ").map(String.init))
                #expect((2...6).contains(words.count), "\(title)")
                #expect(!keyWords.isDisjoint(with: words), "\(title)")
            }
            #expect(json["model_used"] as? String == Self.localModel)
            #expect(json["cache_hit"] as? Bool == false)
            #expect(json["tokens_used"] is NSNull, "the local provider uses no tokens it could report")
            #expect(json["response_time_ms"] is Int)
            #expect(json["asset_uuid"] is NSNull)
            let log = try await client.aiLog(response)
            #expect(
                log.status == .success && log.operationType == "title"
                    && log.$user.id.uuidString.lowercased() == user.userUUID.lowercased())

            // The same request again is served by the cache.
            let again = try await client.generateTitles(as: user)
            #expect(try again.json["cache_hit"] as? Bool == true)
            #expect(try again.json["titles"] as? [String] == titles)
            #expect(try await client.aiLog(again).status == .cached)
        }
    }

    @Test("enhance-description: 100-150 words that keep the original's words")
    func enhanceDescription() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let response = try await client.ai(
                "enhance-description",
                ["description": forestDescription, "title": "Mystical Forest Path", "asset_type": "digital_art"],
                as: user)
            #expect(response.status == .ok, "\(response.body.string)")
            let text = try #require(try response.json["enhanced_description"] as? String)
            let words = text.split(whereSeparator: \.isWhitespace)
            #expect((100...150).contains(words.count), "\(words.count) words")
            for word in ["forest", "mushrooms", "mist"] { #expect(text.lowercased().contains(word), "\(word)") }
            #expect(try await client.aiLog(response).operationType == "description")
        }
    }

    @Test("analyze-content: the documented fields and Lore's additions, drawn from the text")
    func analyzeContent() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let response = try await client.ai(
                "analyze-content",
                [
                    "title": "Midnight Lo-fi Beats",
                    "description":
                        "A mellow lo-fi hip hop track with warm piano chords, vinyl crackle and a slow drum groove for late-night study sessions.",
                ],
                as: user)
            #expect(response.status == .ok, "\(response.body.string)")
            let json = try response.json
            for field in ["category", "art_style", "theme", "genre", "mood", "target_audience"] {
                #expect((json[field] as? String).map { !$0.isEmpty } == true, "\(field)")
            }
            let tags = try #require(json["tags"] as? [String])
            #expect(!tags.isEmpty)
            #expect(json["suggested_asset_type"] as? String == "music")
            #expect(try await client.aiLog(response).operationType == "analysis")
        }
    }

    @Test("suggest-license follows the stated intent")
    func suggestLicense() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let free = try await client.ai(
                "suggest-license",
                [
                    "asset_type": "digital_art", "description": forestDescription,
                    "intended_use": "free for anyone to remix",
                ],
                as: user)
            #expect(free.status == .ok, "\(free.body.string)")
            #expect(try free.json["license_type"] as? String == "non_commercial_social_remixing")
            #expect(try free.json["commercial_use"] as? Bool == false)
            #expect(try free.json["derivative_allowed"] as? Bool == true)
            #expect(try free.json["royalty_percentage"] as? Int == 0)

            let paid = try await client.ai(
                "suggest-license",
                [
                    "asset_type": "digital_art", "description": forestDescription,
                    "intended_use": "commercial use with royalties",
                ],
                as: user)
            #expect(try paid.json["license_type"] as? String == "commercial_remix")
            #expect(try paid.json["commercial_use"] as? Bool == true)
            #expect((try paid.json["royalty_percentage"] as? Int ?? 0) > 0)
            #expect((try paid.json["explanation"] as? String)?.isEmpty == false)
        }
    }

    @Test("analyze-derivative: a text against itself is near 100, against an unrelated one low")
    func analyzeDerivative() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let parent = "A mystical forest with glowing mushrooms and ethereal mist under ancient trees."
            let same = try await client.ai(
                "analyze-derivative", ["parent_description": parent, "child_description": parent], as: user)
            #expect(same.status == .ok, "\(same.body.string)")
            #expect((try same.json["similarity_score"] as? Int ?? 0) >= 90)
            #expect(try same.json["is_derivative"] as? Bool == true)

            let unrelated = try await client.ai(
                "analyze-derivative",
                [
                    "parent_description": parent,
                    "child_description": "A spreadsheet template for quarterly tax accounting with pivot tables.",
                ],
                as: user)
            #expect((try unrelated.json["similarity_score"] as? Int ?? 100) <= 30)
            #expect(try unrelated.json["similar_elements"] is [Any] && unrelated.json["differences"] is [Any])
            #expect(try unrelated.json["suggested_royalty_percentage"] is Int)
        }
    }

    @Test("GET /api/version names the local provider")
    func versionNamesLocal() async throws {
        try await withLore { client in
            let version = try await client.send(.GET, "/api/version")
            #expect(try version.json["ai"] as? String == "local")
        }
    }
}
