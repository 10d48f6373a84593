import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// Runs `body` against a Lore app whose assistant talks to a fresh fake OpenAI-compatible server
/// (configured through `AI_BASE_URL`, as an operator would), with the fast tier `fast`.
func withFakeOpenAI(
    fast: [String], quality: [String]? = nil, _ overrides: [String: String] = [:],
    _ body: (TestClient, FakeOpenAIServer) async throws -> Void
) async throws {
    let server = try await FakeOpenAIServer.start()
    do {
        var values = [
            "AI_BASE_URL": server.baseURL, "AI_API_KEY": "test-key", "AI_MODELS_FAST": fast.joined(separator: ","),
            "AI_REQUEST_TIMEOUT": "3",
        ]
        if let quality { values["AI_MODELS_QUALITY"] = quality.joined(separator: ",") }
        values.merge(overrides) { _, new in new }
        try await withLore(values) { client in try await body(client, server) }
    } catch {
        try? await server.shutdown()
        throw error
    }
    try await server.shutdown()
}

/// Model answers, as a model would write them.
enum ModelAnswers {
    static let titles =
        #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade", "Luminous Forest Sanctuary"]}"#
    static let fencedTitles = "Here are four titles:\n```json\n\(titles)\n```\nEnjoy!"
    static let malformedTitles = #"{"titles": ["Mystical Forest Path", "Enchanted"#
    static let wrongShapeTitles =
        #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade"]}"#
    static let titleList = [
        "Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade", "Luminous Forest Sanctuary",
    ]
}

/// A title request body.
let forestDescription = "a mystical forest with glowing mushrooms and ethereal mist"

extension TestClient {
    /// `POST /api/assets/ai/<path>/` as `user`.
    func ai(_ path: String, _ fields: [String: String], as user: SignedIn?) async throws -> TestingHTTPResponse {
        try await send(.POST, "/api/assets/ai/\(path)/", json: JSONBody(fields), bearer: user?.access)
    }

    /// `generate-title` for the forest description.
    func generateTitles(as user: SignedIn, _ extra: [String: String] = [:]) async throws -> TestingHTTPResponse {
        var fields = ["description": forestDescription, "asset_type": "digital_art"]
        fields.merge(extra) { _, new in new }
        return try await ai("generate-title", fields, as: user)
    }

    /// Every generation log, oldest first.
    func aiLogs() async throws -> [AIGenerationLog] {
        try await AIGenerationLog.query(on: app.db).sort(\.$createdAt).all()
    }

    /// The log a response names.
    func aiLog(_ response: TestingHTTPResponse) async throws -> AIGenerationLog {
        let text = try #require(try response.json["log_id"] as? String, "\(response.body.string)")
        let id = try #require(UUID(uuidString: text))
        return try #require(try await AIGenerationLog.find(id, on: app.db))
    }

    /// An asset row owned by `user` (the creation API belongs to the assets issue).
    func makeAsset(
        ownedBy user: SignedIn, status: RegistrationStatus = .registered, archived: Bool = false
    ) async throws -> Asset {
        let asset = Asset()
        asset.$owner.id = try #require(UUID(uuidString: user.userUUID))
        asset.title = "Forest"
        asset.description = forestDescription
        asset.assetType = .digitalArt
        asset.mediaURL = "ipfs://bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq"
        asset.mediaCID = "bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq"
        asset.licenseType = "non_commercial_social_remixing"
        asset.commercialUse = false
        asset.derivativesAllowed = true
        asset.commercialRevShare = 0
        asset.mintingFee = "0"
        asset.licenseTermsIDs = []
        asset.registrationStatus = status
        asset.creationStep = status == .registered ? .completed : .mediaUpload
        asset.stepData = "{}"
        asset.registrationAttempts = 0
        asset.isArchived = archived
        asset.derivativesCount = 0
        asset.favoritesCount = 0
        try await asset.create(on: app.db)
        return asset
    }
}

extension TestingHTTPResponse {
    /// A JSON array field of the body.
    func array(_ key: String) throws -> [Any] {
        try #require(try json[key] as? [Any], "\(key) in \(body.string)")
    }

    /// `field_errors` of the error envelope.
    var fieldErrors: [String: [String]] {
        ((try? json)?["field_errors"] as? [String: [String]]) ?? [:]
    }
}
