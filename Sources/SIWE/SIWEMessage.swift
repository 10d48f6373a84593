import Ethereum
import Foundation

/// A Sign-In with Ethereum message (EIP-4361): every field of the grammar in
/// `vectors/siwe/siwe-abnf.txt`, and the exact text the wallet signs.
///
/// Build one from fields (``init(scheme:domain:address:statement:uri:version:chainId:nonce:issuedAt:expirationTime:notBefore:requestId:resources:)``),
/// parse one (``init(parsing:)``) or decode the JSON field form (`Codable`). Every way in
/// validates every field, so a value of this type is always a well-formed message.
public struct SIWEMessage: Hashable, Sendable {
    /// The URI scheme written before the domain (`https` in `https://example.com wants you…`), if any.
    public let scheme: String?
    /// The RFC 3986 authority asking for the sign-in: `[userinfo@]host[:port]`.
    public let domain: String
    /// The account signing in (written in EIP-55 checksum form in the text).
    public let address: Address
    /// The human-readable assertion; nil when the message has none, "" for an empty statement
    /// line (the grammar's `empty-statement`).
    public let statement: String?
    /// The RFC 3986 URI of the resource that is the subject of the signing.
    public let uri: String
    /// Always "1".
    public let version: String
    /// The EIP-155 chain the session is bound to.
    public let chainId: Int
    /// At least 8 letters or digits, chosen by the server to prevent replay.
    public let nonce: String
    public let issuedAt: SIWETimestamp
    /// After this instant the message is no longer valid.
    public let expirationTime: SIWETimestamp?
    /// Before this instant the message is not yet valid.
    public let notBefore: SIWETimestamp?
    /// A system-specific identifier (RFC 3986 `pchar`s).
    public let requestId: String?
    /// RFC 3986 URIs the user wishes to have resolved as part of authentication.
    public let resources: [String]
    /// The message text exactly as signed: the parsed input for ``init(parsing:)``, the
    /// EIP-4361 layout of the fields otherwise.
    public private(set) var text: String

    /// Builds a message from its fields, validating each one as the grammar requires.
    /// An empty `resources` list writes no `Resources:` section.
    public init(
        scheme: String? = nil,
        domain: String,
        address: Address,
        statement: String?,
        uri: String,
        version: String = "1",
        chainId: Int,
        nonce: String,
        issuedAt: SIWETimestamp,
        expirationTime: SIWETimestamp? = nil,
        notBefore: SIWETimestamp? = nil,
        requestId: String? = nil,
        resources: [String] = []
    ) throws(SIWEParseError) {
        try self.init(
            scheme: scheme, domain: domain, address: address, statement: statement, uri: uri, version: version,
            chainId: chainId, nonce: nonce, issuedAt: issuedAt, expirationTime: expirationTime,
            notBefore: notBefore, requestId: requestId, resources: resources, text: nil)
    }

    /// The designated initialiser: validates, then keeps `text` (parsing) or lays the fields out.
    init(
        scheme: String?, domain: String, address: Address, statement: String?, uri: String, version: String,
        chainId: Int, nonce: String, issuedAt: SIWETimestamp, expirationTime: SIWETimestamp?,
        notBefore: SIWETimestamp?, requestId: String?, resources: [String], text: String?
    ) throws(SIWEParseError) {
        try SIWEFieldRules.validate(scheme: scheme)
        try SIWEFieldRules.validate(domain: domain)
        try SIWEFieldRules.validate(statement: statement)
        try SIWEFieldRules.validate(uri: uri, field: .uri)
        try SIWEFieldRules.validate(version: version)
        guard chainId >= 0 else { throw .invalidChainId(String(chainId)) }
        try SIWEFieldRules.validate(nonce: nonce)
        try SIWEFieldRules.validate(requestId: requestId)
        for resource in resources { try SIWEFieldRules.validate(uri: resource, field: .resources) }
        self.scheme = scheme
        self.domain = domain
        self.address = address
        self.statement = statement
        self.uri = uri
        self.version = version
        self.chainId = chainId
        self.nonce = nonce
        self.issuedAt = issuedAt
        self.expirationTime = expirationTime
        self.notBefore = notBefore
        self.requestId = requestId
        self.resources = resources
        self.text = ""
        self.text = text ?? SIWEMessageLayout.text(of: self)
    }
}
