import Foundation
import Testing

@testable import IPFS

@Suite("Media type sniffing")
struct MediaTypeSnifferTests {
    private static func bytes(_ parts: Any...) -> [UInt8] {
        parts.flatMap { part -> [UInt8] in
            switch part {
            case let text as String: Array(text.utf8)
            case let raw as [UInt8]: raw
            case let raw as [Int]: raw.map { UInt8($0) }
            case let count as Int: [UInt8](repeating: 0, count: count)
            default: []
            }
        }
    }

    static let binaryCases: [(String, [UInt8])] = [
        ("image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13] + Array("IHDR".utf8)),
        ("image/jpeg", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10] + Array("JFIF".utf8)),
        ("image/gif", bytes("GIF89a", [0x01, 0x00, 0x01, 0x00])),
        ("image/webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ")),
        ("audio/wav", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")),
        ("audio/mpeg", bytes("ID3", [0x04, 0x00, 0x00, 0, 0, 0, 0])),
        ("audio/mpeg", [0xff, 0xfb, 0x90, 0x64, 0x00]),  // MPEG-1 Layer III frame, 128 kbit/s, 44.1 kHz
        ("audio/aac", [0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]),
        ("audio/ogg", bytes("OggS", [0x00, 0x02], 20, [0x01], "vorbis")),
        ("video/ogg", bytes("OggS", [0x00, 0x02], 20, [0x80], "theora")),
        ("audio/flac", bytes("fLaC", [0x00, 0x00, 0x00, 0x22])),
        ("audio/mp4", bytes([0, 0, 0, 0x20], "ftypM4A ", [0, 0, 0, 0], "M4A mp42isom", 8)),
        ("video/mp4", bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0], "isomiso2")),
        ("audio/mp4", bytes([0, 0, 0, 0x18], "ftypisom", [0, 0, 2, 0], "isomM4A ")),
        ("video/quicktime", bytes([0, 0, 0, 0x14], "ftypqt  ", [0, 0, 2, 0], "qt  ")),
        ("image/heic", bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic")),
        ("image/avif", bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf")),
        ("video/webm", [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84] + Array("webm".utf8)),
        ("video/x-matroska", [0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88] + Array("matroska".utf8)),
        ("application/pdf", bytes("%PDF-1.7\n%\u{e2}\u{e3}")),
        ("model/gltf-binary", bytes("glTF", [0x02, 0, 0, 0, 0x00, 0x10, 0, 0])),
        ("application/zip", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 24, "word/document.xml")),
        ("application/epub+zip", bytes([0x50, 0x4b, 0x03, 0x04], 26, "mimetypeapplication/epub+zip")),
        ("application/vnd.autodesk.fbx", bytes("Kaydara FBX Binary  ", [0x00, 0x1a, 0x00, 0xe8, 0x1c])),
        ("image/tiff", [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]),
        ("image/vnd.adobe.photoshop", bytes("8BPS", [0, 1], 6)),
        ("application/octet-stream", [0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]),
        ("application/octet-stream", []),
    ]

    @Test(arguments: binaryCases)
    func binaryFormats(expected: String, prefix: [UInt8]) {
        #expect(MediaTypeSniffer.sniff(prefix, isComplete: false) == expected)
    }

    static let textCases: [(String, String)] = [
        ("text/plain", "Just a poem.\nWith two lines.\n"),
        ("text/plain", "caf\u{e9} — na\u{ef}ve ✓"),
        ("text/markdown", "# My story\n\nOnce upon a time…\n"),
        ("text/markdown", "Intro text\n\n- first point\n- a [link](https://example.org)\n"),
        ("application/json", #"{"name": "Lore", "attributes": [1, 2]}"#),
        ("application/json", "\u{feff}[1, 2, 3]"),
        ("model/gltf+json", #"{"asset": {"version": "2.0", "generator": "Blender"}, "scenes": [{"nodes": [0]}]}"#),
        ("image/svg+xml", #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>"#),
        ("image/svg+xml", "<?xml version=\"1.0\"?>\n<!-- art -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
        ("text/html", "<!DOCTYPE html><html><body>hi</body></html>"),
        ("application/xml", "<?xml version=\"1.0\"?><note>hi</note>"),
        (
            "model/obj",
            "# Blender OBJ\nmtllib cube.mtl\no Cube\nv 1 1 -1\nv 1 -1 -1\nv 1 1 1\nvn 0 1 0\nusemtl Mat\nf 1//1 2//1 3//1\n"
        ),
        ("application/vnd.autodesk.fbx", "; FBX 7.4.0 project file\nFBXHeaderExtension:  {\n}\n"),
    ]

    @Test(arguments: textCases)
    func textFormats(expected: String, text: String) {
        #expect(MediaTypeSniffer.sniff(Array(text.utf8), isComplete: true) == expected)
    }

    @Test func brokenJSONIsPlainTextWhenComplete() {
        #expect(MediaTypeSniffer.sniff(Array(#"{"name": "Lore", "#.utf8), isComplete: true) == "text/plain")
        #expect(MediaTypeSniffer.sniff(Array(#"{"name": "Lore", "#.utf8), isComplete: false) == "application/json")
    }

    @Test func invalidUTF8OrControlBytesAreNotText() {
        #expect(MediaTypeSniffer.sniff([0x68, 0x69, 0xc3, 0x28], isComplete: true) == "application/octet-stream")
        #expect(MediaTypeSniffer.sniff([0x68, 0x69, 0x00, 0x69], isComplete: true) == "application/octet-stream")
        // A surrogate, then an overlong encoding.
        #expect(MediaTypeSniffer.sniff([0x68, 0x69, 0xed, 0xa0, 0x80], isComplete: true) == "application/octet-stream")
        #expect(MediaTypeSniffer.sniff([0x68, 0x69, 0xc0, 0xaf], isComplete: true) == "application/octet-stream")
    }

    @Test func aPrefixMayEndInsideACharacterOnlyWhenMoreFollows() {
        let cut = Array("na\u{ef}".utf8).dropLast()  // ends with half of a 2-byte sequence
        #expect(MediaTypeSniffer.sniff(Array(cut), isComplete: false) == "text/plain")
        #expect(MediaTypeSniffer.sniff(Array(cut), isComplete: true) == "application/octet-stream")
    }

    @Test func textualTypes() {
        #expect(MediaTypeSniffer.isTextual("text/markdown"))
        #expect(MediaTypeSniffer.isTextual("image/svg+xml"))
        #expect(!MediaTypeSniffer.isTextual("image/png"))
    }
}

@Suite("Media type tracked chunk by chunk")
struct MediaTypeTrackerTests {
    private func feed(_ chunks: [[UInt8]]) -> (settledAfter: [String?], final: String) {
        var tracker = MediaTypeTracker()
        var settled: [String?] = []
        for chunk in chunks {
            chunk.withUnsafeBytes { tracker.update($0) }
            settled.append(tracker.settled)
        }
        return (settled, tracker.final)
    }

    @Test func aBinaryFormatIsSettledOnceThePrefixIsIn() {
        let png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + [UInt8](repeating: 7, count: 9000)
        let outcome = feed([Array(png[..<100]), Array(png[100...]), [1, 2, 3]])
        #expect(outcome.settledAfter == [nil, "image/png", "image/png"])
        #expect(outcome.final == "image/png")
    }

    @Test func textStaysOpenAndFallsBackWhenALaterByteIsNotText() {
        let line = Array("plain words, line after line\n".utf8)
        let text = (0..<400).flatMap { _ in line }  // past the 8 KiB prefix
        let clean = feed([text, line])
        #expect(clean.settledAfter == [nil, nil])
        #expect(clean.final == "text/plain")
        let spoiled = feed([text, [0x00, 0xff, 0xfe]])
        #expect(spoiled.settledAfter == [nil, MediaTypeSniffer.unknown])
        #expect(spoiled.final == MediaTypeSniffer.unknown)
    }

    @Test func aShortFileIsJudgedWhole() {
        #expect(feed([Array("# Title\n".utf8)]).settledAfter == [nil])
        #expect(feed([Array(#"{"a": 1}"#.utf8)]).final == "application/json")
    }
}
