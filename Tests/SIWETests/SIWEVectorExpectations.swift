import Ethereum
import SIWE

/// What each negative spruceid vector must fail with.
extension SIWEVectorTests {
    enum ExpectedFailure: CustomStringConvertible {
        case parse(SIWEParseError)
        case verification(SIWEVerificationError)
        case signerMismatch

        var description: String {
            switch self {
            case .parse(let error): "parse error \(error)"
            case .verification(let error): "verification error \(error)"
            case .signerMismatch: "signer mismatch"
            }
        }
    }

    static let expectedVerificationFailures: [String: ExpectedFailure] = [
        "expired message": .verification(.expired),
        "domain binding": .verification(.domainMismatch(expected: "example.com", found: "login.xyz")),
        "custom time": .verification(.expired),
        "custom nonce": .verification(.nonceMismatch),
        "malformed signature": .verification(.malformedSignature(.notHex)),
        "wrong signature": .signerMismatch,
        "not yet valid": .verification(.notYetValid),
        "invalid issuedAt": .parse(.invalidTimestamp(.issuedAt, "2022-02-31T17:09:38.578Z")),
        "invalid notBefore": .parse(.invalidTimestamp(.notBefore, "2025-02-31T17:09:38.578Z")),
        "invalid expirationTime": .parse(.invalidTimestamp(.expirationTime, "2100-02-31T14:31:43.952Z")),
    ]

    private static let notRFC3986 = ":not_a_rfc3986_valid_uri_"
    private static let notISO8601 = "Wed Oct 05 2011 16:48:00 GMT+0200 (CEST)"

    static let expectedObjectFailures: [String: SIWEParseError] = [
        "missing domain": .missingField(.domain),
        "missing address": .missingField(.address),
        "missing uri": .missingField(.uri),
        "missing version": .missingField(.version),
        "missing chainId": .missingField(.chainId),
        "missing nonce": .missingField(.nonce),
        "missing issuedAt": .missingField(.issuedAt),
        "domain not RFC4501 authority": .invalidDomain("#notrfc4501"),
        "address not EIP-55": .addressNotChecksummed(
            found: "0xE5A12547fe4E872D192E3eCecb76F2Ce1aeA4946",
            expected: "0xe5A12547fe4E872D192E3eCecb76F2Ce1aeA4946"),
        "uri is non-RFC 3986": .invalidURI(.uri, notRFC3986),
        "version not 1": .unsupportedVersion("3"),
        "not a valid chainId": .invalidChainId("?"),
        "nonce with less then 8 chars": .invalidNonce("1234567"),
        "non-ISO 8601 issuedAt": .invalidTimestamp(.issuedAt, notISO8601),
        "non-ISO 8601 expirationTime": .invalidTimestamp(.expirationTime, notISO8601),
        "non-ISO 8601 notBefore": .invalidTimestamp(.notBefore, notISO8601),
        "first resource not-RFC 3986": .invalidURI(.resources, notRFC3986),
        "second resource is not-RFC3986": .invalidURI(.resources, notRFC3986),
    ]

    /// Predicates rather than exact errors where the error carries a long quoted line.
    static let expectedParseFailures: [String: @Sendable (SIWEParseError) -> Bool] = [
        "missing domain": { $0 == .missingField(.domain) },
        "missing address": { $0 == .missingField(.address) },
        "missing uri": { $0 == .missingField(.uri) },
        "missing version": { $0 == .missingField(.version) },
        "missing chainId": { $0 == .missingField(.chainId) },
        "missing nonce": { $0 == .missingField(.nonce) },
        "missing issuedAt": { $0 == .missingField(.issuedAt) },
        "out of order uri": { $0 == .unexpectedLine(6, expected: "\"URI: …\"", found: "Version: 1") },
        "out of order version": { $0 == .unexpectedLine(7, expected: "\"Version: …\"", found: "Chain ID: 1") },
        "out of order chainId": {
            $0 == .unexpectedLine(8, expected: "\"Chain ID: …\"", found: "Nonce: 12341234Chain ID: 1")
        },
        "out of order nonce": {
            $0 == .unexpectedLine(9, expected: "\"Nonce: …\"", found: "Issued At: 2022-03-17T12:45:13.610Z")
        },
        "out of order issuedAt": {
            $0 == .unexpectedLine(10, expected: "\"Issued At: …\"", found: "Expiration Time: 2023-03-17T12:45:13.610Z")
        },
        "out of order expirationTime": {
            $0 == .trailingContent(line: 12, found: "Expiration Time: 2023-03-17T12:45:13.610Z")
        },
        "out of order notBefore": { $0 == .trailingContent(line: 13, found: "Not Before: 2022-03-17T12:45:13.610Z") },
        "out of order requestId": { $0 == .trailingContent(line: 15, found: "Request ID: some_id") },
        "out of order resources": { $0 == .trailingContent(line: 14, found: "Not Before: 2022-03-17T12:45:13.610Z") },
        "domain not RFC4501 authority": { $0 == .invalidDomain("#notrfc4501") },
        "address not EIP-55": {
            $0
                == .addressNotChecksummed(
                    found: "0xe5a12547fe4e872d192e3ececb76f2ce1aea4946",
                    expected: "0xe5A12547fe4E872D192E3eCecb76F2Ce1aeA4946")
        },
        "statement has line break": {
            if case .invalidStatement(let statement) = $0 { return statement.contains("\n") } else { return false }
        },
        "uri is non-RFC 3986": { $0 == .invalidURI(.uri, notRFC3986) },
        "version not 1": { $0 == .unsupportedVersion("3") },
        "not a valid chainId": { $0 == .invalidChainId("?") },
        "nonce with less then 8 chars": { $0 == .invalidNonce("1234567") },
        "non-ISO 8601 issuedAt": { $0 == .invalidTimestamp(.issuedAt, notISO8601) },
        "non-ISO 8601 expirationTime": { $0 == .invalidTimestamp(.expirationTime, notISO8601) },
        "non-ISO 8601 notBefore": { $0 == .invalidTimestamp(.notBefore, notISO8601) },
        "resources not separated by line break": {
            $0 == .invalidURI(.resources, "https://service.org/login - https://service.org/login/2")
        },
        "first resource not-RFC 3986": { $0 == .invalidURI(.resources, notRFC3986) },
        "second resource is not-RFC3986": { $0 == .invalidURI(.resources, notRFC3986) },
    ]
}
