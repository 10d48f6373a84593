import Foundation

/// A part's `Content-Disposition` header (RFC 7578 §4.2, RFC 6266): `form-data; name="file";
/// filename="dawn.png"`, with quoted or token parameter values and the RFC 8187
/// `filename*=UTF-8''…` form preferred over `filename` when both are sent.
struct ContentDisposition: Equatable, Sendable {
    /// The disposition type, lower-cased (`form-data`).
    let type: String
    /// Parameters by lower-cased name, unquoted.
    let parameters: [String: String]

    /// The form field's name.
    var name: String? { parameters["name"] }

    /// The client's file name, if it sent one (a label only: never used as a path).
    var filename: String? {
        if let extended = parameters["filename*"], let decoded = Self.decodeExtendedValue(extended) { return decoded }
        return parameters["filename"]
    }

    /// Parses a header value; nil when it is not `type *(; name=value)`.
    init?(_ value: String) {
        var scanner = Substring(value)
        guard let type = Self.token(&scanner), !type.isEmpty else { return nil }
        var parameters: [String: String] = [:]
        while true {
            scanner = scanner.drop(while: \.isWhitespace)
            guard !scanner.isEmpty else { break }
            guard scanner.first == ";" else { return nil }
            scanner = scanner.dropFirst().drop(while: \.isWhitespace)
            if scanner.isEmpty { break }  // a trailing ';' is tolerated
            guard let key = Self.token(&scanner), !key.isEmpty else { return nil }
            scanner = scanner.drop(while: \.isWhitespace)
            guard scanner.first == "=" else { return nil }
            scanner = scanner.dropFirst().drop(while: \.isWhitespace)
            let parsed = scanner.first == "\"" ? Self.quotedString(&scanner) : Self.token(&scanner)
            guard let parsed else { return nil }
            parameters[key.lowercased()] = parameters[key.lowercased()] ?? parsed
        }
        self.type = type.lowercased()
        self.parameters = parameters
    }

    /// Characters up to a separator (`;`, `=`, whitespace or a quote).
    private static func token(_ scanner: inout Substring) -> String? {
        let end = scanner.firstIndex { $0 == ";" || $0 == "=" || $0 == "\"" || $0.isWhitespace } ?? scanner.endIndex
        let token = scanner[..<end]
        scanner = scanner[end...]
        return String(token)
    }

    /// A quoted string with backslash escapes; nil when the closing quote is missing.
    private static func quotedString(_ scanner: inout Substring) -> String? {
        var result = ""
        var index = scanner.index(after: scanner.startIndex)
        while index < scanner.endIndex {
            let character = scanner[index]
            if character == "\"" {
                scanner = scanner[scanner.index(after: index)...]
                return result
            }
            if character == "\\" {
                index = scanner.index(after: index)
                guard index < scanner.endIndex else { return nil }
            }
            result.append(scanner[index])
            index = scanner.index(after: index)
        }
        return nil
    }

    /// RFC 8187: `charset'language'percent-encoded`; only UTF-8 (and its ASCII subset) is read.
    private static func decodeExtendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, ["utf-8", "us-ascii"].contains(pieces[0].lowercased()) else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }
}
