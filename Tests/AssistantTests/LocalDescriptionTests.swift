import Assistant
import Testing

@Suite("Local provider: enhanced description")
struct LocalDescriptionTests {
    let assistant = Assistant.local(cache: nil)

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }

    @Test("100-150 words that keep the original and its key terms")
    func keepsMeaning() async throws {
        let request = DescriptionRequest(
            description: "a mystical forest with glowing mushrooms and ethereal mist", title: "Mystical Forest Path",
            assetType: "digital_art")
        let text = try await assistant.enhanceDescription(request).result.enhancedDescription
        #expect((100...150).contains(Self.wordCount(text)), "\(Self.wordCount(text)) words: \(text)")
        #expect(text.contains("A mystical forest with glowing mushrooms and ethereal mist."))
        for term in ["mystical", "forest", "glowing mushrooms", "ethereal mist"] {
            #expect(text.lowercased().contains(term))
        }
        #expect(text.contains("Mystical Forest Path"))
        // The mood sentence quotes the words it is based on.
        #expect(text.contains("mysterious"))
    }

    @Test(
        "always within 100-150 words",
        arguments: [
            "forest",
            "An upbeat lo-fi hip hop track with warm piano chords.",
            String(
                repeating: "The old harbour wakes before dawn, when fishing boats slip out past the breakwater. ",
                count: 20),
            "A single very long sentence " + String(repeating: "that keeps going with more words ", count: 40),
        ])
    func lengthAlwaysValid(description: String) async throws {
        let text = try await assistant.enhanceDescription(DescriptionRequest(description: description)).result
            .enhancedDescription
        #expect((100...150).contains(Self.wordCount(text)), "\(Self.wordCount(text)) words: \(text)")
    }

    @Test("a long original is condensed to its own sentences")
    func condensesLongOriginal() async throws {
        let sentences = [
            "The old harbour wakes before dawn.", "Fishing boats slip out past the red lighthouse.",
            "Gulls circle the nets as the tide turns.", "By noon the quay is full of crates of silver herring.",
            "Children race along the sea wall.", "In the evening the lamps of the taverns glow on the water.",
            "Sailors mend their nets and trade stories.", "Night falls and the lighthouse sweeps the dark sea.",
            "Storm clouds gather far out over the grey horizon.", "The harbour master counts the boats coming home.",
            "Rain drums on the slate roofs of the cottages.", "Morning brings calm water and a pale pink sky.",
        ]
        let text = try await assistant.enhanceDescription(
            DescriptionRequest(description: sentences.joined(separator: " "), assetType: "writing")
        ).result.enhancedDescription
        #expect((100...150).contains(Self.wordCount(text)))
        let kept = sentences.filter { text.contains($0) }
        #expect(kept.count >= 3 && kept.count < sentences.count)
    }
}
