import Ethereum

/// The JSON field form of a message, with the field names EIP-4361 libraries use
/// (`domain`, `address`, `statement`, `uri`, `version`, `chainId`, `nonce`, `issuedAt`,
/// `expirationTime`, `notBefore`, `requestId`, `resources`, and `scheme`).
///
/// Decoding validates like the builder and reports problems as ``SIWEParseError``: a missing
/// field is `.missingField`, a chain id that is not a number is `.invalidChainId`. The address
/// must be in EIP-55 form, as in the text. Timestamps keep their original strings.
extension SIWEMessage: Codable {
    private enum Key: String, CodingKey {
        case scheme, domain, address, statement, uri, version, chainId, nonce, issuedAt
        case expirationTime, notBefore, requestId, resources
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func string(_ key: Key) throws -> String? {
            try container.decodeIfPresent(String.self, forKey: key)
        }
        func required(_ key: Key, _ field: SIWEField) throws -> String {
            guard let value = try string(key) else { throw SIWEParseError.missingField(field) }
            return value
        }
        let chainId: Int
        if let number = try? container.decodeIfPresent(Int.self, forKey: .chainId) {
            chainId = number
        } else if let text = try? container.decodeIfPresent(String.self, forKey: .chainId) {
            chainId = try SIWEFieldRules.chainId(text)
        } else if container.contains(.chainId), try !container.decodeNil(forKey: .chainId) {
            throw SIWEParseError.invalidChainId("(not a number)")
        } else {
            throw SIWEParseError.missingField(.chainId)
        }
        try self.init(
            scheme: try string(.scheme),
            domain: try required(.domain, .domain),
            address: try SIWEFieldRules.address(try required(.address, .address)),
            statement: try string(.statement),
            uri: try required(.uri, .uri),
            version: try required(.version, .version),
            chainId: chainId,
            nonce: try required(.nonce, .nonce),
            issuedAt: try SIWEFieldRules.timestamp(try required(.issuedAt, .issuedAt), field: .issuedAt),
            expirationTime: try string(.expirationTime).map {
                try SIWEFieldRules.timestamp($0, field: .expirationTime)
            },
            notBefore: try string(.notBefore).map { try SIWEFieldRules.timestamp($0, field: .notBefore) },
            requestId: try string(.requestId),
            resources: try container.decodeIfPresent([String].self, forKey: .resources) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(scheme, forKey: .scheme)
        try container.encode(domain, forKey: .domain)
        try container.encode(address.checksummed, forKey: .address)
        try container.encodeIfPresent(statement, forKey: .statement)
        try container.encode(uri, forKey: .uri)
        try container.encode(version, forKey: .version)
        try container.encode(chainId, forKey: .chainId)
        try container.encode(nonce, forKey: .nonce)
        try container.encode(issuedAt.text, forKey: .issuedAt)
        try container.encodeIfPresent(expirationTime?.text, forKey: .expirationTime)
        try container.encodeIfPresent(notBefore?.text, forKey: .notBefore)
        try container.encodeIfPresent(requestId, forKey: .requestId)
        if !resources.isEmpty { try container.encode(resources, forKey: .resources) }
    }
}
