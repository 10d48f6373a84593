import LoreJSON

/// Category, tags, style, theme, genre, mood, audience and asset type from a title and description.
struct ContentAnalysisTask: AssistantTask {
    typealias Result = ContentAnalysis
    static let operation = AssistantOperation.analysis
    static let tagCount = 1...15

    let title: String
    let description: String
    let mediaURL: String?

    var subject: TaskSubject { .analysis(title: title, description: description, mediaURL: mediaURL) }
    var isCreative: Bool { false }

    var cacheInputs: [String: String] {
        var inputs = ["title": title, "description": description]
        inputs["media_url"] = mediaURL
        return inputs
    }

    func messages() -> [ChatMessage] {
        let media = mediaURL.map { "Media URL: \(PromptText.quoted($0))\n" } ?? ""
        return [
            .system(PromptText.system),
            .user(
                """
                Analyse this work for its listing on an IP marketplace.
                Title: \(PromptText.quoted(title))
                Description: \(PromptText.quoted(description))
                \(media)Fields: "category" (the work's broad category, normally one of \(AssetKind.allSlugs)); \
                "tags" (5 to 10 short lowercase keywords taken from the work's subject); "art_style"; \
                "theme"; "genre"; "mood"; "target_audience" (who would want it); "suggested_asset_type" \
                (exactly one of \(AssetKind.allSlugs)). Use "unspecified" for a field the text gives no \
                evidence for.
                Answer format: {"category": "…", "tags": ["…"], "art_style": "…", "theme": "…", "genre": "…", \
                "mood": "…", "target_audience": "…", "suggested_asset_type": "…"}
                """),
        ]
    }

    func readAnswer(_ json: JSONValue) throws(AnswerError) -> ContentAnalysis {
        let reader = try AnswerReader(json)
        let kindText = try reader.string("suggested_asset_type", maxCharacters: 40)
        guard let kind = AssetKind(userInput: kindText) else {
            throw .wrongShape("\"suggested_asset_type\" must be one of \(AssetKind.allSlugs), got \"\(kindText)\"")
        }
        return ContentAnalysis(
            category: try reader.string("category", maxCharacters: 100),
            tags: try reader.strings("tags", count: Self.tagCount, maxCharacters: 60).map { $0.lowercased() },
            artStyle: try reader.string("art_style", maxCharacters: 200),
            theme: try reader.string("theme", maxCharacters: 200),
            genre: try reader.string("genre", maxCharacters: 200),
            mood: try reader.string("mood", maxCharacters: 200),
            targetAudience: try reader.string("target_audience", maxCharacters: 300),
            suggestedAssetType: kind)
    }
}
