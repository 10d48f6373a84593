/// A field of an EIP-4361 message, named as in the message text.
public enum SIWEField: String, Sendable, CaseIterable {
    case scheme, domain, address, statement, uri, version, chainId, nonce, issuedAt
    case expirationTime, notBefore, requestId, resources

    /// The field's label in the message text (`Chain ID`, `Issued At`, …).
    public var label: String {
        switch self {
        case .scheme: "scheme"
        case .domain: "domain"
        case .address: "address"
        case .statement: "statement"
        case .uri: "URI"
        case .version: "Version"
        case .chainId: "Chain ID"
        case .nonce: "Nonce"
        case .issuedAt: "Issued At"
        case .expirationTime: "Expiration Time"
        case .notBefore: "Not Before"
        case .requestId: "Request ID"
        case .resources: "Resources"
        }
    }
}

/// Why text (or a set of fields) is not a valid EIP-4361 message. Descriptions are written
/// for the API's `detail` (DECISIONS.md "Sign-in": an unparseable message is a 400 with the
/// parser's reason).
public enum SIWEParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The first line is not `[scheme://]domain wants you to sign in with your Ethereum account:`.
    case malformedHeader
    /// A required field is absent (or its line is empty).
    case missingField(SIWEField)
    /// A line (numbered from 1) holds something other than the field the grammar requires there.
    case unexpectedLine(Int, expected: String, found: String)
    /// Text after the last field (an unknown or out-of-order line, or a trailing newline).
    case trailingContent(line: Int, found: String)
    /// A blank line is required here.
    case expectedBlankLine(line: Int)
    case invalidScheme(String)
    case invalidDomain(String)
    /// Not `0x` followed by 40 hex digits.
    case invalidAddress(String)
    /// The address is not written in its EIP-55 checksum form.
    case addressNotChecksummed(found: String, expected: String)
    /// The statement contains a line break or a character the grammar excludes.
    case invalidStatement(String)
    /// `URI:` or a resource is not an RFC 3986 URI.
    case invalidURI(SIWEField, String)
    case unsupportedVersion(String)
    case invalidChainId(String)
    /// Fewer than 8 characters, or not only letters and digits.
    case invalidNonce(String)
    /// Not an RFC 3339 date-time (or not a real calendar date).
    case invalidTimestamp(SIWEField, String)
    /// Not a sequence of RFC 3986 `pchar`s.
    case invalidRequestId(String)

    public var description: String {
        switch self {
        case .malformedHeader:
            "the first line must read \"<domain> wants you to sign in with your Ethereum account:\""
        case .missingField(let field):
            "the \(field.label) is missing"
        case .unexpectedLine(let line, let expected, let found):
            "line \(line): expected \(expected), found \(Self.quote(found))"
        case .trailingContent(let line, let found):
            "line \(line): unexpected \(Self.quote(found)) after the last field (fields out of order or unknown)"
        case .expectedBlankLine(let line):
            "line \(line): expected an empty line"
        case .invalidScheme(let value):
            "the scheme \(Self.quote(value)) is not a valid URI scheme"
        case .invalidDomain(let value):
            "the domain \(Self.quote(value)) is not a valid RFC 3986 authority"
        case .invalidAddress(let value):
            "the address \(Self.quote(value)) is not 0x followed by 40 hex digits"
        case .addressNotChecksummed(let found, let expected):
            "the address \(found) is not in EIP-55 checksum form (expected \(expected))"
        case .invalidStatement(let value):
            "the statement \(Self.quote(value)) must be one line of printable ASCII without \" % < > \\ ^ ` { | }"
        case .invalidURI(let field, let value):
            "the \(field == .resources ? "resource" : field.label) \(Self.quote(value)) is not a valid RFC 3986 URI"
        case .unsupportedVersion(let value):
            "the version must be 1, not \(Self.quote(value))"
        case .invalidChainId(let value):
            "the chain ID \(Self.quote(value)) is not a decimal number"
        case .invalidNonce(let value):
            "the nonce \(Self.quote(value)) must be at least 8 letters or digits"
        case .invalidTimestamp(let field, let value):
            "the \(field.label) \(Self.quote(value)) is not an RFC 3339 date-time"
        case .invalidRequestId(let value):
            "the request ID \(Self.quote(value)) contains characters a URI path segment may not"
        }
    }

    /// Quotes a value for a message, shortened so that a hostile input cannot flood a response.
    private static func quote(_ value: String) -> String {
        let limit = 80
        let shown = value.count > limit ? value.prefix(limit) + "…" : Substring(value)
        return "\"\(shown)\""
    }
}
