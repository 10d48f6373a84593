/// Four titles built from a description's own key phrases: the phrases themselves, pairs of
/// them, and a few neutral framings ("The …", "Into the …"), ranked by phrase weight and chosen
/// to differ from each other.
enum LocalTitles {
    private struct Candidate {
        let words: [String]
        let stems: Set<String>
        let score: Double
    }

    static func suggest(description: String, assetKind: AssetKind?, corpus: BackgroundCorpus) -> [String] {
        let profile = TextProfile(description, corpus: corpus)
        var phrases = profile.keyphrases.prefix(5).map { ($0.words.map(\.text), Set($0.stems), $0.score) }
        if phrases.isEmpty {
            // Only function words ("it is what it is"): use the words themselves.
            let words = profile.tokens.prefix(4)
            phrases = [(words.map(\.text), Set(words.map(\.stem)), 1)]
        }
        var candidates: [Candidate] = []
        func add(_ words: [String], _ stems: Set<String>, _ score: Double) {
            guard TitleTask.wordsPerTitle.contains(words.count) else { return }
            candidates.append(Candidate(words: words, stems: stems, score: score))
        }
        for (words, stems, score) in phrases {
            add(words, stems, score)
            add(["the"] + words, stems, 0.8 * score)
        }
        for (i, first) in phrases.prefix(3).enumerated() {
            // Pairing a long phrase with a single word reads as a list, not a title
            // ("Old Fisherman Mending Nets and Harbour"), so paired phrases are of similar length.
            for second in phrases.prefix(3).dropFirst(i + 1) where abs(first.0.count - second.0.count) <= 1 {
                add(first.0 + ["and"] + second.0, first.1.union(second.1), 0.6 * (first.2 + second.2))
                add(second.0 + ["of", "the"] + first.0, first.1.union(second.1), 0.55 * (first.2 + second.2))
            }
        }
        let frames = framings(for: assetKind)
        for (words, stems, score) in phrases.prefix(3) {
            for (rank, frame) in frames.enumerated() {
                add(frame.prefix + words + frame.suffix, stems, (0.5 - 0.05 * Double(rank)) * score)
            }
        }
        return choose(from: candidates).map(titleCased)
    }

    /// Neutral framings; the kind-specific one only names what the work is.
    private static func framings(for kind: AssetKind?) -> [(prefix: [String], suffix: [String])] {
        var frames: [([String], [String])] = [(["into", "the"], []), (["beyond", "the"], [])]
        switch kind {
        case .music?: frames.append((["song", "of", "the"], []))
        case .writing?: frames.append((["tales", "of", "the"], []))
        case .photography?: frames.append(([], ["in", "focus"]))
        case .gameAsset?: frames.append(([], ["assets"]))
        case .digitalArt?: frames.append((["visions", "of", "the"], []))
        case nil: break
        }
        frames += [(["within", "the"], []), (["echoes", "of", "the"], [])]
        return frames
    }

    /// Greedy pick of four distinct titles, each scored down by how much it repeats the words
    /// of those already picked.
    private static func choose(from candidates: [Candidate]) -> [[String]] {
        var chosen: [Candidate] = []
        var keys: Set<String> = []
        var usedStems: Set<String> = []
        var remaining = candidates
        while chosen.count < TitleTask.titleCount, !remaining.isEmpty {
            var bestIndex: Int?
            var bestValue = -Double.infinity
            for (index, candidate) in remaining.enumerated() {
                let overlap =
                    Double(candidate.stems.intersection(usedStems).count) / Double(max(candidate.stems.count, 1))
                let value = candidate.score * (1 - 0.85 * overlap)
                if value > bestValue {
                    bestValue = value
                    bestIndex = index
                }
            }
            guard let bestIndex else { break }
            let candidate = remaining.remove(at: bestIndex)
            let key = TitleTask.comparisonKey(candidate.words.joined(separator: " "))
            if keys.insert(key).inserted {
                chosen.append(candidate)
                usedStems.formUnion(candidate.stems)
            }
        }
        return chosen.map(\.words)
    }

    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "from", "into",
    ]

    /// Title case: minor words lowercase except first; short all-caps words (NFT, UFO) kept.
    static func titleCased(_ words: [String]) -> String {
        words.enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && minorWords.contains(lower) { return lower }
            if word.count <= 4 && word.count > 1 && word == word.uppercased() && word != lower { return word }
            if word.dropFirst().contains(where: \.isUppercase) && word != word.uppercased() { return word }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
