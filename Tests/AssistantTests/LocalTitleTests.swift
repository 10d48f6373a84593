import Assistant
import Testing

@Suite("Local provider: titles")
struct LocalTitleTests {
    let assistant = Assistant.local(cache: nil)

    @Test("four distinct 2-6-word titles built from the description's own key words")
    func titlesUseKeyWords() async throws {
        let description = "a mystical forest with glowing mushrooms and ethereal mist"
        let answer = try await assistant.generateTitles(
            TitleRequest(description: description, assetType: "digital_art"))
        let titles = answer.result.titles
        #expect(titles.count == 4)
        #expect(Set(titles.map { $0.lowercased() }).count == 4)
        let keyWords: Set<String> = ["mystical", "forest", "glowing", "mushrooms", "ethereal", "mist"]
        var used: Set<String> = []
        for title in titles {
            let words = title.lowercased().split(separator: " ").map(String.init)
            #expect((2...6).contains(words.count), "\(title)")
            #expect(!keyWords.isDisjoint(with: words), "\(title) uses none of the description's key words")
            used.formUnion(keyWords.intersection(words))
        }
        // The four titles spread over the description rather than repeating one phrase.
        #expect(used.count >= 4, "\(titles)")
        #expect(answer.modelUsed == LocalProvider.modelName)
        #expect(answer.cacheHit == false)
        #expect(answer.attempts.map(\.outcome) == [.succeeded])
    }

    @Test(
        "valid titles for short, long, odd and non-English descriptions",
        arguments: [
            "forest",
            "mystical forest",
            "An upbeat lo-fi hip hop track with warm piano chords, vinyl crackle and a lazy Sunday groove.",
            "Low poly 3D model of a medieval castle with towers, walls and a drawbridge, rigged for Unity.",
            "It is what it is.",
            "NFT #42 — “Neon Dreams”: a cyberpunk city at night!!!",
            "Une forêt mystique avec des champignons lumineux",
            String(repeating: "A long winding river runs through quiet green valleys under a pale sky. ", count: 40),
        ])
    func titlesAlwaysValid(description: String) async throws {
        let titles = try await assistant.generateTitles(TitleRequest(description: description)).result.titles
        #expect(titles.count == 4)
        #expect(Set(titles.map { $0.lowercased() }).count == 4)
        for title in titles {
            #expect((2...6).contains(title.split(separator: " ").count), "\(title)")
        }
    }

    @Test("the same input gives the same titles")
    func deterministic() async throws {
        let request = TitleRequest(
            description: "a lighthouse on a rocky coast during a winter storm", assetType: "photography")
        let first = try await assistant.generateTitles(request).result
        let second = try await assistant.generateTitles(request).result
        #expect(first == second)
        #expect(first.titles.contains { $0.contains("Lighthouse") })
    }
}
