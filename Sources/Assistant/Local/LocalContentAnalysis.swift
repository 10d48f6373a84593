/// Category, tags, style, theme, genre, mood and audience read from the title, description and
/// media file extension. A field the input gives no evidence for says "unspecified".
enum LocalContentAnalysis {
    static let unspecified = "unspecified"
    static let maxTags = 10

    static func analyze(title: String, description: String, mediaURL: String?, corpus: BackgroundCorpus)
        -> ContentAnalysis
    {
        let analysis = WorkAnalysis(text: "\(title). \(description)", mediaURL: mediaURL, corpus: corpus)
        var tags: [String] = []
        func addTag(_ tag: String) {
            if tags.count < maxTags && !tags.contains(tag) { tags.append(tag) }
        }
        analysis.keyPhrases(limit: 6).filter { WordCount.count($0) <= 3 }.forEach(addTag)
        analysis.genres.prefix(2).map(\.label).forEach(addTag)
        analysis.moods.prefix(2).map(\.label).forEach(addTag)
        analysis.profile.keywords.prefix(maxTags).map(\.token.lower).forEach(addTag)
        if tags.isEmpty { analysis.profile.tokens.prefix(3).map(\.lower).forEach(addTag) }

        let themes = analysis.themes.prefix(2).map(\.label)
        return ContentAnalysis(
            category: analysis.kind?.rawValue ?? unspecified,
            tags: tags,
            artStyle: joined(analysis.styles.prefix(2).map(\.label), separator: ", "),
            theme: themes.isEmpty ? (analysis.keyPhrases(limit: 1).first ?? unspecified) : ProseList.join(themes),
            genre: analysis.genres.first?.label ?? unspecified,
            mood: joined(analysis.moods.prefix(2).map(\.label), separator: " and "),
            targetAudience: analysis.targetAudience,
            // The original system's default type when nothing points elsewhere (inventory §4.14).
            suggestedAssetType: analysis.kind ?? .digitalArt)
    }

    private static func joined(_ labels: [String], separator: String) -> String {
        labels.isEmpty ? unspecified : labels.joined(separator: separator)
    }
}
