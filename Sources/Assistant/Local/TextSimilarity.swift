/// Cosine similarity of two texts: TF-IDF vectors of their content words and adjacent word pairs
/// (what they talk about), blended with character trigrams of those words (which catches
/// variants the stemmer misses, "colour"/"colors").
enum TextSimilarity {
    /// Weight of the word vectors in the blend; the rest goes to the trigram vectors.
    static let wordWeight = 0.7

    /// 0 (nothing in common) to 1 (the same content words).
    static func similarity(_ first: TextProfile, _ second: TextProfile, corpus: BackgroundCorpus) -> Double {
        let words = cosine(wordVector(first, corpus: corpus), wordVector(second, corpus: corpus))
        let trigrams = cosine(trigramVector(first), trigramVector(second))
        return min(1, max(0, wordWeight * words + (1 - wordWeight) * trigrams))
    }

    static func wordVector(_ profile: TextProfile, corpus: BackgroundCorpus) -> [String: Double] {
        var vector: [String: Double] = [:]
        let content = profile.tokens.filter { !$0.isStopWord }
        for part in content.flatMap(\.parts) {
            vector[part, default: 0] += corpus.idf(part)
        }
        for (left, right) in zip(content, content.dropFirst())
        where right.position == left.position + 1 && right.phrase == left.phrase {
            vector[left.stem + " " + right.stem, default: 0] += (corpus.idf(left) + corpus.idf(right)) / 2
        }
        return vector
    }

    static func trigramVector(_ profile: TextProfile) -> [String: Double] {
        var vector: [String: Double] = [:]
        for part in profile.tokens.filter({ !$0.isStopWord }).flatMap({ $0.lower.split(separator: "-") }) {
            let padded = Array("#" + part + "#")
            guard padded.count >= 3 else { continue }
            for start in 0...(padded.count - 3) {
                vector[String(padded[start..<(start + 3)]), default: 0] += 1
            }
        }
        return vector
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (key, value) in small {
            if let other = large[key] { dot += value * other }
        }
        let normA = a.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let normB = b.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard normA > 0, normB > 0 else { return 0 }
        return dot / (normA * normB)
    }
}
