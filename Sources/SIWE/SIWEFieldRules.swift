import Ethereum

/// The per-field rules of the EIP-4361 grammar (`vectors/siwe/siwe-abnf.txt`), shared by the
/// builder, the text parser and the JSON decoder.
enum SIWEFieldRules {
    static func validate(scheme: String?) throws(SIWEParseError) {
        guard let scheme else { return }
        guard RFC3986.isScheme(Array(scheme.utf8)) else { throw .invalidScheme(scheme) }
    }

    static func validate(domain: String) throws(SIWEParseError) {
        guard !domain.isEmpty else { throw .missingField(.domain) }
        guard RFC3986.isAuthority(domain, requiringHost: true) else { throw .invalidDomain(domain) }
    }

    /// The message must carry the address in EIP-55 form: the spruceid vectors reject an
    /// all-lower-case address (`parsing_negative.json` "address not EIP-55"), and so do we,
    /// since a wallet shows the user the checksummed form.
    static func address(_ text: String) throws(SIWEParseError) -> Address {
        guard !text.isEmpty else { throw .missingField(.address) }
        guard let address = try? Address(ignoringChecksum: text), text.hasPrefix("0x") else {
            throw .invalidAddress(text)
        }
        guard address.checksummed == text else {
            throw .addressNotChecksummed(found: text, expected: address.checksummed)
        }
        return address
    }

    /// `statement = 1*( reserved / unreserved / " " )`: printable ASCII except
    /// `"` `%` `<` `>` `\` `^` `` ` `` `{` `|` `}`; the empty statement is a separate form.
    static func validate(statement: String?) throws(SIWEParseError) {
        guard let statement else { return }
        let excluded: Set<UInt8> = [34, 37, 60, 62, 92, 94, 96, 123, 124, 125]
        guard statement.utf8.allSatisfy({ (32...126).contains($0) && !excluded.contains($0) }) else {
            throw .invalidStatement(statement)
        }
    }

    static func validate(uri: String, field: SIWEField) throws(SIWEParseError) {
        guard !uri.isEmpty else { throw .missingField(field) }
        guard RFC3986.isURI(uri) else { throw .invalidURI(field, uri) }
    }

    static func validate(version: String) throws(SIWEParseError) {
        guard !version.isEmpty else { throw .missingField(.version) }
        guard version == "1" else { throw .unsupportedVersion(version) }
    }

    /// `chain-id = 1*DIGIT`, within `Int`.
    static func chainId(_ text: String) throws(SIWEParseError) -> Int {
        guard !text.isEmpty else { throw .missingField(.chainId) }
        guard text.utf8.allSatisfy(RFC3986.isDigit), let value = Int(text) else { throw .invalidChainId(text) }
        return value
    }

    /// `nonce = 8*( ALPHA / DIGIT )`.
    static func validate(nonce: String) throws(SIWEParseError) {
        guard !nonce.isEmpty else { throw .missingField(.nonce) }
        guard nonce.utf8.count >= 8, nonce.utf8.allSatisfy({ RFC3986.isAlpha($0) || RFC3986.isDigit($0) }) else {
            throw .invalidNonce(nonce)
        }
    }

    static func timestamp(_ text: String, field: SIWEField) throws(SIWEParseError) -> SIWETimestamp {
        guard !text.isEmpty else { throw .missingField(field) }
        guard let timestamp = SIWETimestamp(rfc3339: text) else { throw .invalidTimestamp(field, text) }
        return timestamp
    }

    /// `request-id = *pchar`.
    static func validate(requestId: String?) throws(SIWEParseError) {
        guard let requestId else { return }
        let bytes = Array(requestId.utf8)
        guard bytes.allSatisfy(RFC3986.isPchar), RFC3986.hasValidPercentEncoding(bytes) else {
            throw .invalidRequestId(requestId)
        }
    }
}
