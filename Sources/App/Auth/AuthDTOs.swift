import Foundation
import Vapor

struct NonceRequest: Content {
    var address: String?
}

struct NonceResponse: Content {
    let nonce: String
    let expiresAt: Date
    /// The complete EIP-4361 message to sign, when the request named an address.
    let message: String?

    enum CodingKeys: String, CodingKey {
        case nonce, message
        case expiresAt = "expires_at"
    }
}

struct VerifySignatureRequest: Content {
    var message: String
    var signature: String
    /// Optional; when given it must be the address that signed.
    var walletAddress: String?

    enum CodingKeys: String, CodingKey {
        case message, signature
        case walletAddress = "wallet_address"
    }
}

struct SignInResponse: Content {
    let access: String
    let refresh: String
    let user: UserResponse
}

struct RefreshRequest: Content {
    /// Optional for browsers, which send the refresh cookie instead.
    var refresh: String?
}

struct TokenPairResponse: Content {
    let access: String
    let refresh: String
}
