/// What the verifier requires of a message beyond its own validity (EIP-4361 "Verifying a
/// signed message"): the relying party's domain, and optionally its URI, the nonce it issued
/// and the chain ids it accepts (DECISIONS.md "Sign-in" [3]).
public struct SIWEExpectations: Sendable, Equatable {
    /// The message's `domain` must equal this exactly (the authority the server is reached at).
    public var domain: String
    /// When set, the message's `URI` must equal this exactly.
    public var uri: String?
    /// When set, the message's `Nonce` must equal this (the nonce the server issued).
    public var nonce: String?
    /// When set, the message's `Chain ID` must be one of these.
    public var chainIds: Set<Int>?

    public init(domain: String, uri: String? = nil, nonce: String? = nil, chainIds: Set<Int>? = nil) {
        self.domain = domain
        self.uri = uri
        self.nonce = nonce
        self.chainIds = chainIds
    }
}
