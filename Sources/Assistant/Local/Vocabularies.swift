/// The local provider's vocabularies: the words by which descriptions reveal their asset type,
/// style, mood, genre and theme. Labels are only ever reported with the input's own words as
/// evidence.
enum Vocabularies {
    static let assetKinds: [AssetKind: Vocabulary] = [
        .digitalArt: Vocabulary([
            "digital art": [
                "digital art", "illustration", "illustrated", "painting", "painted", "drawing", "artwork",
                "render", "concept art", "canvas", "brush", "sketch", "pixel art", "vector", "collage",
                "poster", "generative art", "character design", "anime", "comic", "artist", "nft",
            ]
        ]),
        .music: Vocabulary([
            "music": [
                "music", "song", "track", "beat", "melody", "album", "vocals", "vocal", "singer", "lyrics",
                "guitar", "piano", "synth", "drums", "bass", "bpm", "chorus", "instrumental", "orchestral",
                "orchestra", "loop", "soundtrack", "chord", "audio", "tune", "rhythm", "hip hop", "hip-hop", "lo-fi",
                "jazz", "techno",
            ]
        ]),
        .writing: Vocabulary([
            "writing": [
                "story", "short story", "poem", "poetry", "novel", "chapter", "essay", "verse", "prose",
                "book", "script", "screenplay", "article", "fiction", "narrative", "tale", "stanza", "haiku",
                "manuscript", "blog post", "novella", "memoir", "written", "writer",
            ]
        ]),
        .photography: Vocabulary([
            "photography": [
                "photo", "photograph", "photography", "photographer", "lens", "camera", "exposure",
                "aperture", "snapshot", "35mm", "50mm", "dslr", "macro", "long exposure", "aerial",
                "shutter", "bokeh", "shot on", "film photography", "candid",
            ]
        ]),
        .gameAsset: Vocabulary([
            "game asset": [
                "game", "games", "sprite", "spritesheet", "tileset", "tile", "texture", "3d model",
                "rigged", "rig", "low poly", "low-poly", "asset pack", "game asset", "level design", "ui kit", "icon",
                "hud", "unity", "unreal", "godot", "npc", "platformer", "rpg", "voxel", "animation",
                "playable",
            ]
        ]),
    ]

    static let styles = Vocabulary([
        "pixel art": ["pixel art", "pixel", "8-bit", "16-bit"],
        "watercolor": ["watercolor", "watercolour"],
        "oil painting": ["oil painting", "oil on canvas", "oils"],
        "digital painting": ["digital painting", "painterly", "digitally painted"],
        "3D render": ["3d render", "3d", "blender", "cgi", "rendered"],
        "low poly": ["low poly", "low-poly"],
        "vector illustration": ["vector", "flat design"],
        "anime": ["anime", "manga"],
        "photorealistic": ["photorealistic", "hyperrealistic", "realistic"],
        "surrealism": ["surreal", "surrealist", "dreamlike"],
        "minimalism": ["minimalist", "minimal", "minimalism"],
        "abstract": ["abstract", "geometric"],
        "impressionism": ["impressionist", "impressionism"],
        "line art": ["line art", "ink", "pencil", "sketch"],
        "collage": ["collage"],
        "generative art": ["generative", "algorithmic", "procedural"],
        "black and white": ["black and white", "black-and-white", "monochrome", "grayscale"],
        "long exposure": ["long exposure"],
        "macro photography": ["macro"],
        "street photography": ["street photography", "candid"],
        "aerial photography": ["aerial", "drone shot"],
        "portraiture": ["portrait"],
        "lo-fi": ["lo-fi", "lofi"],
        "ambient": ["ambient", "atmospheric"],
        "orchestral": ["orchestral", "orchestra", "symphonic", "strings"],
        "acoustic": ["acoustic", "unplugged"],
        "electronic": ["electronic", "synth", "edm", "techno", "house music"],
        "free verse": ["free verse"],
        "retro": ["retro", "vintage", "80s", "90s", "synthwave"],
        "cartoon": ["cartoon", "cartoonish", "chibi"],
        "voxel art": ["voxel"],
        "cyberpunk aesthetic": ["cyberpunk", "neon"],
    ])

