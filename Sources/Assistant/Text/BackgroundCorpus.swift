import Foundation

/// Document frequencies from a built-in corpus of typical asset descriptions, for inverse
/// document frequency: words every description uses ("digital", "artwork", "track", "beautiful")
/// weigh little; words specific to one work ("bioluminescent", "lighthouse") weigh a lot.
struct BackgroundCorpus: Sendable {
    let documentCount: Int
    private let documentFrequency: [String: Int]

    /// The corpus built from `documents` (each a short description).
    init(documents: [String]) {
        var frequency: [String: Int] = [:]
        for document in documents {
            for stem in Set(TextTokens.contentStems(of: document)) {
                frequency[stem, default: 0] += 1
            }
        }
        documentCount = documents.count
        documentFrequency = frequency
    }

    /// Smoothed IDF, `ln((N + 1) / (df + 1)) + 1`: at least 1, highest for words the corpus never uses.
    func idf(_ stem: String) -> Double {
        log(Double(documentCount + 1) / Double((documentFrequency[stem] ?? 0) + 1)) + 1
    }

    /// A token's IDF: a hyphenated word weighs as its rarest part.
    func idf(_ token: Token) -> Double {
        token.parts.count > 1 ? token.parts.map(idf).max() ?? idf(token.stem) : idf(token.stem)
    }

    /// Lore's built-in corpus.
    static let standard = BackgroundCorpus(documents: BackgroundCorpusText.documents)
}

/// Short, ordinary descriptions of the kinds of work Lore hosts, written for this corpus.
enum BackgroundCorpusText {
    static let documents: [String] = [
        "A digital artwork of a beautiful landscape with soft colors and a unique original style.",
        "An original digital illustration created in a vibrant style, perfect for collectors.",
        "A colorful abstract digital painting with bold shapes, lines and textures.",
        "A portrait illustration of a young woman, painted digitally with warm light.",
        "Concept art of a fantasy character in detailed armor, created for a creative project.",
        "A minimalist digital design with clean lines and a simple color palette.",
        "Pixel art scene of a small town at night with lights in the windows.",
        "A 3D render of a modern interior with natural light and wooden furniture.",
        "An anime style illustration of a girl with long hair in a city street.",
        "A surreal digital collage mixing photographs, textures and hand-drawn elements.",
        "A watercolor painting of flowers in a garden on a sunny day.",
        "Vector art of a cute animal character, great for stickers and prints.",
        "A dark fantasy illustration of a castle on a hill under a stormy sky.",
        "Generative art made with code, exploring patterns, color and movement.",
        "A beautiful sunset over the ocean, captured in a high resolution photograph.",
        "Street photography from the city, showing people and daily life in black and white.",
        "A landscape photo of mountains and a lake in the early morning light.",
        "A close-up macro photograph of a flower with water drops.",
        "A portrait photograph of a man in natural light, shot with a 50mm lens.",
        "Aerial drone photography of a coastline with waves and sand.",
        "A night photograph of the city skyline with long exposure light trails.",
        "Wildlife photography of a bird in its natural habitat.",
        "Travel photography from a market, full of colors and people.",
        "An original song with acoustic guitar and vocals about love and memories.",
        "An electronic music track with a driving beat, synths and a catchy melody.",
        "A calm ambient track for relaxing, studying or sleeping.",
        "A lo-fi hip hop beat with piano chords and vinyl crackle.",
        "An orchestral piece for film and games with strings, brass and percussion.",
        "A rock song with electric guitars, bass and drums, recorded live.",
        "A jazz track with saxophone, piano and a relaxed groove.",
        "A pop song with an upbeat rhythm, catchy chorus and modern production.",
        "A short instrumental loop for videos and podcasts, free of vocals.",
        "A sound effect pack for games and videos with high quality audio samples.",
        "A short story about a young girl who discovers a secret in her town.",
        "A collection of poems about nature, love, loss and the passing of time.",
        "The first chapter of a fantasy novel set in a world of magic and kingdoms.",
        "A science fiction story about the crew of a ship travelling to a distant planet.",
        "An essay on creativity, art and the role of the artist in society.",
        "A children's story about a friendly animal and its adventures with friends.",
        "A script for a short film about two friends on a road trip.",
        "A blog post with practical tips for writers who want to finish their first book.",
        "A poem written in free verse about the city at night.",
        "A game asset pack of 2D sprites for a platformer, with characters and enemies.",
        "A low poly 3D model of a house, ready to use in game engines.",
        "A tileset for a top-down role-playing game with grass, water and buildings.",
        "A character model with rig and animations for a fantasy game.",
        "A set of game icons for items, weapons and skills in a consistent style.",
        "User interface elements for a mobile game, including buttons, frames and panels.",
        "Textures for a game environment, seamless and tileable, in high resolution.",
        "A creative work made with care, shared with the community to enjoy and remix.",
        "A unique piece that explores new ideas and invites the viewer to imagine.",
        "An original work by an independent creator, available to license on the platform.",
        "This piece was created to inspire others and can be used in many projects.",
        "A new version of a classic theme, reimagined in a modern style.",
        "A remix of an existing work with new colors and a different mood.",
        "An image of a cat sitting by the window on a rainy afternoon.",
        "A photo of a coffee cup on a wooden table in a small cafe.",
        "A painting of a city street at night with neon signs and rain.",
        "A fantasy landscape with mountains, a river and a forest at dawn.",
        "A design for a poster with bold typography and bright colors.",
    ]
}
