import Foundation
import JWT

/// Claims of Lore's access JWT (HS256). `sid` names the sign-in session so that logging out or
/// a detected refresh-token reuse ends the access token too.
struct AccessTokenPayload: JWTPayload {
    /// The user's UUID.
    var sub: SubjectClaim
    /// The session's UUID.
    var sid: String
    var walletAddress: String
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    /// Always "access"; guards against a token of another kind signed with the same key.
    var typ: String

    enum CodingKeys: String, CodingKey {
        case sub, sid, iat, exp, typ
        case walletAddress = "wallet_address"
    }

    /// Expiry is checked by ``TokenIssuer`` against the app clock; this checks the kind.
    func verify(using algorithm: some JWTAlgorithm) async throws {
        guard typ == "access" else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "not an access token")
        }
    }
}