    static let moods = Vocabulary([
        "mysterious": [
            "mystical", "mysterious", "mystery", "ethereal", "enigmatic", "misty", "mist", "fog", "foggy",
            "shadow", "hidden", "secret", "arcane",
        ],
        "serene": [
            "calm", "peaceful", "serene", "tranquil", "quiet", "gentle", "soft", "stillness", "relaxing",
            "soothing", "meditative",
        ],
        "melancholic": [
            "sad", "melancholy", "melancholic", "lonely", "loneliness", "grief", "loss", "rain", "rainy",
            "tears", "nostalgic", "nostalgia", "longing", "bittersweet",
        ],
        "joyful": [
            "happy", "joyful", "joy", "cheerful", "bright", "playful", "sunny", "fun", "smiling",
            "celebration", "delightful",
        ],
        "energetic": [
            "energetic", "upbeat", "driving", "fast", "dynamic", "intense", "explosive", "vibrant", "neon",
            "electric", "pulsing",
        ],
        "dark": [
            "dark", "ominous", "eerie", "sinister", "horror", "creepy", "gloomy", "grim",
            "menacing",
        ],
        "epic": ["epic", "heroic", "vast", "grand", "majestic", "legendary", "battle", "triumphant"],
        "romantic": ["love", "romance", "romantic", "tender", "passion", "intimate"],
        "whimsical": ["whimsical", "quirky", "fairy", "dreamy", "cute", "charming"],
        "hopeful": ["hope", "hopeful", "dawn", "sunrise", "renewal", "rebirth", "uplifting"],
        "tense": ["tension", "suspense", "tense", "anxious", "chaos", "danger"],
    ])

    static let genres = Vocabulary([
        "fantasy": [
            "fantasy", "magic", "magical", "mystical", "enchanted", "dragon", "wizard", "elf", "elves", "fairy",
            "sorcery", "spell", "kingdom", "mythical", "castle", "quest", "enchantment", "glowing mushroom",
        ],
        "cyberpunk": ["cyberpunk", "cyborg", "hacker", "neon city", "dystopian"],
        "science fiction": [
            "sci-fi", "scifi", "science fiction", "spaceship", "robot", "android", "alien",
            "futuristic", "galaxy", "starship", "space station",
        ],
        "horror": ["horror", "ghost", "zombie", "monster", "nightmare", "creepy", "demon"],
        "mystery": ["detective", "mystery", "crime", "murder", "thriller", "investigation"],
        "romance": ["love story", "romance", "lovers"],
        "historical": ["medieval", "ancient", "victorian", "historical", "renaissance", "empire", "century"],
        "adventure": ["adventure", "journey", "explorer", "expedition", "voyage", "treasure"],
        "children's": ["children", "kids", "bedtime", "nursery"],
        "poetry": ["poem", "poetry", "verse", "haiku", "stanza"],
        "hip hop": ["hip hop", "hip-hop", "rap", "trap"],
        "jazz": ["jazz", "swing", "bebop"],
        "rock": ["rock", "punk", "metal", "grunge"],
        "pop": ["pop"],
        "classical": ["classical", "symphony", "sonata", "concerto"],
        "electronic music": ["techno", "edm", "house music", "trance", "dubstep", "synthwave"],
        "ambient music": ["ambient"],
        "folk": ["folk", "acoustic ballad"],
        "lo-fi": ["lo-fi", "lofi"],
    ])

    static let themes = Vocabulary([
        "nature": [
            "forest", "tree", "woods", "mountain", "river", "flower", "mushroom", "garden", "wildlife", "animal",
            "bird", "landscape", "meadow", "lake", "jungle", "desert", "moss", "leaves", "nature",
        ],
        "the sea": ["ocean", "sea", "waves", "beach", "coast", "shore", "tide", "underwater"],
        "the city": ["city", "street", "urban", "skyline", "alley", "subway", "downtown", "metropolis", "neon sign"],
        "space": ["space", "planet", "stars", "galaxy", "cosmos", "moon", "nebula", "orbit", "astronaut"],
        "night": ["night", "midnight", "moonlight", "nocturnal", "starlight", "dusk"],
        "magic": ["magic", "magical", "spell", "enchanted", "mystical", "ethereal", "glowing"],
        "technology": ["technology", "machine", "robot", "circuit", "digital world", "ai", "code", "futuristic"],
        "love": ["love", "lovers", "heart", "romance"],
        "loss and memory": ["loss", "memory", "memories", "grief", "remember", "nostalgia", "past"],
        "identity": ["identity", "self", "portrait", "face", "reflection"],
        "mythology": ["myth", "mythology", "legend", "gods", "goddess", "ancient"],
        "seasons": ["winter", "spring", "summer", "autumn", "snow"],
        "people": ["people", "crowd", "family", "friends", "child", "woman", "man"],
        "light and colour": ["light", "colors", "colours", "neon", "glow", "palette", "luminous", "bioluminescent"],
    ])
}
