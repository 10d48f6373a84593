extension SIWEMessage {
    /// Parses EIP-4361 message text, line by line in the grammar's order, and keeps `text`
    /// exactly as given (it is what the wallet signed). Lines are separated by LF alone; the
    /// text ends with the last field (no trailing newline).
    public init(parsing text: String) throws(SIWEParseError) {
        var lines = SIWELines(text)

        // [scheme "://"] domain " wants you to sign in with your Ethereum account:"
        let header = lines.next() ?? ""
        guard header.hasSuffix(SIWEMessageLayout.headerSuffix) else { throw .malformedHeader }
        let origin = String(header.dropLast(SIWEMessageLayout.headerSuffix.count))
        var scheme: String?
        var domain = origin
        if let separator = origin.range(of: "://") {
            scheme = String(origin[..<separator.lowerBound])
            domain = String(origin[separator.upperBound...])
        }

        let address = try SIWEFieldRules.address(lines.next() ?? "")
        try lines.expectBlank()
        let statement = try lines.statement()

        let uri = try lines.value(of: .uri, prefix: "URI: ")
        let version = try lines.value(of: .version, prefix: "Version: ")
        let chainId = try SIWEFieldRules.chainId(try lines.value(of: .chainId, prefix: "Chain ID: "))
        let nonce = try lines.value(of: .nonce, prefix: "Nonce: ")
        let issuedAt = try SIWEFieldRules.timestamp(
            try lines.value(of: .issuedAt, prefix: "Issued At: "), field: .issuedAt)

        let expirationTime = try lines.optionalValue(prefix: "Expiration Time: ").map {
            (value) throws(SIWEParseError) in try SIWEFieldRules.timestamp(value, field: .expirationTime)
        }
        let notBefore = try lines.optionalValue(prefix: "Not Before: ").map {
            (value) throws(SIWEParseError) in try SIWEFieldRules.timestamp(value, field: .notBefore)
        }
        let requestId = lines.optionalValue(prefix: "Request ID: ")
        var resources: [String] = []
        if lines.peek() == "Resources:" {
            _ = lines.next()
            while let resource = lines.optionalValue(prefix: "- ") { resources.append(resource) }
        }
        if let extra = lines.peek() { throw .trailingContent(line: lines.lineNumber, found: extra) }

        try self.init(
            scheme: scheme, domain: domain, address: address, statement: statement, uri: uri, version: version,
            chainId: chainId, nonce: nonce, issuedAt: issuedAt, expirationTime: expirationTime,
            notBefore: notBefore, requestId: requestId, resources: resources, text: text)
    }
}

/// A cursor over the LF-separated lines of a message.
private struct SIWELines {
    private let lines: [String]
    private var index = 0

    init(_ text: String) {
        // Split on the LF byte, not on Character: "\r\n" is a single Character in Swift and
        // would otherwise hide a CR inside a line instead of letting the field rules reject it.
        lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// The 1-based number of the next line.
    var lineNumber: Int { index + 1 }

    func peek() -> String? { index < lines.count ? lines[index] : nil }

    mutating func next() -> String? {
        defer { index += 1 }
        return peek()
    }

    mutating func expectBlank() throws(SIWEParseError) {
        guard next() == "" else { throw .expectedBlankLine(line: index) }
    }

    /// `(LF statement LF LF) / empty-statement / (LF LF)` after the blank line that follows the
    /// address: a statement line and a blank line; two blank lines (empty statement); or one
    /// blank line (no statement).
    mutating func statement() throws(SIWEParseError) -> String? {
        guard let first = next() else { throw .missingField(.uri) }
        if first.isEmpty {
            guard peek() == "" else { return nil }
            _ = next()
            return ""
        }
        try SIWEFieldRules.validate(statement: first)
        guard peek() == "" else {
            // A line break inside the statement leaves a non-blank line here.
            throw .invalidStatement(first + "\n" + (peek() ?? ""))
        }
        _ = next()
        return first
    }

    /// The value of a required `Label: value` line.
    mutating func value(of field: SIWEField, prefix: String) throws(SIWEParseError) -> String {
        guard let line = peek(), !line.isEmpty else { throw .missingField(field) }
        guard line.hasPrefix(prefix) else {
            throw .unexpectedLine(lineNumber, expected: "\"\(prefix)…\"", found: line)
        }
        index += 1
        return String(line.dropFirst(prefix.count))
    }

    /// The value of an optional `Label: value` line, consumed only when present.
    mutating func optionalValue(prefix: String) -> String? {
        guard let line = peek(), line.hasPrefix(prefix) else { return nil }
        index += 1
        return String(line.dropFirst(prefix.count))
    }
}
