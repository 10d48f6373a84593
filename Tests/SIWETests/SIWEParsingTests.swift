import Ethereum
import Foundation
import SIWE
import Testing

@Suite("SIWE: parsing and serialisation")
struct SIWEParsingTests {
    private static let base = """
        example.com wants you to sign in with your Ethereum account:
        0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

        Statement.

        URI: https://example.com
        Version: 1
        Chain ID: 1
        Nonce: abcdefgh
        Issued At: 2021-09-30T16:25:24Z
        """

    private func replacing(_ old: String, with new: String) -> String {
        Self.base.replacingOccurrences(of: old, with: new)
    }

    @Test func statementForms() throws {
        let with = try SIWEMessage(parsing: Self.base)
        #expect(with.statement == "Statement.")
        // No statement: the address is followed by two empty lines.
        let without = try SIWEMessage(parsing: replacing("Statement.\n\n", with: "\n"))
        #expect(without.statement == nil)
        #expect(without.text.contains("Cc2\n\n\nURI: "))
        // Empty statement (the grammar's `empty-statement`): three empty lines.
        let empty = try SIWEMessage(parsing: replacing("Statement.", with: ""))
        #expect(empty.statement == "")
        #expect(empty.text.contains("Cc2\n\n\n\nURI: "))
        // The builder lays each form out the same way.
        for message in [with, without, empty] {
            let rebuilt = try SIWEMessage(
                domain: message.domain, address: message.address, statement: message.statement, uri: message.uri,
                chainId: message.chainId, nonce: message.nonce, issuedAt: message.issuedAt)
            #expect(rebuilt.text == message.text)
        }
    }

    @Test func everyOptionalFieldRoundTrips() throws {
        let text =
            Self.base.replacingOccurrences(of: "example.com wants", with: "https://user:pw@example.com:8443 wants")
            + "\nExpiration Time: 2021-10-01T00:00:00.5+05:30\nNot Before: 2021-09-30T16:00:00z"
            + "\nRequest ID: req-1%20x@y\nResources:\n- ipfs://bafy\n- https://[2001:db8::1]:8080/a?b=c#d"
        let message = try SIWEMessage(parsing: text)
        #expect(message.scheme == "https")
        #expect(message.domain == "user:pw@example.com:8443")
        #expect(message.expirationTime?.text == "2021-10-01T00:00:00.5+05:30")
        #expect(message.notBefore?.text == "2021-09-30T16:00:00z")
        #expect(message.requestId == "req-1%20x@y")
        #expect(message.resources == ["ipfs://bafy", "https://[2001:db8::1]:8080/a?b=c#d"])
        #expect(message.text == text)
        let encoded = try JSONEncoder().encode(message)
        #expect(try JSONDecoder().decode(SIWEMessage.self, from: encoded).text == text)
    }

