import Testing

@testable import Assistant

@Suite("Parsing models' answers")
struct AnswerParsingTests {
    let titles = TitleTask(description: "a mystical forest", assetKind: nil)
    let fourTitles =
        #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade", "Luminous Forest Sanctuary"]}"#

    @Test(
        "bare JSON, fenced JSON and JSON inside prose all parse",
        arguments: [
            #"{"titles": ["Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade", "Luminous Forest Sanctuary"]}"#,
            "```json\n{\"titles\": [\"Mystical Forest Path\", \"Enchanted Woodland Trail\", \"Ethereal Mushroom Glade\", \"Luminous Forest Sanctuary\"]}\n```",
            "Here are your titles:\n```\n[\"Mystical Forest Path\", \"Enchanted Woodland Trail\", \"Ethereal Mushroom Glade\", \"Luminous Forest Sanctuary\"]\n```\nEnjoy!",
            "Sure! {\"titles\": [\"Mystical Forest Path\", \"Enchanted Woodland Trail\", \"Ethereal Mushroom Glade\", \"Luminous Forest Sanctuary\"]} Hope this helps.",
            "The [best] options are: [\"Mystical Forest Path\", \"Enchanted Woodland Trail\", \"Ethereal Mushroom Glade\", \"Luminous Forest Sanctuary\"]",
        ])
    func acceptedForms(answer: String) throws {
        let result = try titles.parseAnswer(answer)
        #expect(
            result.titles == [
                "Mystical Forest Path", "Enchanted Woodland Trail", "Ethereal Mushroom Glade",
                "Luminous Forest Sanctuary",
            ])
    }

    @Test("braces inside strings do not confuse the prose scanner")
    func bracesInStrings() throws {
        let answer =
            #"Result: {"titles": ["The {Hidden} Path", "Forest ] Light", "Glade of Mist", "Moss and Moon"]} done"#
        #expect(try titles.parseAnswer(answer).titles.first == "The {Hidden} Path")
    }

    @Test("malformed or missing JSON is an unusable answer")
    func malformed() {
        #expect(throws: AnswerError.noJSON) { try titles.parseAnswer("Mystical Forest Path, Enchanted Trail") }
        #expect(throws: AnswerError.empty) { try titles.parseAnswer("   ") }
        #expect {
            try titles.parseAnswer(#"{"titles": ["Mystical Forest Path", "Enchanted"#)
        } throws: { error in
            if case AnswerError.malformedJSON = error { return true }
            return false
        }
    }

    @Test(
        "titles: exactly four distinct titles of 2-6 words",
        arguments: [
            #"{"titles": ["One Two", "Three Four", "Five Six"]}"#,
            #"{"titles": ["One Two", "Three Four", "Five Six", "Seven Eight", "Nine Ten"]}"#,
            #"{"titles": ["Forest", "Three Four", "Five Six", "Seven Eight"]}"#,
            #"{"titles": ["One Two Three Four Five Six Seven", "Three Four", "Five Six", "Seven Eight"]}"#,
            #"{"titles": ["Mystic Path", "mystic path!", "Five Six", "Seven Eight"]}"#,
            #"{"titles": ["One Two", 3, "Five Six", "Seven Eight"]}"#,
            #"{"names": ["One Two", "Three Four", "Five Six", "Seven Eight"]}"#,
            #"{"titles": "One Two"}"#,
        ])
    func wrongTitleShapes(answer: String) {
        #expect {
            try titles.parseAnswer(answer)
        } throws: { error in
            if case AnswerError.wrongShape = error { return true }
            return false
        }
    }

    @Test("titles: wrapping quotes and a final full stop are tidied")
    func tidiesTitles() throws {
        let result = try titles.parseAnswer(
            #"["\"Mystic Path\"", "Forest Light.", "Glade  of Mist", "“Moss and Moon”"]"#)
        #expect(result.titles == ["Mystic Path", "Forest Light", "Glade of Mist", "Moss and Moon"])
    }

    @Test("description: word count and shared key terms are checked")
    func descriptionRules() throws {
        let task = DescriptionTask(description: "a mystical forest", title: nil, assetKind: nil)
        let good = "A mystical forest " + String(repeating: "with more quiet words ", count: 28)
        #expect(
            try task.parseAnswer(#"{"enhanced_description": "\#(good)"}"#).enhancedDescription.hasPrefix("A mystical"))
        #expect(throws: AnswerError.self) {
            try task.parseAnswer(#"{"enhanced_description": "A mystical forest, short."}"#)
        }
        let offTopic = String(repeating: "tax spreadsheet template rows ", count: 30)
        #expect(throws: AnswerError.self) { try task.parseAnswer(#"{"enhanced_description": "\#(offTopic)"}"#) }
    }

    @Test("license: the flavor's terms must not be contradicted")
    func licenseRules() throws {
        let task = LicenseTask(assetKind: .digitalArt, description: "art", intendedUse: nil)
        let remix = try task.parseAnswer(
            #"{"license_type": "commercial_remix", "commercial_use": true, "derivative_allowed": true, "royalty_percentage": "12%", "explanation": "Remix with a share."}"#
        )
        #expect(remix.licenseType == .commercialRemix && remix.royaltyPercentage == 12 && remix.shareAlike)
        let ccBy = try task.parseAnswer(
            #"{"license_type": "CC BY", "royalty_percentage": 0, "explanation": "Credit only."}"#)
        #expect(ccBy.licenseType == .ccBy && ccBy.commercialUse && ccBy.attributionRequired)
        for wrong in [
            #"{"license_type": "CC BY-SA 4.0", "royalty_percentage": 0, "explanation": "x"}"#,
            #"{"license_type": "cc_by", "royalty_percentage": 10, "explanation": "x"}"#,
            #"{"license_type": "commercial_use", "derivative_allowed": true, "royalty_percentage": 0, "explanation": "x"}"#,
            #"{"license_type": "commercial_remix", "royalty_percentage": 150, "explanation": "x"}"#,
            #"{"license_type": "commercial_remix", "royalty_percentage": 10}"#,
        ] {
            #expect(throws: AnswerError.self, "\(wrong)") { try task.parseAnswer(wrong) }
        }
    }

    @Test("derivative and analysis: ranges, lists and asset types are checked")
    func otherShapes() throws {
        let derivative = DerivativeTask(
            parentDescription: "a", childDescription: "b", parentMediaURL: nil, childMediaURL: nil)
        let ok = try derivative.parseAnswer(
            #"{"similarity_score": 74.6, "similar_elements": ["forest"], "differences": [], "is_derivative": true, "suggested_royalty_percentage": 10, "explanation": "Close."}"#
        )
        #expect(ok.similarityScore == 75 && ok.differences.isEmpty)
        #expect(throws: AnswerError.self) {
            try derivative.parseAnswer(
                #"{"similarity_score": 120, "similar_elements": [], "differences": [], "is_derivative": true, "suggested_royalty_percentage": 10, "explanation": "x"}"#
            )
        }
        #expect(throws: AnswerError.self) {
            try derivative.parseAnswer(
                #"{"similarity_score": 1e300, "similar_elements": [], "differences": [], "is_derivative": true, "suggested_royalty_percentage": 10, "explanation": "x"}"#
            )
        }
        let analysis = ContentAnalysisTask(title: "t", description: "d", mediaURL: nil)
        let fields =
            #""category": "digital_art", "tags": ["Forest", "forest", "mist"], "art_style": "painting", "theme": "nature", "genre": "fantasy", "mood": "calm", "target_audience": "collectors""#
        let parsed = try analysis.parseAnswer("{\(fields), \"suggested_asset_type\": \"Digital Art\"}")
        #expect(parsed.tags == ["forest", "mist"] && parsed.suggestedAssetType == .digitalArt)
        #expect(throws: AnswerError.self) {
            try analysis.parseAnswer("{\(fields), \"suggested_asset_type\": \"sculpture\"}")
        }
    }
}
