/// Which asset type a text (and its media file's extension, when the URL has one) points to.
enum AssetKindDetection {
    struct Result: Sendable, Equatable {
        let kind: AssetKind
        /// The input's words (or the file extension) that point to it.
        let evidence: [String]
    }

    /// A media file's extension outweighs a few words: it says what the file is.
    static let extensionWeight = 3

    static let extensions: [String: AssetKind] = [
        "png": .digitalArt, "gif": .digitalArt, "webp": .digitalArt, "svg": .digitalArt, "psd": .digitalArt,
        "jpg": .photography, "jpeg": .photography, "heic": .photography, "tif": .photography, "tiff": .photography,
        "dng": .photography, "cr2": .photography, "nef": .photography, "raw": .photography,
        "mp3": .music, "wav": .music, "flac": .music, "ogg": .music, "m4a": .music, "aac": .music, "aiff": .music,
        "mid": .music, "midi": .music,
        "txt": .writing, "md": .writing, "pdf": .writing, "epub": .writing, "docx": .writing, "rtf": .writing,
        "glb": .gameAsset, "gltf": .gameAsset, "fbx": .gameAsset, "obj": .gameAsset, "blend": .gameAsset,
        "unitypackage": .gameAsset, "vox": .gameAsset,
    ]

    /// The best-supported kind, or nil when nothing in the input points to one.
    static func detect(in profile: TextProfile, mediaURL: String? = nil) -> Result? {
        var best: (kind: AssetKind, score: Int, evidence: [String])?
        let fileExtension = mediaURL.flatMap(Self.fileExtension(of:))
        let fileKind = fileExtension.flatMap { extensions[$0] }
        for kind in AssetKind.allCases {
            var evidence = Vocabularies.assetKinds[kind]?.matches(in: profile).first?.evidence ?? []
            var score = evidence.count
            if let fileExtension, fileKind == kind {
                score += extensionWeight
                evidence.insert(".\(fileExtension) file", at: 0)
            }
            if score > 0 && score > (best?.score ?? 0) {
                best = (kind, score, evidence)
            }
        }
        return best.map { Result(kind: $0.kind, evidence: $0.evidence) }
    }

    /// The lowercased extension of a URL's last path segment, ignoring query and fragment.
    static func fileExtension(of url: String) -> String? {
        let path = url.split(separator: "?", maxSplits: 1).first?.split(separator: "#", maxSplits: 1).first ?? ""
        guard let last = path.split(separator: "/").last, let dot = last.lastIndex(of: "."),
            last.index(after: dot) < last.endIndex
        else { return nil }
        let ext = last[last.index(after: dot)...].lowercased()
        return ext.count <= 12 && ext.allSatisfy({ $0.isLetter || $0.isNumber }) ? ext : nil
    }
}
