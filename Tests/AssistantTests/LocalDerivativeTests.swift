import Assistant
import Testing

@Suite("Local provider: derivative analysis")
struct LocalDerivativeTests {
    let assistant = Assistant.local(cache: nil)
    let parent = "A mystical forest with glowing mushrooms and ethereal mist under a pale moon."

    func analyze(_ parent: String, _ child: String) async throws -> DerivativeAnalysis {
        try await assistant.analyzeDerivative(DerivativeRequest(parentDescription: parent, childDescription: child))
            .result
    }

    @Test("a text compared with itself scores near 100")
    func itselfNearHundred() async throws {
        let result = try await analyze(parent, parent)
        #expect(result.similarityScore >= 98)
        #expect(result.isDerivative)
        #expect(result.suggestedRoyaltyPercentage == 20)
        #expect(result.similarElements.contains("glowing mushrooms"))
        #expect(result.differences.isEmpty)
    }

    @Test("an unrelated text scores low, is not a derivative, and gets no royalty")
    func unrelatedLow() async throws {
        let result = try await analyze(parent, "A quarterly tax spreadsheet template for small accounting firms.")
        #expect(result.similarityScore <= 15, "\(result.similarityScore)")
        #expect(!result.isDerivative)
        #expect(result.suggestedRoyaltyPercentage == 0)
        #expect(result.similarElements.isEmpty)
    }

    @Test("a remix that keeps part of the parent lands in between and names what it shares and adds")
    func partialRemix() async throws {
        let child = "A cyberpunk remix of the mystical forest: glowing mushrooms in neon colors under a city skyline."
        let result = try await analyze(parent, child)
        let unrelated = try await analyze(parent, "A jazz saxophone solo recorded in a smoky club.")
        #expect(result.similarityScore > unrelated.similarityScore)
        #expect((25...90).contains(result.similarityScore), "\(result.similarityScore)")
        #expect(result.isDerivative)
        #expect((5...20).contains(result.suggestedRoyaltyPercentage))
        #expect(result.similarElements.contains("mystical forest"))
        #expect(result.similarElements.contains("glowing mushrooms"))
        #expect(result.differences.contains { $0.contains("neon colors") })
        #expect(result.differences.contains { $0.contains("ethereal mist") })
    }

    @Test("more borrowing scores higher")
    func monotonic() async throws {
        let light = try await analyze(parent, "A forest at noon with tall pines and a clear blue sky.")
        let heavy = try await analyze(
            parent, "A mystical forest with glowing mushrooms and ethereal mist under a red moon.")
        #expect(heavy.similarityScore > light.similarityScore)
        #expect(heavy.suggestedRoyaltyPercentage >= light.suggestedRoyaltyPercentage)
    }
}
