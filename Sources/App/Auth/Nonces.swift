import Ethereum
import Fluent
import Foundation
import SQLKit

/// SIWE nonces in the database, so any instance may accept a nonce that another issued.
enum Nonces {
    struct Issued {
        let nonce: String
        let expiresAt: Date
    }

    /// A fresh 32-hex-digit nonce (128 random bits; EIP-4361 asks for ≥ 8 alphanumerics).
    static func issue(for address: Address?, now: Date, lifetime: TimeInterval, on database: any Database) async throws
        -> Issued
    {
        var generator = SystemRandomNumberGenerator()
        let nonce = Hex.encode((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }, prefix: false)
        let expiresAt = now.addingTimeInterval(lifetime)
        try await AuthNonce(nonce: nonce, walletAddress: address?.lowercased, issuedAt: now, expiresAt: expiresAt)
            .create(on: database)
        return Issued(nonce: nonce, expiresAt: expiresAt)
    }

    /// Uses up `nonce` for a sign-in by `address`. The delete is atomic, so of two concurrent
    /// uses — even on different instances — exactly one succeeds. A nonce issued for another
    /// address is left alone (so nobody can burn someone else's nonce).
    static func consume(_ nonce: String, by address: Address, now: Date, on database: any Database) async throws {
        let sql = database.sql
        let row = try await sql.delete(from: AuthNonce.schema)
            .where("nonce", .equal, SQLBind(nonce))
            .where("expires_at", .greaterThan, SQLBind(now))
            .where {
                $0.where("wallet_address", .is, SQLLiteral.null)
                    .orWhere("wallet_address", .equal, SQLBind(address.lowercased))
            }
            .returning("id")
            .first()
        guard row == nil else { return }
        let detail: String
        if let existing = try await AuthNonce.query(on: database).filter(\.$nonce == nonce).first() {
            detail =
                existing.expiresAt <= now
                ? "The nonce has expired; request a new one."
                : "The nonce was issued for a different address than the one that signed."
        } else {
            detail = "The nonce is unknown or has already been used; request a new one."
        }
        throw APIError(.unauthorized, "Invalid or expired nonce", detail: detail)
    }

    /// Deletes expired nonces.
    static func purgeExpired(now: Date, on database: any Database) async throws {
        try await AuthNonce.query(on: database).filter(\.$expiresAt <= now).delete()
    }
}
