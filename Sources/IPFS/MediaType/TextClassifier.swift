import Foundation

/// Tells kinds of UTF-8 text apart: JSON (and glTF), SVG / HTML / XML, Wavefront OBJ,
/// ASCII FBX, Markdown, and plain text.
enum TextClassifier {
    static func classify(_ text: ArraySlice<UInt8>, isComplete: Bool) -> String {
        let trimmed = text.drop { isSpace($0) }
        guard let first = trimmed.first else { return "text/plain" }
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if let json = json(trimmed, isComplete: isComplete) { return json }
        case UInt8(ascii: "<"):
            if let markup = markup(trimmed) { return markup }
        default:
            break
        }
        let lines = String(decoding: trimmed, as: UTF8.self).split(whereSeparator: \.isNewline)
        if lines.first?.hasPrefix("; FBX ") == true { return "application/vnd.autodesk.fbx" }
        if isWavefrontOBJ(lines) { return "model/obj" }
        if isMarkdown(lines) { return "text/markdown" }
        return "text/plain"
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d || byte == 0x0c
    }

    /// JSON: parsed when the whole document is at hand, otherwise recognised by its opening
    /// tokens. A glTF document is a JSON object with an `asset` object holding a `version`.
    private static func json(_ text: ArraySlice<UInt8>, isComplete: Bool) -> String? {
        if isComplete {
            guard let value = try? JSONSerialization.jsonObject(with: Data(text)) else { return nil }
            if let object = value as? [String: Any], let asset = object["asset"] as? [String: Any],
                asset["version"] != nil
            {
                return "model/gltf+json"
            }
            return "application/json"
        }
        let afterOpen = text.dropFirst().drop { isSpace($0) }
        guard let next = afterOpen.first else { return "application/json" }
        let opensObject = text.first == UInt8(ascii: "{")
        let plausible =
            opensObject
            ? next == UInt8(ascii: "\"") || next == UInt8(ascii: "}")
            : Array("{[\"-0123456789tfn]".utf8).contains(next)
        guard plausible else { return nil }
        if opensObject && MediaTypeSniffer.contains(text, Array("\"asset\"".utf8))
            && MediaTypeSniffer.contains(text, Array("\"version\"".utf8))
        {
            return "model/gltf+json"
        }
        return "application/json"
    }

    /// SVG (possibly after an XML declaration, comments or a doctype), HTML, or other XML.
    private static func markup(_ text: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: text.prefix(MediaTypeSniffer.prefixLength), as: UTF8.self).lowercased()
        if head.hasPrefix("<svg")
            || (head.contains("<svg")
                && (head.hasPrefix("<?xml") || head.hasPrefix("<!--") || head.hasPrefix("<!doctype svg")))
        {
            return "image/svg+xml"
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return "text/html" }
        if head.hasPrefix("<?xml") { return "application/xml" }
        return nil
    }

    /// Wavefront OBJ: most statement lines start with an OBJ keyword, with vertices present.
    private static func isWavefrontOBJ(_ lines: [Substring]) -> Bool {
        let keywords: Set<Substring> = ["v", "vt", "vn", "vp", "f", "l", "p", "g", "o", "s", "mtllib", "usemtl"]
        var statements = 0
        var objStatements = 0
        var vertices = 0
        for line in lines.prefix(200) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            statements += 1
            let keyword = trimmed.prefix { $0 != " " && $0 != "\t" }
            if keywords.contains(keyword) { objStatements += 1 }
            if keyword == "v" { vertices += 1 }
        }
        return vertices >= 3 && objStatements * 10 >= statements * 9
    }

    /// Markdown: a heading on the first line, or at least two kinds of Markdown syntax.
    private static func isMarkdown(_ lines: [Substring]) -> Bool {
        func isHeading(_ line: Substring) -> Bool {
            let hashes = line.prefix { $0 == "#" }.count
            return (1...6).contains(hashes) && line.dropFirst(hashes).first == " "
        }
        if let first = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }), isHeading(first) { return true }
        var signals = Set<String>()
        for line in lines.prefix(400) {
            let trimmed = line.drop { $0 == " " }
            if isHeading(trimmed) { signals.insert("heading") }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { signals.insert("fence") }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { signals.insert("list") }
            if trimmed.hasPrefix("> ") { signals.insert("quote") }
            if trimmed.contains("](") { signals.insert("link") }
            if trimmed.contains("**") || trimmed.contains("__") { signals.insert("emphasis") }
            if trimmed.hasPrefix("|") && trimmed.contains("---") { signals.insert("table") }
        }
        return signals.count >= 2
    }
}
