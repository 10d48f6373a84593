/// Syntax checks from RFC 3986 as EIP-4361's ABNF uses them (`vectors/siwe/siwe-abnf.txt`):
/// URIs for `URI:` and resources, authorities for the domain.
///
/// As in that grammar, an IPv4 address needs no rule of its own: every IPv4 literal is also a
/// `reg-name` (so `1.1.1.256` is a valid host name), and IPv6 literals are checked semantically.
enum RFC3986 {
    /// `URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]`.
    static func isURI(_ text: some StringProtocol) -> Bool {
        var rest = Array(text.utf8)[...]
        guard let colon = rest.firstIndex(of: ascii(":")), isScheme(rest[..<colon]) else { return false }
        rest = rest[(colon + 1)...]
        if let hash = rest.firstIndex(of: ascii("#")) {
            guard rest[(hash + 1)...].allSatisfy(isQueryOrFragment) else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: ascii("?")) {
            guard rest[(question + 1)...].allSatisfy(isQueryOrFragment) else { return false }
            rest = rest[..<question]
        }
        guard hasValidPercentEncoding(Array(text.utf8)) else { return false }
        return isHierPart(rest)
    }

    /// `authority = [ userinfo "@" ] host [ ":" port ]`; a domain also needs a non-empty host.
    static func isAuthority(_ text: some StringProtocol, requiringHost: Bool) -> Bool {
        isAuthority(Array(text.utf8)[...], requiringHost: requiringHost)
    }

    /// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    static func isScheme(_ bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, isAlpha(first) else { return false }
        return bytes.dropFirst().allSatisfy { isAlpha($0) || isDigit($0) || $0 == 43 || $0 == 45 || $0 == 46 }
    }

    /// `pchar = unreserved / pct-encoded / sub-delims / ":" / "@"` (a `%` must start a valid escape,
    /// which ``hasValidPercentEncoding(_:)`` checks over the whole text).
    static func isPchar(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || isSubDelim(byte) || byte == 58 || byte == 64 || byte == 37
    }

    /// Every `%` is followed by two hex digits.
    static func hasValidPercentEncoding(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == 37 {
                guard i + 2 < bytes.count, isHexDigit(bytes[i + 1]), isHexDigit(bytes[i + 2]) else { return false }
                i += 3
            } else {
                i += 1
            }
        }
        return true
    }

    // MARK: - Grammar pieces

    /// `"//" authority path-abempty / path-absolute / path-rootless / path-empty`.
    private static func isHierPart(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.starts(with: [47, 47]) {
            let afterSlashes = bytes.dropFirst(2)
            let pathStart = afterSlashes.firstIndex(of: 47) ?? afterSlashes.endIndex
            return isAuthority(afterSlashes[..<pathStart], requiringHost: false)
                && isPath(afterSlashes[pathStart...])
        }
        // path-absolute ("/" not followed by "/"), path-rootless (first segment non-empty) and
        // path-empty together are exactly the strings of pchars and "/" that do not start with "//".
        return isPath(bytes)
    }

    private static func isPath(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { isPchar($0) || $0 == 47 }
    }

    private static func isQueryOrFragment(_ byte: UInt8) -> Bool {
        isPchar(byte) || byte == 47 || byte == 63
    }

    private static func isAuthority(_ bytes: ArraySlice<UInt8>, requiringHost: Bool) -> Bool {
        var rest = bytes
        if let at = rest.firstIndex(of: 64) {
            let userinfo = rest[..<at]
            guard userinfo.allSatisfy({ isUnreserved($0) || isSubDelim($0) || $0 == 58 || $0 == 37 }),
                hasValidPercentEncoding(Array(userinfo))
            else { return false }
            rest = rest[(at + 1)...]
        }
        let host: ArraySlice<UInt8>
        if rest.first == ascii("[") {
            guard let close = rest.firstIndex(of: ascii("]")) else { return false }
            host = rest[...close]
            guard isIPLiteral(host.dropFirst().dropLast()) else { return false }
            rest = rest[(close + 1)...]
        } else {
            let colon = rest.firstIndex(of: 58) ?? rest.endIndex
            host = rest[..<colon]
            guard host.allSatisfy({ isUnreserved($0) || isSubDelim($0) || $0 == 37 }),
                hasValidPercentEncoding(Array(host))
            else { return false }
            rest = rest[colon...]
        }
        if requiringHost && host.isEmpty { return false }
        if rest.isEmpty { return true }
        // [ ":" port ], port = *DIGIT
        return rest.first == 58 && rest.dropFirst().allSatisfy(isDigit)
    }

    /// `IPv6address / IPvFuture` (the text between the brackets).
    private static func isIPLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        if let first = bytes.first, first == ascii("v") || first == ascii("V") {
            // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            let body = bytes.dropFirst()
            guard let dot = body.firstIndex(of: 46) else { return false }
            let version = body[..<dot]
            let rest = body[(dot + 1)...]
            return !version.isEmpty && version.allSatisfy(isHexDigit)
                && !rest.isEmpty && rest.allSatisfy { isUnreserved($0) || isSubDelim($0) || $0 == 58 }
        }
        return isIPv6(String(decoding: bytes, as: UTF8.self))
    }

    /// RFC 4291 §2.2 text forms: eight h16 groups, or fewer around one "::", with an optional
    /// trailing dotted IPv4 address counting as two groups.
    static func isIPv6(_ text: String) -> Bool {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (partIndex, part) in parts.enumerated() {
                let isLastOverall = index == halves.count - 1 && partIndex == parts.count - 1
                if isLastOverall && part.contains(".") {
                    guard isIPv4(part) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(part.utf8.count), part.utf8.allSatisfy(isHexDigit) else { return false }
                    groups += 1
                }
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    private static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.utf8.count) && octet.utf8.allSatisfy(isDigit) && Int(octet)! <= 255
            }
    }

    // MARK: - Character classes

    static func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(scalar.value) }
    static func isAlpha(_ b: UInt8) -> Bool { (65...90).contains(b) || (97...122).contains(b) }
    static func isDigit(_ b: UInt8) -> Bool { (48...57).contains(b) }
    static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (65...70).contains(b) || (97...102).contains(b) }
    /// ALPHA / DIGIT / "-" / "." / "_" / "~"
    static func isUnreserved(_ b: UInt8) -> Bool {
        isAlpha(b) || isDigit(b) || b == 45 || b == 46 || b == 95 || b == 126
    }
    /// "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
    static func isSubDelim(_ b: UInt8) -> Bool { b == 33 || b == 36 || (38...44).contains(b) || b == 59 || b == 61 }
}
