/// A key phrase of a text: a run of content words between stop words or punctuation (RAKE).
struct Keyphrase: Sendable, Equatable {
    let words: [Token]
    let score: Double

    var stems: [String] { words.map(\.stem) }
    /// As written in the text ("glowing mushrooms").
    var text: String { words.map(\.text).joined(separator: " ") }
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
    let keyphrases: [Keyphrase]
    let keywords: [Keyword]
    /// Stem → TF-IDF weight of every content word.
    let termWeights: [String: Double]

    init(_ text: String, corpus: BackgroundCorpus = .standard) {
        tokens = TextTokens.tokenize(text)
        let content = tokens.filter { !$0.isStopWord }
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
            weights[stem] = Double(count) * corpus.idf(stem)
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
            let score = candidate.reduce(0.0) { sum, token in
                let rake = Double(degree[token.stem, default: 1]) / Double(frequency[token.stem, default: 1])
                return sum + rake * corpus.idf(token.stem)
            } * earliness(candidate[0])
            phrases.append(Keyphrase(words: candidate, score: score))
        }
        keyphrases = phrases.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.words[0].position < $1.words[0].position
        }
    }

    /// Maximal runs of adjacent content words within one phrase, split to at most `maxPhraseWords`.
    private static func candidates(in tokens: [Token]) -> [[Token]] {
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
            if token.isStopWord {
                close()
            } else {
                if let last = run.last, last.phrase != token.phrase { close() }
                run.append(token)
            }
        }
        close()
        return runs
    }

    /// The stems of all content words.
    var contentStems: Set<String> { Set(termWeights.keys) }

    /// Whether the text contains the stem sequence `cue` (one word or a contiguous phrase).
    func contains(stemSequence cue: [String]) -> Bool {
        guard let head = cue.first else { return false }
        guard cue.count > 1 else { return tokens.contains { $0.stem == head } }
        let stems = tokens.map(\.stem)
        guard stems.count >= cue.count else { return false }
        for start in 0...(stems.count - cue.count) where stems[start] == head {
            if Array(stems[start..<(start + cue.count)]) == cue { return true }
        }
        return false
    }
}
