/// Labels recognised by cue words or phrases ("mysterious" ← mystical, ethereal, mist, …).
struct Vocabulary: Sendable {
    struct Entry: Sendable {
        let label: String
        /// Each cue as a stem sequence, with its text as written in the table.
        let cues: [(stems: [String], text: String)]
    }

    /// A label found in a text, with the cues that found it, as written in the text.
    struct Match: Sendable, Equatable {
        let label: String
        let evidence: [String]
    }

    let entries: [Entry]

    init(_ table: KeyValuePairs<String, [String]>) {
        entries = table.map { label, cues in
            Entry(label: label, cues: cues.map { (TextTokens.tokenize($0).map(\.stem), $0) })
        }
    }

    /// Labels whose cues occur in the text, most evidence first (ties keep table order).
    func matches(in profile: TextProfile) -> [Match] {
        let stems = profile.contentStems.union(profile.stems)
        var found: [(match: Match, order: Int)] = []
        for (order, entry) in entries.enumerated() {
            var evidence: [String] = []
            for cue in entry.cues {
                let present =
                    cue.stems.count == 1 ? stems.contains(cue.stems[0]) : profile.contains(stemSequence: cue.stems)
                if present, let written = Self.written(cue.stems, in: profile), !evidence.contains(written) {
                    evidence.append(written)
                }
            }
            if !evidence.isEmpty { found.append((Match(label: entry.label, evidence: evidence), order)) }
        }
        return found.sorted {
            $0.match.evidence.count != $1.match.evidence.count
                ? $0.match.evidence.count > $1.match.evidence.count : $0.order < $1.order
        }.map(\.match)
    }

    /// How the cue appears in the text (lowercased), for explanations that quote the input.
    private static func written(_ cue: [String], in profile: TextProfile) -> String? {
        let tokens = profile.tokens
        if cue.count == 1 {
            for token in tokens {
                if token.stem == cue[0] { return token.lower }
                if token.parts.count > 1,
                    let piece = token.lower.split(separator: "-").first(where: { Stemmer.stem(String($0)) == cue[0] })
                {
                    return String(piece)
                }
            }
            return nil
        }
        guard tokens.count >= cue.count else { return nil }
        for start in 0...(tokens.count - cue.count) where tokens[start].stem == cue[0] {
            let slice = tokens[start..<(start + cue.count)]
            if slice.map(\.stem) == cue { return slice.map(\.lower).joined(separator: " ") }
        }
        return nil
    }
}