    @Test func layoutErrors() {
        #expect(throws: SIWEParseError.malformedHeader) { try SIWEMessage(parsing: "") }
        #expect(throws: SIWEParseError.malformedHeader) {
            try SIWEMessage(parsing: self.replacing("wants you to sign in", with: "wants you to log in"))
        }
        #expect(throws: SIWEParseError.expectedBlankLine(line: 3)) {
            try SIWEMessage(parsing: self.replacing("Cc2\n\n", with: "Cc2\nx\n"))
        }
        // A trailing newline is not part of the grammar: the signed text ends with the last field.
        #expect(throws: SIWEParseError.trailingContent(line: 11, found: "")) {
            try SIWEMessage(parsing: Self.base + "\n")
        }
        #expect(throws: SIWEParseError.trailingContent(line: 11, found: "Color: blue")) {
            try SIWEMessage(parsing: Self.base + "\nColor: blue")
        }
        // CRLF line ends leave a CR in the value, which the field rules reject.
        #expect(throws: SIWEParseError.self) {
            try SIWEMessage(parsing: Self.base.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        #expect(throws: SIWEParseError.missingField(.uri)) {
            try SIWEMessage(
                parsing: "example.com wants you to sign in with your Ethereum account:\n"
                    + "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n")
        }
    }

    @Test func fieldErrors() {
        #expect(throws: SIWEParseError.invalidScheme("1http")) {
            try SIWEMessage(parsing: self.replacing("example.com wants", with: "1http://example.com wants"))
        }
        #expect(throws: SIWEParseError.invalidAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc")) {
            try SIWEMessage(parsing: self.replacing("Cc2\n", with: "Cc\n"))
        }
        #expect(throws: SIWEParseError.invalidStatement("Say \"hi\"")) {
            try SIWEMessage(parsing: self.replacing("Statement.", with: "Say \"hi\""))
        }
        #expect(throws: SIWEParseError.invalidStatement("Café")) {
            try SIWEMessage(parsing: self.replacing("Statement.", with: "Café"))
        }
        #expect(throws: SIWEParseError.invalidChainId("99999999999999999999")) {
            try SIWEMessage(parsing: self.replacing("Chain ID: 1", with: "Chain ID: 99999999999999999999"))
        }
        #expect(throws: SIWEParseError.invalidChainId("+1")) {
            try SIWEMessage(parsing: self.replacing("Chain ID: 1", with: "Chain ID: +1"))
        }
        #expect(throws: SIWEParseError.invalidNonce("abcdefg!")) {
            try SIWEMessage(parsing: self.replacing("abcdefgh", with: "abcdefg!"))
        }
        #expect(throws: SIWEParseError.invalidRequestId("a b")) {
            try SIWEMessage(parsing: Self.base + "\nRequest ID: a b")
        }
        #expect(throws: SIWEParseError.invalidURI(.uri, "https://exa mple.com")) {
            try SIWEMessage(parsing: self.replacing("URI: https://example.com", with: "URI: https://exa mple.com"))
        }
        #expect(throws: SIWEParseError.invalidURI(.uri, "https://example.com/%zz")) {
            try SIWEMessage(parsing: self.replacing("URI: https://example.com", with: "URI: https://example.com/%zz"))
        }
        #expect(throws: SIWEParseError.invalidDomain("example.com:80a")) {
            try SIWEMessage(parsing: self.replacing("example.com wants", with: "example.com:80a wants"))
        }
        #expect(throws: SIWEParseError.invalidDomain("[::1::2]")) {
            try SIWEMessage(parsing: self.replacing("example.com wants", with: "[::1::2] wants"))
        }
    }

    @Test func builderValidatesFields() throws {
        let key = PrivateKey.random()
        #expect(throws: SIWEParseError.invalidNonce("short")) { try SIWEFixture.message(for: key, nonce: "short") }
        #expect(throws: SIWEParseError.missingField(.domain)) { try SIWEFixture.message(for: key, domain: "") }
        #expect(throws: SIWEParseError.invalidURI(.uri, "not a uri")) {
            try SIWEFixture.message(for: key, uri: "not a uri")
        }
        #expect(throws: SIWEParseError.invalidStatement("two\nlines")) {
            try SIWEFixture.message(for: key, statement: "two\nlines")
        }
        #expect(throws: SIWEParseError.invalidChainId("-1")) { try SIWEFixture.message(for: key, chainId: -1) }
        #expect(throws: SIWEParseError.unsupportedVersion("2")) {
            try SIWEMessage(
                domain: "a.b", address: key.address, statement: nil, uri: "https://a.b", version: "2", chainId: 1,
                nonce: "12345678", issuedAt: SIWEFixture.issuedAt)
        }
        // What the builder accepts, the parser accepts, with the same fields.
        let message = try SIWEFixture.message(for: key)
        #expect(try SIWEMessage(parsing: message.text) == message)
        #expect(message.text.contains("\n\(key.address.checksummed)\n"))
        #expect(message.text.hasSuffix("Expiration Time: 2027-01-15T08:05:00.000Z"))
    }

    @Test func errorsReadWell() {
        #expect(SIWEParseError.missingField(.chainId).description == "the Chain ID is missing")
        #expect(
            SIWEParseError.unexpectedLine(6, expected: "\"URI: …\"", found: "Version: 1").description
                == "line 6: expected \"URI: …\", found \"Version: 1\"")
        let long = String(repeating: "x", count: 500)
        #expect(SIWEParseError.invalidNonce(long).description.count < 200)
    }
}
