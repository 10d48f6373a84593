/// A light English suffix stripper, enough to match inflections of the same word ("glowing",
/// "glows", "glowed" → "glow"; "stories" → "stori"). Stems are compared, never shown.
enum Stemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        var stem = word
        if stem.hasSuffix("ies") && stem.count > 4 {
            stem.removeLast(3)
            stem += "i"
        } else if stem.hasSuffix("sses") {
            stem.removeLast(2)
        } else if stem.hasSuffix("s") && !stem.hasSuffix("ss") && !stem.hasSuffix("us") && !stem.hasSuffix("is") {
            stem.removeLast()
        }
        for suffix in ["ingly", "edly", "ing", "ed", "ly"] where stem.hasSuffix(suffix) {
            let base = String(stem.dropLast(suffix.count))
            if base.count >= 3 && base.contains(where: { vowels.contains($0) }) {
                stem = undoubled(base)
            }
            break
        }
        if stem.hasSuffix("y") && stem.count > 3 { stem.removeLast(); stem += "i" }
        if stem.hasSuffix("e") && stem.count > 4 { stem.removeLast() }
        return stem
    }

    /// "running" → "runn" → "run"; keeps "ll", "ss", "zz" ("spelling" → "spell").
    private static func undoubled(_ base: String) -> String {
        guard let last = base.last, base.count >= 4, base.dropLast().last == last,
            !vowels.contains(last), !"lsz".contains(last)
        else { return base }
        return String(base.dropLast())
    }
}
