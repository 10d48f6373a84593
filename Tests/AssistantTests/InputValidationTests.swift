import Assistant
import Testing

@Suite("Input validation")
struct InputValidationTests {
    let assistant = Assistant.local(cache: nil)

    @Test("an empty or wordless description is refused with a readable field error")
    func emptyDescription() async {
        for description in ["", "   \n", "!!! ---"] {
            let error = await #expect(throws: AssistantError.self) {
                try await assistant.generateTitles(TitleRequest(description: description))
            }
            #expect(error?.fieldErrors["description"]?.isEmpty == false)
        }
    }

    @Test("every invalid field is reported at once")
    func allFields() async {
        let error = await #expect(throws: AssistantError.self) {
            try await assistant.suggestLicense(LicenseRequest(assetType: "sculpture", description: ""))
        }
        #expect(
            error?.fieldErrors["asset_type"] == [
                "Invalid choice. Must be one of: digital_art, music, writing, photography, game_asset."
            ])
        #expect(error?.fieldErrors["description"] == ["This field is required."])
    }

    @Test(
        "required fields per task",
        arguments: [
            ("title", 1), ("parent_description", 2), ("child_description", 2), ("asset_type", 3),
        ])
    func requiredFields(field: String, task: Int) async {
        let error = await #expect(throws: AssistantError.self) {
            switch task {
            case 1: _ = try await assistant.analyzeContent(ContentAnalysisRequest(title: " ", description: "a forest"))
            case 2:
                _ = try await assistant.analyzeDerivative(
                    DerivativeRequest(parentDescription: "", childDescription: ""))
            default: _ = try await assistant.suggestLicense(LicenseRequest(assetType: "", description: "a forest"))
            }
        }
        #expect(error?.fieldErrors[field] == ["This field is required."])
    }

    @Test("over-long inputs are refused; asset types are accepted as slug or display name")
    func limitsAndKinds() async throws {
        let long = String(repeating: "forest ", count: 1000)
        let error = await #expect(throws: AssistantError.self) {
            try await assistant.generateTitles(TitleRequest(description: long))
        }
        #expect(error?.fieldErrors["description"]?.first?.contains("5000") == true)
        let answer = try await assistant.generateTitles(TitleRequest(description: "a forest", assetType: "Game Asset"))
        #expect(answer.result.titles.count == 4)
    }
}
