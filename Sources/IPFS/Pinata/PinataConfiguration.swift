import NIOCore

/// Settings of the Pinata adapter (chosen when `PINATA_JWT` is set).
public struct PinataConfiguration: Sendable {
    /// The Pinata API JWT (`PINATA_JWT`), sent as `Authorization: Bearer …`.
    public var jwt: String
    /// Pinata API base URL.
    public var apiBaseURL: String
    /// IPFS gateway base URL used to read content (`{gateway}/ipfs/{cid}`).
    public var gatewayBaseURL: String
    /// Access token of a dedicated Pinata gateway, sent as `x-pinata-gateway-token` when set.
    public var gatewayToken: String?
    /// Directory for temporary upload files (spooled there while the CID is computed).
    public var spoolDirectory: String
    /// The largest content accepted.
    public var maximumContentSize: Int64
    /// Timeout of API calls other than file uploads, and of gateway requests' heads.
    public var requestTimeout: TimeAmount
    /// Timeout of a whole file upload, and of reading a file's body through the gateway.
    public var uploadTimeout: TimeAmount

    /// Settings with Pinata's public endpoints as defaults.
    public init(
        jwt: String, spoolDirectory: String, maximumContentSize: Int64,
        apiBaseURL: String = "https://api.pinata.cloud", gatewayBaseURL: String = "https://gateway.pinata.cloud",
        gatewayToken: String? = nil, requestTimeout: TimeAmount = .seconds(30), uploadTimeout: TimeAmount = .hours(1)
    ) {
        self.jwt = jwt
        self.spoolDirectory = spoolDirectory
        self.maximumContentSize = maximumContentSize
        self.apiBaseURL = apiBaseURL.hasSuffix("/") ? String(apiBaseURL.dropLast()) : apiBaseURL
        self.gatewayBaseURL = gatewayBaseURL.hasSuffix("/") ? String(gatewayBaseURL.dropLast()) : gatewayBaseURL
        self.gatewayToken = gatewayToken
        self.requestTimeout = requestTimeout
        self.uploadTimeout = uploadTimeout
    }
}
