import Foundation

/// The generated JWT secret, kept in the data directory when `LORE_JWT_SECRET` is not set.
enum JWTSecretFile {
    static func loadOrCreate(in directory: String) throws -> String {
        let path = directory + "/jwt-secret"
        if let existing = try? String(contentsOfFile: path, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), existing.utf8.count >= 32
        {
            return existing
        }
        let secret = TokenIssuer.randomToken() + TokenIssuer.randomToken()
        let temporary = path + ".tmp-\(UUID().uuidString)"
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
        else { throw APIError(.internalServerError, "Cannot write the JWT secret", detail: path) }
        // Another process may have created it meanwhile: keep whichever landed first.
        if link(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            return try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try? FileManager.default.removeItem(atPath: temporary)
        return secret
    }
}
