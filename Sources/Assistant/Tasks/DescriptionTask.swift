import LoreJSON

/// A 100-150-word description that keeps the original's meaning.
struct DescriptionTask: AssistantTask {
    typealias Result = EnhancedDescription
    static let operation = AssistantOperation.description
    /// What the prompt asks for (and what the local provider always produces).
    static let targetWords = 100...150
    /// What is accepted from a model: models count words loosely, so a few words either side of
    /// the target pass, while a clearly short or long answer is a failure.
    static let acceptedWords = 85...180

    let description: String
    let title: String?
    let assetKind: AssetKind?

    var subject: TaskSubject { .description(description: description, title: title, assetKind: assetKind) }
    var isCreative: Bool { true }

    var cacheInputs: [String: String] {
        var inputs = ["description": description]
        inputs["title"] = title
        inputs["asset_type"] = assetKind?.rawValue
        return inputs
    }

    func messages() -> [ChatMessage] {
        var context = ""
        if let title { context += "Title: \(PromptText.quoted(title))\n" }
        if let assetKind { context += "Asset type: \(assetKind.displayName)\n" }
        return [
            .system(PromptText.system),
            .user(
                """
                Rewrite the description below as a compelling description of \(Self.targetWords.lowerBound) to \
                \(Self.targetWords.upperBound) words for the work's page on an IP marketplace.
                Rules: keep its meaning and every fact it states; expand on the visual, sonic or narrative \
                details it implies; do not add facts it does not state; professional tone; plain prose \
                without lists or markdown.
                \(context)Description: \(PromptText.quoted(description))
                Answer format: {"enhanced_description": "…"}
                """),
        ]
    }

    func readAnswer(_ json: JSONValue) throws(AnswerError) -> EnhancedDescription {
        let text = try AnswerReader(json).string("enhanced_description", maxCharacters: 4000)
        let words = WordCount.count(text)
        guard Self.acceptedWords.contains(words) else {
            throw .wrongShape(
                "the enhanced description has \(words) words, expected \(Self.targetWords.lowerBound)-\(Self.targetWords.upperBound)"
            )
        }
        // Keeping the meaning at least means talking about the same things: the answer must
        // share a key term with the original (compared by stem, so "mushrooms" matches "mushroom").
        let originalTerms = Set(TextTokens.contentStems(of: description))
        if !originalTerms.isEmpty && originalTerms.isDisjoint(with: TextTokens.contentStems(of: text)) {
            throw .wrongShape("the enhanced description shares no key term with the original")
        }
        return EnhancedDescription(enhancedDescription: text)
    }
}
