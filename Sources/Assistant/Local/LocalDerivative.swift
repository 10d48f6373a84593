/// Compares a derivative's description with its parent's: a similarity score from
/// `TextSimilarity`, the phrases and labels they share, what the derivative adds or drops, and a
/// royalty share for the parent that grows with how much the derivative takes.
enum LocalDerivative {
    /// From this score on, the derivative reads as building on the parent.
    static let derivativeThreshold = 25
    static let maxItems = 10

    static func analyze(parent: String, child: String, corpus: BackgroundCorpus) -> DerivativeAnalysis {
        let parentWork = WorkAnalysis(text: parent, corpus: corpus)
        let childWork = WorkAnalysis(text: child, corpus: corpus)
        let similarity = TextSimilarity.similarity(parentWork.profile, childWork.profile, corpus: corpus)
        let score = Int((similarity * 100).rounded())
        let isDerivative = score >= derivativeThreshold
        let royalty = isDerivative ? royaltyPercentage(forScore: score) : 0

        let parentStems = parentWork.profile.contentStems
        let childStems = childWork.profile.contentStems
        let shared = parentStems.intersection(childStems)

        var similar: [String] = []
        var covered: Set<String> = []
        for phrase in parentWork.profile.keyphrases where Set(phrase.stems).isSubset(of: childStems) {
            append(phrase.lowercased, to: &similar)
            covered.formUnion(phrase.stems)
        }
        for keyword in parentWork.profile.keywords
        where shared.contains(keyword.token.stem) && !covered.contains(keyword.token.stem) {
            append(keyword.token.lower, to: &similar)
        }
        for (label, kind) in sharedLabels(parentWork, childWork) {
            append("\(kind): \(label)", to: &similar)
        }

        var differences: [String] = []
        let added = childWork.profile.keyphrases.filter { Set($0.stems).isDisjoint(with: parentStems) }.prefix(4)
        let dropped = parentWork.profile.keyphrases.filter { Set($0.stems).isDisjoint(with: childStems) }.prefix(4)
        for phrase in added { append("new in the derivative: \(phrase.lowercased)", to: &differences) }
        for phrase in dropped { append("not carried over: \(phrase.lowercased)", to: &differences) }
        for (name, from, to) in shifts(parentWork, childWork) {
            append("\(name): \(from) → \(to)", to: &differences)
        }

        return DerivativeAnalysis(
            similarityScore: score, similarElements: similar, differences: differences, isDerivative: isDerivative,
            suggestedRoyaltyPercentage: royalty,
            explanation: explanation(
                score: score,
                shared: parentWork.profile.keywords.filter { shared.contains($0.token.stem) }.map(\.token.lower),
                added: added.map(\.lowercased), isDerivative: isDerivative, royalty: royalty))
    }

    /// 5 % for light borrowing up to 20 % for a close copy, in steps of 5.
    static func royaltyPercentage(forScore score: Int) -> Int {
        switch score {
        case ..<derivativeThreshold: 0
        case ..<40: 5
        case ..<60: 10
        case ..<80: 15
        default: 20
        }
    }

    private static func append(_ item: String, to list: inout [String]) {
        if list.count < maxItems && !list.contains(item) { list.append(item) }
    }

    private static func sharedLabels(_ parent: WorkAnalysis, _ child: WorkAnalysis) -> [(String, String)] {
        var labels: [(String, String)] = []
        for (name, a, b) in [
            ("mood", parent.moods, child.moods), ("genre", parent.genres, child.genres),
            ("style", parent.styles, child.styles), ("theme", parent.themes, child.themes),
        ] {
            let other = Set(b.map(\.label))
            labels += a.filter { other.contains($0.label) }.map { ($0.label, name) }
        }
        return labels
    }

    private static func shifts(_ parent: WorkAnalysis, _ child: WorkAnalysis) -> [(String, String, String)] {
        var result: [(String, String, String)] = []
        for (name, a, b) in [
            ("mood", parent.moods, child.moods), ("genre", parent.genres, child.genres),
            ("style", parent.styles, child.styles),
        ] {
            if let from = a.first?.label, let to = b.first?.label, !b.contains(where: { $0.label == from }) {
                result.append((name, from, to))
            }
        }
        return result
    }

    private static func explanation(score: Int, shared: [String], added: [String], isDerivative: Bool, royalty: Int)
        -> String
    {
        let terms = shared.isEmpty ? "no key terms" : ProseList.join(ProseList.quoted(Array(shared.prefix(5))))
        var sentences = ["The descriptions score \(score)/100 on TF-IDF similarity of their words and share \(terms)."]
        if !added.isEmpty {
            sentences.append("The derivative adds \(ProseList.join(Array(added.prefix(3)))).")
        }
        sentences.append(
            isDerivative
                ? "It reads as building on the parent, so \(royalty)% of its revenue is suggested for the parent; closer copies suggest larger shares."
                : "From the descriptions alone it shares too little with the parent to read as a derivative, so no royalty is suggested."
        )
        return sentences.joined(separator: " ")
    }
}
