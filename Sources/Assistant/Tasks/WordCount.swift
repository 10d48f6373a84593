/// Word counting as the answer rules mean it: whitespace-separated runs that contain a letter or
/// a digit (so "—" or "&" alone is not a word).
enum WordCount {
    static func words(in text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    static func count(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for character in text {
            if character.isWhitespace {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if character.isLetter || character.isNumber { wordHasContent = true }
            }
        }
        if inWord && wordHasContent { count += 1 }
        return count
    }
}
