import LoreJSON

/// Four title suggestions from a description (and optionally the asset type).
struct TitleTask: AssistantTask {
    typealias Result = TitleSuggestions
    static let operation = AssistantOperation.title
    /// Each title's length in words.
    static let wordsPerTitle = 2...6
    static let titleCount = 4

    let description: String
    let assetKind: AssetKind?

    var subject: TaskSubject { .titles(description: description, assetKind: assetKind) }
    var isCreative: Bool { true }

    var cacheInputs: [String: String] {
        var inputs = ["description": description]
        inputs["asset_type"] = assetKind?.rawValue
        return inputs
    }

    func messages() -> [ChatMessage] {
        let work = assetKind.map { "\($0.displayName.lowercased()) work" } ?? "creative work"
        return [
            .system(PromptText.system),
            .user(
                """
                Suggest exactly 4 titles for a \(work) listed on an IP marketplace.
                Rules: each title has 2 to 6 words; the 4 titles are distinct from each other; \
                they are evocative, professional and grounded in the description's own subject.
                Description: \(PromptText.quoted(description))
                Answer format: {"titles": ["…", "…", "…", "…"]}
                """),
        ]
    }

    func readAnswer(_ json: JSONValue) throws(AnswerError) -> TitleSuggestions {
        let list: JSONValue
        switch json {
        case .array: list = json
        case .object(let fields):
            guard let titles = fields["titles"] else { throw .wrongShape("missing \"titles\"") }
            list = titles
        default:
            throw .wrongShape("expected {\"titles\": [...]}, got \(json.kindName)")
        }
        guard case .array(let items) = list else {
            throw .wrongShape("\"titles\" must be an array, got \(list.kindName)")
        }
        guard items.count == Self.titleCount else {
            throw .wrongShape("expected exactly \(Self.titleCount) titles, got \(items.count)")
        }
        var titles: [String] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            let title = Self.clean(try AnswerReader.text(item, name: "titles[\(index)]", maxCharacters: 120))
            let words = WordCount.count(title)
            guard Self.wordsPerTitle.contains(words) else {
                throw .wrongShape("title \"\(title)\" has \(words) words, expected 2-6")
            }
            guard seen.insert(Self.comparisonKey(title)).inserted else {
                throw .wrongShape("title \"\(title)\" is repeated")
            }
            titles.append(title)
        }
        return TitleSuggestions(titles: titles)
    }

    /// Drops wrapping quotes and a final full stop that models sometimes add.
    static func clean(_ title: String) -> String {
        var result = Substring(title)
        let quotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "*"]
        while let first = result.first, let last = result.last, result.count > 1, quotes.contains(first),
            quotes.contains(last)
        {
            result = result.dropFirst().dropLast()
        }
        if result.hasSuffix(".") && !result.hasSuffix("..") { result = result.dropLast() }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Titles that differ only in case or punctuation count as the same.
    static func comparisonKey(_ title: String) -> String {
        WordCount.words(in: title.lowercased()).map { String($0.filter { $0.isLetter || $0.isNumber }) }
            .joined(separator: " ")
    }
}
