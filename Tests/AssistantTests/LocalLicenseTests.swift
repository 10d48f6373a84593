import Assistant
import Testing

@Suite("Local provider: license suggestion")
struct LocalLicenseTests {
    let assistant = Assistant.local(cache: nil)
    let description = "A mystical forest with glowing mushrooms and ethereal mist."

    func suggest(_ intendedUse: String?, description: String? = nil) async throws -> LicenseSuggestion {
        try await assistant.suggestLicense(
            LicenseRequest(
                assetType: "digital_art", description: description ?? self.description, intendedUse: intendedUse)
        ).result
    }

    @Test("\"free for anyone to remix\" → Non-Commercial Social Remixing, no royalty")
    func freeRemix() async throws {
        let result = try await suggest("I want it to be free for anyone to remix")
        #expect(result.licenseType == .nonCommercialSocialRemixing)
        #expect(!result.commercialUse)
        #expect(result.derivativeAllowed)
        #expect(result.royaltyPercentage == 0)
        #expect(result.explanation.contains("“free”"))
    }

    @Test("\"commercial use with royalties\" → Commercial Remix with a royalty")
    func commercialWithRoyalties() async throws {
        let result = try await suggest("commercial use with royalties")
        #expect(result.licenseType == .commercialRemix)
        #expect(result.commercialUse)
        #expect(result.derivativeAllowed)
        #expect(result.royaltyPercentage == 10)
    }

    @Test("a stated percentage is the royalty")
    func statedPercentage() async throws {
        let result = try await suggest("Brands may remix it commercially if I get a 15% revenue share")
        #expect(result.licenseType == .commercialRemix)
        #expect(result.royaltyPercentage == 15)
        #expect(result.explanation.contains("15%"))
    }

    @Test(
        "each intent maps to its flavor",
        arguments: [
            ("Sell prints commercially, but no remixes please", LicenseFlavor.commercialUse),
            ("Anyone can use it commercially, just credit me", LicenseFlavor.ccBy),
            ("Non-commercial use only", LicenseFlavor.nonCommercialSocialRemixing),
            ("Royalty-free for commercial projects and remixes", LicenseFlavor.ccBy),
            ("Allow remixes and commercial use", LicenseFlavor.commercialRemix),
            ("Commercial remixes welcome, 0% royalty", LicenseFlavor.ccBy),
            ("Please don't remix this", LicenseFlavor.commercialUse),
        ])
    func intents(intendedUse: String, expected: LicenseFlavor) async throws {
        let result = try await suggest(intendedUse)
        #expect(result.licenseType == expected, "\(intendedUse): \(result.explanation)")
        #expect(result.commercialUse == expected.commercialUse)
        #expect(result.derivativeAllowed == expected.derivativesAllowed)
        #expect(result.royaltyPercentage == 0 || expected == .commercialRemix)
    }

    @Test("without a stated intent the description is read, and silence means the protective default")
    func noIntent() async throws {
        let silent = try await suggest(nil)
        #expect(silent.licenseType == .nonCommercialSocialRemixing)
        #expect(silent.explanation.contains("says nothing"))
        let fromDescription = try await suggest(
            nil, description: "Stock photo of a cafe, made to sell to businesses for advertising")
        #expect(fromDescription.licenseType == .commercialUse)
    }
}
