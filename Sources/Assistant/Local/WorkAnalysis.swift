/// Everything the local provider reads out of one work's text: key phrases, asset type, styles,
/// moods, genres and themes, each with the input's own words as evidence.
struct WorkAnalysis: Sendable {
    let profile: TextProfile
    /// The stated asset type, else the detected one.
    let kind: AssetKind?
    let kindEvidence: [String]
    let styles: [Vocabulary.Match]
    let moods: [Vocabulary.Match]
    let genres: [Vocabulary.Match]
    let themes: [Vocabulary.Match]

    init(text: String, statedKind: AssetKind? = nil, mediaURL: String? = nil, corpus: BackgroundCorpus) {
        profile = TextProfile(text, corpus: corpus)
        if let statedKind {
            kind = statedKind
            kindEvidence = []
        } else {
            let detected = AssetKindDetection.detect(in: profile, mediaURL: mediaURL)
            kind = detected?.kind
            kindEvidence = detected?.evidence ?? []
        }
        styles = Vocabularies.styles.matches(in: profile)
        moods = Vocabularies.moods.matches(in: profile)
        genres = Vocabularies.genres.matches(in: profile)
        themes = Vocabularies.themes.matches(in: profile)
    }

    /// The top key phrases as written, at most `limit`, skipping ones contained in a longer pick.
    func keyPhrases(limit: Int) -> [String] {
        var picked: [Keyphrase] = []
        for phrase in profile.keyphrases where picked.count < limit {
            let stems = Set(phrase.stems)
            if picked.contains(where: { stems.isSubset(of: Set($0.stems)) }) { continue }
            picked.append(phrase)
        }
        return picked.map(\.midSentenceText)
    }

    /// Who the work is for, from its type and genre. Phrased as an audience, not a fact about the work.
    var targetAudience: String {
        let genre = genres.first.map { $0.label + " " } ?? ""
        switch kind {
        case .digitalArt?:
            return "collectors and fans of \(genre)digital art, and creators looking for artwork to remix"
        case .music?: return "listeners of \(genre)music, and creators looking for tracks to remix or license"
        case .writing?: return "readers of \(genre)writing, and creators looking for stories or texts to adapt"
        case .photography?:
            return "collectors of \(genre)photography, and editors or designers looking for images to license"
        case .gameAsset?: return "game developers building \(genre)games, and modders looking for ready-made assets"
        case nil: return genres.first.map { "fans of \($0.label) work" } ?? "creators and collectors browsing Lore"
        }
    }
}

/// Joins phrases as English prose: "a", "a and b", "a, b and c".
enum ProseList {
    static func join(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    static func quoted(_ items: [String]) -> [String] {
        items.map { "“\($0)”" }
    }

    /// "a" or "an" for the word that follows (by its first letter, which suits these labels).
    static func article(for word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
