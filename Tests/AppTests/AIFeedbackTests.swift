import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// `POST /api/assets/ai/feedback/`: accepting, rejecting and rating a suggestion.
@Suite("AI suggestion feedback")
struct AIFeedbackTests {
    private func feedback(_ client: TestClient, _ fields: [String: Any], as user: SignedIn) async throws
        -> TestingHTTPResponse
    {
        let body = try JSONSerialization.data(withJSONObject: fields)
        return try await client.send(
            .POST, "/api/assets/ai/feedback/", raw: String(decoding: body, as: UTF8.self), bearer: user.access)
    }

    @Test(
        "accepting one of the four titles with a rating records it against the log and the asset; a new verdict replaces it"
    )
    func acceptAndRateATitle() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let asset = try await client.makeAsset(ownedBy: user, status: .pending)
            let answer = try await client.generateTitles(as: user)
            let logID = try #require(try answer.json["log_id"] as? String)
            let title = try #require((try answer.json["titles"] as? [String])?[2])
            // MUT
            let accepted = try await feedback(
                client,
                [
                    "log_id": logID, "content_type": "title", "content": title.lowercased(), "rating": 4,
                    "asset_uuid": asset.id!.uuidString,
                ], as: user)
            // validate
            #expect(accepted.status == .created, "\(accepted.body.string)")
            let json = try accepted.json
            #expect(json["content"] as? String == title, "stored as suggested")
            #expect(json["accepted"] as? Bool == true && json["rating"] as? Int == 4)
            #expect((json["asset_uuid"] as? String)?.lowercased() == asset.id!.uuidString.lowercased())
            #expect(json["model_used"] as? String == AILocalProviderTests.localModel)
            #expect((json["log_id"] as? String)?.lowercased() == logID.lowercased())

            let changed = try await feedback(
                client,
                [
                    "log_id": logID, "content_type": "title", "content": title, "accepted": false, "rating": 2,
                ], as: user)
            #expect(changed.status == .ok)
            #expect(try changed.json["uuid"] as? String == json["uuid"] as? String)
            let rows = try await AIAssetMetadata.query(on: client.app.db).all()
            #expect(rows.count == 1)
            #expect(rows.first?.accepted == false && rows.first?.userRating == 2 && rows.first?.$asset.id == asset.id)
        }
    }

    @Test("tags may be a selection of the suggested tags; the whole license answer is judged")
    func tagsAndWholeAnswers() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let analysis = try await client.ai(
                "analyze-content", ["title": "Forest Path", "description": forestDescription], as: user)
            let tags = try #require(try analysis.json["tags"] as? [String])
            let logID = try #require(try analysis.json["log_id"] as? String)
            let some = try await feedback(
                client, ["log_id": logID, "content_type": "tags", "content": tags.prefix(2).joined(separator: ", ")],
                as: user)
            #expect(some.status == .created)
            #expect(try some.json["content"] as? String == tags.prefix(2).joined(separator: ", "))
            let invented = try await feedback(
                client, ["log_id": logID, "content_type": "tags", "content": "spaceships"], as: user)
            #expect(invented.status == .unprocessableEntity && invented.fieldErrors["content"] != nil)
            let category = try await feedback(client, ["log_id": logID, "content_type": "category"], as: user)
            #expect(try category.json["content"] as? String == analysis.json["category"] as? String)

            let license = try await client.ai(
                "suggest-license",
                ["asset_type": "music", "description": "a calm piano piece", "intended_use": "free to remix"], as: user)
            let licenseLog = try #require(try license.json["log_id"] as? String)
            let whole = try await feedback(
                client, ["log_id": licenseLog, "content_type": "license", "rating": 5], as: user)
            #expect(whole.status == .created)
            #expect((try whole.json["content"] as? String)?.contains("\"license_type\"") == true)
            let withContent = try await feedback(
                client, ["log_id": licenseLog, "content_type": "license", "content": "x"], as: user)
            #expect(withContent.status == .unprocessableEntity)
        }
    }

    @Test("validation: bad fields 400, someone else's or unknown log 404, a mismatched content type or content 422")
    func validation() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            let stranger = try await client.signIn(TestWallet())
            let answer = try await client.generateTitles(as: user)
            let logID = try #require(try answer.json["log_id"] as? String)

            let bad = try await feedback(client, ["log_id": "nope", "content_type": "poem", "rating": 6], as: user)
            #expect(bad.status == .badRequest)
            #expect(bad.fieldErrors.keys.sorted() == ["content_type", "log_id", "rating"])
            let missing = try await feedback(client, [:], as: user)
            #expect(missing.fieldErrors.keys.sorted() == ["content_type", "log_id"])
            let noTitle = try await feedback(client, ["log_id": logID, "content_type": "title"], as: user)
            #expect(noTitle.status == .badRequest && noTitle.fieldErrors["content"] != nil)

            let notTheirs = try await feedback(
                client, ["log_id": logID, "content_type": "title", "content": "x"], as: stranger)
            #expect(notTheirs.status == .notFound)
            let unknown = try await feedback(client, ["log_id": UUID().uuidString, "content_type": "title"], as: user)
            #expect(unknown.status == .notFound)

            let wrongType = try await feedback(client, ["log_id": logID, "content_type": "description"], as: user)
            #expect(wrongType.status == .unprocessableEntity && wrongType.fieldErrors["content_type"] != nil)
            let inventedTitle = try await feedback(
                client, ["log_id": logID, "content_type": "title", "content": "Not Suggested At All"], as: user)
            #expect(inventedTitle.status == .unprocessableEntity && inventedTitle.fieldErrors["content"] != nil)

            let strangersAsset = try await client.makeAsset(ownedBy: stranger, status: .pending)
            let foreignAsset = try await feedback(
                client,
                [
                    "log_id": logID, "content_type": "title", "content": (try answer.json["titles"] as? [String])![0],
                    "asset_uuid": strangersAsset.id!.uuidString,
                ], as: user)
            #expect(foreignAsset.status == .notFound)
            #expect(try await AIAssetMetadata.query(on: client.app.db).count() == 0)
        }
    }

    @Test("a failed request has nothing to rate")
    func failedLog() async throws {
        try await withFakeOpenAI(fast: ["down"]) { client, server in
            server.script("down", .status(500, message: "down"))
            let user = try await client.signIn(TestWallet())
            #expect(try await client.generateTitles(as: user).status == .badGateway)
            let log = try #require(try await client.aiLogs().first)
            let response = try await feedback(
                client, ["log_id": log.id!.uuidString, "content_type": "title", "content": "x"], as: user)
            #expect(response.status == .unprocessableEntity)
        }
    }
}
