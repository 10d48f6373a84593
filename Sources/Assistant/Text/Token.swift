/// A word of a text, with what the analysis needs to know about it.
struct Token: Sendable, Equatable {
    /// As written (for titles and quotes), without surrounding punctuation or a possessive 's.
    let text: String
    let lower: String
    /// The light stem used for matching ("mushrooms" and "mushroom" → "mushroom").
    let stem: String
    let isStopWord: Bool
    /// Index of the sentence the word is in.
    let sentence: Int
    /// Index of the punctuation-delimited phrase the word is in (RAKE's candidate boundaries).
    let phrase: Int
    /// Position in the text, counted in words.
    let position: Int
}

/// Splits text into tokens. Letters, digits and in-word apostrophes make words; hyphens split
/// words but not phrases ("cyberpunk-inspired"); other punctuation ends a phrase, and `.!?`
/// end a sentence.
enum TextTokens {
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var sentence = 0
        var phrase = 0
        var current = ""
        var pendingBreak = false
        var pendingSentenceBreak = false

        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            current = ""
            while let last = word.last, last == "'" || last == "’" { word.removeLast() }
            for suffix in ["'s", "’s"] where word.lowercased().hasSuffix(suffix) && word.count > 2 {
                word.removeLast(2)
            }
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            if pendingSentenceBreak && !tokens.isEmpty { sentence += 1 }
            if pendingBreak && !tokens.isEmpty { phrase += 1 }
            pendingBreak = false
            pendingSentenceBreak = false
            let lower = word.lowercased()
            tokens.append(Token(
                text: word, lower: lower, stem: Stemmer.stem(lower), isStopWord: StopWords.contains(lower),
                sentence: sentence, phrase: phrase, position: tokens.count))
        }

        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if (character == "'" || character == "’") && !current.isEmpty {
                current.append(character)
            } else {
                flush()
                if character == "." || character == "!" || character == "?" || character == "\n" {
                    pendingBreak = true
                    pendingSentenceBreak = true
                } else if !character.isWhitespace && character != "-" && character != "‐" {
                    pendingBreak = true
                }
            }
        }
        flush()
        return tokens
    }

    /// Stems of the words that carry meaning (not stop words), in order.
    static func contentStems(of text: String) -> [String] {
        tokenize(text).filter { !$0.isStopWord }.map(\.stem)
    }
}
