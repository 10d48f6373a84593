/// Media types from content: the first bytes of a file decide, never its name or what the
/// client claims. A pure function, so the upload endpoint and the stores agree.
public enum MediaTypeSniffer {
    /// How many leading bytes ``sniff(_:isComplete:)`` looks at; give it at least this many
    /// (or the whole content when it is shorter).
    public static let prefixLength = 8192

    /// The type used when nothing is recognised.
    public static let unknown = "application/octet-stream"

    /// Types the sniffer only gives to UTF-8 text (a store downgrades them to ``unknown`` when
    /// bytes past the sniffed prefix turn out not to be text).
    public static func isTextual(_ mimeType: String) -> Bool {
        mimeType.hasPrefix("text/")
            || ["application/json", "model/gltf+json", "image/svg+xml", "application/xml", "model/obj"].contains(
                mimeType)
    }

    /// The MIME type (essence only, no parameters) of content starting with `prefix`.
    /// `isComplete` says whether `prefix` is the whole content: text checks then require the
    /// last UTF-8 sequence to be complete, and JSON is parsed rather than guessed.
    public static func sniff(_ prefix: [UInt8], isComplete: Bool) -> String {
        if let binary = sniffBinary(prefix) {
            return binary
        }
        // A UTF-8 byte order mark is allowed before text and ignored.
        let body = prefix.starts(with: [0xef, 0xbb, 0xbf]) ? prefix.dropFirst(3) : prefix[...]
        var validator = TextValidator()
        body.withUnsafeBytes { validator.update($0) }
        guard validator.isText, !prefix.isEmpty, !isComplete || validator.isCompleteText else {
            return unknown
        }
        return TextClassifier.classify(body, isComplete: isComplete && validator.isCompleteText)
    }

    private static func sniffBinary(_ b: [UInt8]) -> String? {
        func at(_ offset: Int, _ ascii: String) -> Bool {
            let expected = Array(ascii.utf8)
            return b.count >= offset + expected.count && Array(b[offset..<offset + expected.count]) == expected
        }
        func starts(_ bytes: [UInt8]) -> Bool { b.starts(with: bytes) }

        if starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) { return "image/png" }
        if starts([0xff, 0xd8, 0xff]) { return "image/jpeg" }
        if at(0, "GIF87a") || at(0, "GIF89a") { return "image/gif" }
        if at(0, "RIFF") {
            if at(8, "WEBP") { return "image/webp" }
            if at(8, "WAVE") { return "audio/wav" }
            if at(8, "AVI ") { return "video/x-msvideo" }
        }
        if at(0, "FORM") && (at(8, "AIFF") || at(8, "AIFC")) { return "audio/aiff" }
        if at(0, "%PDF-") { return "application/pdf" }
        if at(0, "OggS") { return contains(b, [0x80] + Array("theora".utf8)) ? "video/ogg" : "audio/ogg" }
        if at(0, "fLaC") { return "audio/flac" }
        if at(0, "ID3") && b.count >= 4 && b[3] < 0xff { return "audio/mpeg" }
        if at(4, "ftyp") { return isoBaseMediaType(b) }
        if starts([0x1a, 0x45, 0xdf, 0xa3]) {
            return contains(b.prefix(64), Array("webm".utf8)) ? "video/webm" : "video/x-matroska"
        }
        if at(0, "glTF") && b.count >= 8 && b[4] == 2 && b[5] == 0 && b[6] == 0 && b[7] == 0 {
            return "model/gltf-binary"
        }
        if starts([0x50, 0x4b, 0x03, 0x04]) {
            return at(30, "mimetypeapplication/epub+zip") ? "application/epub+zip" : "application/zip"
        }
        if starts([0x50, 0x4b, 0x05, 0x06]) { return "application/zip" }
        if at(0, "Kaydara FBX Binary  ") { return "application/vnd.autodesk.fbx" }
        if starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a]) { return "image/tiff" }
        if at(0, "8BPS") { return "image/vnd.adobe.photoshop" }
        if at(0, "BM") && b.count >= 18 && [12, 40, 52, 56, 64, 108, 124].contains(Int(b[14]))
            && b[15] == 0 && b[16] == 0 && b[17] == 0
        {
            return "image/bmp"
        }
        return mpegAudioFrame(b)
    }

    /// ISO base media (MP4 family): the `ftyp` box's major and compatible brands tell audio,
    /// still images and video apart.
    private static func isoBaseMediaType(_ b: [UInt8]) -> String {
        let boxSize = b.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        let end = min(max(boxSize, 16), b.count)
        var brands: [String] = []
        var offset = 8
        while offset + 4 <= end {
            brands.append(String(decoding: b[offset..<offset + 4], as: UTF8.self))
            offset += offset == 8 ? 8 : 4  // skip minor_version after the major brand
        }
        let major = brands.first ?? ""
        if ["M4A ", "M4B ", "M4P ", "F4A "].contains(major) { return "audio/mp4" }
        if major == "qt  " { return "video/quicktime" }
        if ["avif", "avis"].contains(major) { return "image/avif" }
        if ["heic", "heix", "heim", "heis", "hevc", "hevx"].contains(major) { return "image/heic" }
        if ["mif1", "msf1"].contains(major) {
            return brands.contains("avif") ? "image/avif" : brands.contains("heic") ? "image/heic" : "image/heif"
        }
        if major.hasPrefix("3gp") { return "video/3gpp" }
        if major.hasPrefix("3g2") { return "video/3gpp2" }
        if brands.contains("M4A ") { return "audio/mp4" }
        return "video/mp4"
    }

    /// An MPEG audio frame header at offset 0 (MP3 without ID3 tag) or an ADTS AAC header.
    private static func mpegAudioFrame(_ b: [UInt8]) -> String? {
        guard b.count >= 4, b[0] == 0xff, b[1] & 0xe0 == 0xe0 else { return nil }
        let version = (b[1] >> 3) & 0x03
        let layer = (b[1] >> 1) & 0x03
        let bitrateIndex = b[2] >> 4
        let sampleRateIndex = (b[2] >> 2) & 0x03
        if layer == 0 {
            // ADTS: 12-bit sync, layer 00, sampling frequency index 0...12.
            return b[1] & 0xf6 == 0xf0 && (b[2] >> 2) & 0x0f <= 12 ? "audio/aac" : nil
        }
        guard version != 1, bitrateIndex != 0x0f, bitrateIndex != 0, sampleRateIndex != 0x03 else { return nil }
        return "audio/mpeg"
    }

    static func contains(_ bytes: some Collection<UInt8>, _ needle: [UInt8]) -> Bool {
        let haystack = Array(bytes)
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
