/// A word of a text, with what the analysis needs to know about it.
struct Token: Sendable, Equatable {
    /// As written (for titles and quotes), without surrounding punctuation or a possessive 's.
    let text: String
    let lower: String
    /// The light stem used for matching ("mushrooms" and "mushroom" → "mushroom"). A hyphenated
    /// word ("lo-fi", "cyberpunk-inspired") is one token whose stem is the word itself.
    let stem: String
    /// Stems of the meaningful parts of a hyphenated word (["cyberpunk", "inspir"]); `[stem]` for
    /// a plain word, `[]` for a stop word. Similarity and matching look at these.
    let parts: [String]
    let isStopWord: Bool
    /// Index of the sentence the word is in.
    let sentence: Int
    /// Index of the punctuation-delimited phrase the word is in (RAKE's candidate boundaries).
    let phrase: Int
    /// Position in the text, counted in words.
    let position: Int
    /// The first word of its sentence (whose capital letter says nothing about the word).
    let startsSentence: Bool

    /// The word as it would be written mid-sentence: a sentence-initial "Upbeat" becomes
    /// "upbeat", while "Sunday" or "NFT" keep their capitals.
    var midSentenceText: String {
        guard startsSentence, let first = text.first, first.isUppercase,
            !text.dropFirst().contains(where: \.isUppercase)
        else { return text }
        return text.lowercased()
    }
}

/// Splits text into tokens. Letters, digits, in-word apostrophes and in-word hyphens make words;
/// other punctuation ends a phrase, and `.!?` or a line break end a sentence.
enum TextTokens {
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var sentence = 0
        var phrase = 0
        var current = ""
        var pendingBreak = false
        var pendingSentenceBreak = false
        let characters = Array(text)

        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            current = ""
            while let last = word.last, last == "'" || last == "’" || last == "-" { word.removeLast() }
            for suffix in ["'s", "’s"] where word.lowercased().hasSuffix(suffix) && word.count > 2 {
                word.removeLast(2)
            }
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            let startsSentence = tokens.isEmpty || pendingSentenceBreak
            if pendingSentenceBreak && !tokens.isEmpty { sentence += 1 }
            if pendingBreak && !tokens.isEmpty { phrase += 1 }
            pendingBreak = false
            pendingSentenceBreak = false
            let lower = word.lowercased()
            let pieces = lower.split(separator: "-").map(String.init)
            let parts = pieces.filter { !StopWords.contains($0) }.map(Stemmer.stem)
            let isStopWord = pieces.count == 1 ? StopWords.contains(lower) : parts.isEmpty
            tokens.append(
                Token(
                    text: word, lower: lower, stem: Stemmer.stem(lower), parts: isStopWord ? [] : parts,
                    isStopWord: isStopWord, sentence: sentence, phrase: phrase, position: tokens.count,
                    startsSentence: startsSentence))
        }

        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if (character == "'" || character == "’") && !current.isEmpty {
                current.append(character)
            } else if (character == "-" || character == "‐") && !current.isEmpty && index + 1 < characters.count
                && (characters[index + 1].isLetter || characters[index + 1].isNumber)
            {
                current.append("-")
            } else {
                flush()
                if character == "." || character == "!" || character == "?" || character == "\n" {
                    pendingBreak = true
                    pendingSentenceBreak = true
                } else if !character.isWhitespace {
                    pendingBreak = true
                }
            }
        }
        flush()
        return tokens
    }

    /// Stems of the words that carry meaning (not stop words; hyphenated words by part), in order.
    static func contentStems(of text: String) -> [String] {
        tokenize(text).flatMap(\.parts)
    }
}
