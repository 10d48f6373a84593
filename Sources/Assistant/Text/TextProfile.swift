/// A key phrase of a text: a run of content words between stop words or punctuation (RAKE).
struct Keyphrase: Sendable, Equatable {
    let words: [Token]
    let score: Double

    var stems: [String] { words.map(\.stem) }
    /// As written in the text ("glowing mushrooms").
    var text: String { words.map(\.text).joined(separator: " ") }
    /// As it would be written mid-sentence ("upbeat lo-fi track", "lazy Sunday groove").
    var midSentenceText: String { words.map(\.midSentenceText).joined(separator: " ") }
    var lowercased: String { words.map(\.lower).joined(separator: " ") }
}

/// A content word with its TF-IDF weight.
struct Keyword: Sendable, Equatable {
    /// The first occurrence, as written.
    let token: Token
    let weight: Double
}

/// What the local provider knows about one text: its tokens, ranked key phrases (RAKE scored
/// with IDF against the background corpus) and ranked keywords (TF-IDF).
struct TextProfile: Sendable {
    /// Candidate phrases longer than this are split, as RAKE candidates of 5+ words are rarely phrases.
    static let maxPhraseWords = 4

    let tokens: [Token]
    /// Every token's stem, in order (stop words included, for multi-word cues such as "black and white").
    let stems: [String]
    /// The stems of all content words, hyphenated words both whole and by part.
    let contentStems: Set<String>
    let keyphrases: [Keyphrase]
    let keywords: [Keyword]
    /// Stem → TF-IDF weight of every content word.
    let termWeights: [String: Double]

    init(_ text: String, corpus: BackgroundCorpus = .standard) {
        tokens = TextTokens.tokenize(text)
        stems = tokens.map(\.stem)
        let content = tokens.filter { !$0.isStopWord }
        contentStems = Set(content.map(\.stem)).union(content.flatMap(\.parts))
        let total = Double(max(tokens.count, 1))
        // Words early in a description tend to name its subject.
        func earliness(_ token: Token) -> Double { 1 + 0.25 * (1 - Double(token.position) / total) }

        var frequency: [String: Int] = [:]
        var first: [String: Token] = [:]
        for token in content {
            frequency[token.stem, default: 0] += 1
            if first[token.stem] == nil { first[token.stem] = token }
        }
        var weights: [String: Double] = [:]
        for (stem, count) in frequency {
            weights[stem] = Double(count) * corpus.idf(first[stem]!)
        }
        termWeights = weights
        keywords = first.values
            .filter { !$0.lower.allSatisfy(\.isNumber) }
            .map { Keyword(token: $0, weight: weights[$0.stem, default: 0] * earliness($0)) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.token.position < $1.token.position }

        let candidates = Self.candidates(in: tokens)
        var degree: [String: Int] = [:]
        for candidate in candidates {
            for token in candidate { degree[token.stem, default: 0] += candidate.count }
        }
        var phrases: [Keyphrase] = []
        var seen: Set<[String]> = []
        for candidate in candidates where seen.insert(candidate.map(\.stem)).inserted {
            // RAKE sums word scores, which lets long phrases win on length alone; dividing by
            // √length keeps a strong two-word phrase competitive with a weak four-word one.
            let score =
                candidate.reduce(0.0) { sum, token in
                    let rake = Double(degree[token.stem, default: 1]) / Double(frequency[token.stem, default: 1])
                    return sum + rake * corpus.idf(token)
                } / Double(candidate.count).squareRoot() * earliness(candidate[0])
            phrases.append(Keyphrase(words: candidate, score: score))
        }
        keyphrases = phrases.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.words[0].position < $1.words[0].position
        }
    }

    /// Fixed expressions whose "and" belongs to the phrase ("a black and white photo").
    static let compounds: Set<String> = [
        "black and white", "rock and roll", "drum and bass", "rhythm and blues", "sword and sorcery",
        "day and night", "life and death", "light and shadow",
    ]

    /// Maximal runs of adjacent content words within one phrase, split to at most `maxPhraseWords`.
    private static func candidates(in tokens: [Token]) -> [[Token]] {
        var glued: Set<Int> = []
        for index in tokens.indices.dropFirst().dropLast() where tokens[index].lower == "and" {
            let (before, after) = (tokens[index - 1], tokens[index + 1])
            if before.phrase == after.phrase && compounds.contains("\(before.lower) and \(after.lower)") {
                glued.insert(index)
            }
        }
        var runs: [[Token]] = []
        var run: [Token] = []
        func close() {
            if !run.isEmpty && !run.allSatisfy({ $0.lower.allSatisfy(\.isNumber) }) {
                var rest = run[...]
                while !rest.isEmpty {
                    runs.append(Array(rest.prefix(maxPhraseWords)))
                    rest = rest.dropFirst(maxPhraseWords)
                }
            }
            run = []
        }
        for token in tokens {
            if token.isStopWord && !glued.contains(token.position) {
                close()
            } else {
                if let last = run.last, last.phrase != token.phrase { close() }
                run.append(token)
            }
        }
        close()
        return runs
    }

    /// Whether the text contains the stem sequence `cue` (one word or a contiguous phrase).
    func contains(stemSequence cue: [String]) -> Bool {
        guard let head = cue.first else { return false }
        guard cue.count > 1 else { return stems.contains(head) }
        guard stems.count >= cue.count else { return false }
        for start in 0...(stems.count - cue.count) where stems[start] == head {
            if stems[start..<(start + cue.count)].elementsEqual(cue) { return true }
        }
        return false
    }
}
