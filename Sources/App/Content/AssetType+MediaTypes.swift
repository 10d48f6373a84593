/// Which media types each asset type accepts: the one table the upload endpoint and the asset
/// endpoints use.
///
/// Media types are the ones `MediaTypeSniffer` (IPFS module) names from a file's bytes, so what a
/// client claims never matters. The choices:
/// - `digital_art`: every still image Lore recognises, vector (SVG) and layered (PSD) included,
///   plus the video formats browsers play, for animation and motion work (the documented upload
///   takes "image, audio, video").
/// - `photography`: raster photographs: JPEG, PNG, TIFF, WebP, AVIF, HEIC/HEIF, BMP (no SVG,
///   PSD or GIF: those are art formats, not photographs).
/// - `music`: every audio format Lore recognises.
/// - `writing`: plain text, Markdown, PDF, EPUB and HTML (served sandboxed, see `StoredContentResponse`).
/// - `game_asset`: 3D models (glTF binary and JSON, OBJ, FBX), ZIP bundles, and the images and
///   audio used as textures, sprites and sound effects.
extension AssetType {
    private static let photographs: Set<String> = [
        "image/jpeg", "image/png", "image/tiff", "image/webp", "image/avif", "image/heic", "image/heif", "image/bmp",
    ]
    private static let stillImages: Set<String> = photographs.union([
        "image/gif", "image/svg+xml", "image/vnd.adobe.photoshop",
    ])
    private static let playableVideo: Set<String> = ["video/mp4", "video/webm", "video/quicktime", "video/ogg"]
    private static let audio: Set<String> = [
        "audio/mpeg", "audio/wav", "audio/aiff", "audio/flac", "audio/ogg", "audio/mp4", "audio/aac",
    ]
    private static let documents: Set<String> = [
        "text/plain", "text/markdown", "application/pdf", "application/epub+zip", "text/html",
    ]
    private static let models: Set<String> = [
        "model/gltf-binary", "model/gltf+json", "model/obj", "application/vnd.autodesk.fbx", "application/zip",
    ]

    /// The media types (essence, lower case) a file of this asset type may have.
    var acceptedMediaTypes: Set<String> {
        switch self {
        case .digitalArt: Self.stillImages.union(Self.playableVideo)
        case .music: Self.audio
        case .writing: Self.documents
        case .photography: Self.photographs
        case .gameAsset: Self.models.union(Self.stillImages).union(Self.audio)
        }
    }

    /// Whether a file of media type `mimeType` can be an asset of this type.
    func accepts(_ mimeType: String) -> Bool {
        acceptedMediaTypes.contains(mimeType)
    }

    /// The asset types a file of media type `mimeType` can be, in declaration order.
    static func accepting(_ mimeType: String) -> [AssetType] {
        allCases.filter { $0.accepts(mimeType) }
    }

    /// Every media type some asset type accepts.
    static var allAcceptedMediaTypes: Set<String> {
        allCases.reduce(into: []) { $0.formUnion($1.acceptedMediaTypes) }
    }

    /// "digital_art, music, writing, photography, game_asset": for messages naming the choices.
    static var choices: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
