import LoreJSON

/// How similar a derivative is to its parent, and a fair royalty share for the parent.
struct DerivativeTask: AssistantTask {
    typealias Result = DerivativeAnalysis
    static let operation = AssistantOperation.derivative
    static let elementCount = 0...10

    let parentDescription: String
    let childDescription: String
    let parentMediaURL: String?
    let childMediaURL: String?

    var subject: TaskSubject {
        .derivative(
            parentDescription: parentDescription, childDescription: childDescription,
            parentMediaURL: parentMediaURL, childMediaURL: childMediaURL)
    }
    var isCreative: Bool { false }

    var cacheInputs: [String: String] {
        var inputs = ["parent_description": parentDescription, "child_description": childDescription]
        inputs["parent_media_url"] = parentMediaURL
        inputs["child_media_url"] = childMediaURL
        return inputs
    }

    func messages() -> [ChatMessage] {
        var media = ""
        if let parentMediaURL { media += "Parent media URL: \(PromptText.quoted(parentMediaURL))\n" }
        if let childMediaURL { media += "Derivative media URL: \(PromptText.quoted(childMediaURL))\n" }
        return [
            .system(PromptText.system),
            .user(
                """
                Compare a derivative work with its parent, judging only from the two descriptions.
                Parent: \(PromptText.quoted(parentDescription))
                Derivative: \(PromptText.quoted(childDescription))
                \(media)Fields: "similarity_score" (integer 0-100: 0 unrelated, 100 the same work); \
                "similar_elements" (up to 10 short phrases the two share); "differences" (up to 10 short \
                phrases); "is_derivative" (whether the derivative plausibly builds on the parent); \
                "suggested_royalty_percentage" (integer 0-100, the parent's fair share of the \
                derivative's revenue, higher the more it takes from the parent); "explanation" (one or \
                two sentences).
                Answer format: {"similarity_score": 0, "similar_elements": ["…"], "differences": ["…"], \
                "is_derivative": true|false, "suggested_royalty_percentage": 0, "explanation": "…"}
                """),
        ]
    }

    func readAnswer(_ json: JSONValue) throws(AnswerError) -> DerivativeAnalysis {
        let reader = try AnswerReader(json)
        return DerivativeAnalysis(
            similarityScore: try reader.integer("similarity_score", in: 0...100),
            similarElements: try reader.strings("similar_elements", count: Self.elementCount),
            differences: try reader.strings("differences", count: Self.elementCount),
            isDerivative: try reader.bool("is_derivative"),
            suggestedRoyaltyPercentage: try reader.integer("suggested_royalty_percentage", in: 0...100),
            explanation: try reader.string("explanation", maxCharacters: 1000))
    }
}
