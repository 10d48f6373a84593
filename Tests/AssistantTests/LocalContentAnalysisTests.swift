import Assistant
import Testing

@Suite("Local provider: content analysis")
struct LocalContentAnalysisTests {
    let assistant = Assistant.local(cache: nil)

    func analyze(_ title: String, _ description: String, mediaURL: String? = nil) async throws -> ContentAnalysis {
        try await assistant.analyzeContent(
            ContentAnalysisRequest(title: title, description: description, mediaURL: mediaURL)
        ).result
    }

    @Test("a fantasy illustration: category, tags, mood, genre and theme come from its words")
    func fantasyArt() async throws {
        let result = try await analyze(
            "Mystical Forest Path",
            "A digital painting of a mystical forest with glowing mushrooms and ethereal mist.")
        #expect(result.suggestedAssetType == .digitalArt)
        #expect(result.category == "digital_art")
        #expect(result.tags.contains("glowing mushrooms"))
        #expect(result.tags.contains("fantasy"))
        #expect(result.genre == "fantasy")
        #expect(result.mood.contains("mysterious"))
        #expect(result.artStyle.contains("digital painting"))
        #expect(result.theme.contains("nature") || result.theme.contains("magic"))
        #expect((1...10).contains(result.tags.count))
    }

    @Test("a music track is recognised by its words")
    func musicTrack() async throws {
        let result = try await analyze(
            "Sunday Loops", "An upbeat lo-fi hip hop track with warm piano chords and vinyl crackle.")
        #expect(result.suggestedAssetType == .music)
        #expect(["hip hop", "lo-fi"].contains(result.genre))
        #expect(result.targetAudience.contains("music"))
    }

    @Test("the media file's extension outweighs a passing word")
    func mediaExtension() async throws {
        let result = try await analyze(
            "Harbour", "The harbour at dawn, a painting of light on water", mediaURL: "ipfs://bafy/harbour.mp3")
        #expect(result.suggestedAssetType == .music)
    }

    @Test("no evidence → unspecified, not invented")
    func unspecified() async throws {
        let result = try await analyze("Untitled", "Something I made on Tuesday.")
        #expect(result.mood == "unspecified")
        #expect(result.genre == "unspecified")
        #expect(result.artStyle == "unspecified")
        #expect(result.category == "unspecified")
        #expect(!result.tags.isEmpty)
    }
}
