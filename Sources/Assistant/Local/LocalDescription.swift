/// A 100-150-word description made of the original text (or its most informative sentences)
/// and sentences that state what the analysis found in it: key elements, mood, style, genre,
/// audience, and what being on Lore means for the work. Nothing about the work is added that
/// the input does not say.
enum LocalDescription {
    /// The original's share of the answer; longer originals are condensed to their key sentences.
    static let maxOriginalWords = 90
    /// Titles longer than this are left out of the opening sentence.
    static let maxTitleWordsInOpening = 12

    static func enhance(description: String, title: String?, assetKind: AssetKind?, corpus: BackgroundCorpus) -> String
    {
        // The title only names the work; what the sentences say comes from the description.
        let analysis = WorkAnalysis(text: description, statedKind: assetKind, corpus: corpus)
        let noun = workNoun(analysis.kind)
        var required: [String] = []
        if let title, WordCount.count(title) <= maxTitleWordsInOpening {
            required.append("“\(title)” is \(noun).")
        } else {
            required.append("This is \(noun), listed on Lore as an IP asset.")
        }
        required.append(condensed(description, corpus: corpus))

        let phrases = analysis.keyPhrases(limit: 3)
        var optional: [String] = []
        if phrases.count > 1 {
            optional.append("Its key elements are \(ProseList.join(phrases)).")
        } else if let phrase = phrases.first {
            optional.append("Its key element is \(phrase).")
        }
        if !analysis.moods.isEmpty {
            let evidence = Array(analysis.moods.flatMap(\.evidence).prefix(3))
            let moods = ProseList.join(analysis.moods.prefix(2).map(\.label))
            optional.append(
                "Words such as \(ProseList.join(ProseList.quoted(evidence))) give it \(ProseList.article(for: moods)) \(moods) mood."
            )
        }
        let styles = analysis.styles.prefix(2).map(\.label)
        let genre = analysis.genres.first?.label
        switch (styles.isEmpty, genre) {
        case (false, let genre?):
            optional.append("Stylistically it draws on \(ProseList.join(styles)), within the \(genre) genre.")
        case (false, nil): optional.append("Stylistically it draws on \(ProseList.join(styles)).")
        case (true, let genre?): optional.append("It sits within the \(genre) genre.")
        case (true, nil): break
        }
        let themes = analysis.themes.prefix(2).map(\.label).filter { $0 != genre }
        if !themes.isEmpty { optional.append("Its themes include \(ProseList.join(themes)).") }
        if !phrases.isEmpty { optional.append(invitation(kind: analysis.kind, phrases: Array(phrases.prefix(2)))) }
        optional.append("It will appeal to \(analysis.targetAudience).")
        optional += platformSentences

        var sentences = required
        var words = required.reduce(0) { $0 + WordCount.count($1) }
        for sentence in optional {
            let count = WordCount.count(sentence)
            if words + count <= DescriptionTask.targetWords.upperBound {
                sentences.append(sentence)
                words += count
            }
        }
        return sentences.joined(separator: " ")
    }

    /// What being listed on Lore means, true of every asset; they fill the answer to length.
    static let platformSentences = [
        "Registered on Lore as an IP asset, it carries a clear on-chain record of its creator and of the license terms under which others may use it.",
        "Other creators can discover it, collect it and build on it under those terms, with credit and any agreed royalties flowing back to its creator.",
        "Every remix made from it stays linked to this original, so its place in the wider creative lineage remains visible to everyone.",
        "Supporters can favourite it, comment on it and add it to their collections, helping others find it.",
    ]

    private static func workNoun(_ kind: AssetKind?) -> String {
        switch kind {
        case .digitalArt?: "a work of digital art"
        case .music?: "a piece of music"
        case .writing?: "a piece of writing"
        case .photography?: "a photographic work"
        case .gameAsset?: "a game asset"
        case nil: "a creative work"
        }
    }

    private static func invitation(kind: AssetKind?, phrases: [String]) -> String {
        let subject = ProseList.join(phrases)
        let together = phrases.count > 1 ? "come together" : "is rendered"
        switch kind {
        case .digitalArt?, .photography?: return "Take time with the image to see how \(subject) \(together)."
        case .music?: return "Listen closely to hear how \(subject) \(phrases.count > 1 ? "come together" : "unfolds")."
        case .writing?: return "Read it in full to follow how \(subject) \(phrases.count > 1 ? "unfold" : "unfolds")."
        case .gameAsset?:
            return "Place it in a scene to see how \(subject) \(phrases.count > 1 ? "work" : "works") in play."
        case nil: return "Explore the work to see how \(subject) \(together)."
        }
    }

    /// The original, tidied; when longer than `maxOriginalWords`, its highest-weighted sentences
    /// in their original order (or, for one long sentence, its beginning).
    static func condensed(_ text: String, corpus: BackgroundCorpus) -> String {
        let sentences = splitSentences(text)
        guard WordCount.count(text) > maxOriginalWords else { return sentences.joined(separator: " ") }
        let weights = TextProfile(text, corpus: corpus).termWeights
        let ranked = sentences.enumerated().map { index, sentence -> (Int, Double) in
            let stems = TextTokens.contentStems(of: sentence)
            let weight =
                stems.reduce(0) { $0 + (weights[$1] ?? 0) } / Double(max(WordCount.count(sentence), 1)).squareRoot()
            return (index, weight)
        }.sorted { $0.1 > $1.1 }
        var keep: [Int] = []
        var words = 0
        for (index, _) in ranked {
            let count = WordCount.count(sentences[index])
            if words + count <= maxOriginalWords {
                keep.append(index)
                words += count
            }
        }
        if keep.isEmpty {
            let head = WordCount.words(in: sentences[ranked[0].0]).prefix(maxOriginalWords)
            return head.joined(separator: " ") + "…"
        }
        return keep.sorted().map { sentences[$0] }.joined(separator: " ")
    }

    /// Sentences with collapsed whitespace, a capital first letter and closing punctuation.
    static func splitSentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character.isWhitespace ? " " : character)
            if character == "." || character == "!" || character == "?" {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        return sentences.compactMap { raw in
            let words = raw.split(separator: " ")
            guard !words.isEmpty else { return nil }
            var sentence = words.joined(separator: " ")
            guard sentence.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst()
            if let last = sentence.last, !".!?\"”)".contains(last) { sentence += "." }
            return sentence
        }
    }
}
