/// Function words that carry no subject of their own, plus the verbs descriptions use to
/// introduce a subject ("depicting", "featuring"). They split key phrases (RAKE) and are left out
/// of keywords, similarity vectors and tags.
enum StopWords {
    static func contains(_ lowercasedWord: String) -> Bool {
        words.contains(lowercasedWord) || (lowercasedWord.count == 1 && !lowercasedWord.first!.isNumber)
    }

    static let words: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
        "around", "as", "at", "be", "became", "because", "become", "becomes", "been", "before", "being",
        "below", "beneath", "besides", "between", "beyond", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "enough", "even",
        "ever", "every", "everyone", "everything", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
        "if", "in", "inside", "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like",
        "made", "make", "makes", "many", "may", "me", "might", "mine", "more", "most", "much", "must", "my",
        "myself", "near", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one",
        "only", "onto", "or", "other", "others", "our", "ours", "ourselves", "out", "outside", "over", "own",
        "per", "perhaps", "quite", "rather", "really", "same", "several", "shall", "she", "should", "since",
        "so", "some", "someone", "something", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "throughout",
        "thus", "to", "together", "too", "toward", "towards", "under", "until", "up", "upon", "us", "very",
        "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "yours", "yourself", "yourselves", "i'm", "it's", "don't", "doesn't", "isn't", "can't", "won't",
        "i've", "you're", "we're", "they're", "let's", "that's", "there's", "what's",
        // Verbs that introduce a subject rather than being one.
        "depicting", "depicts", "featuring", "features", "showing", "shows", "showcasing", "showcases",
        "portraying", "portrays", "presenting", "presents", "capturing", "captures", "containing",
        "contains", "including", "includes", "using", "uses", "get", "got", "want", "wants",
        // Narrative verbs ("a keeper who finds a message") that would otherwise pass for subjects.
        "find", "finds", "found", "discover", "discovers", "meet", "meets", "try", "tries", "learn", "learns",
        "return", "returns", "leave", "leaves", "become", "begin", "begins", "take", "takes", "give", "gives",
        "go", "goes", "come", "comes", "look", "looks", "seem", "seems", "feel", "feels", "live", "lives",
        "wait", "waits", "keep", "keeps", "bring", "brings", "turn", "turns", "tell", "tells", "know", "knows",
    ]
}
