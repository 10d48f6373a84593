/// The EIP-4361 text layout of a message's fields.
enum SIWEMessageLayout {
    static let headerSuffix = " wants you to sign in with your Ethereum account:"

    static func text(of message: SIWEMessage) -> String {
        var lines = [(message.scheme.map { "\($0)://" } ?? "") + message.domain + headerSuffix]
        lines.append(message.address.checksummed)
        // `(LF statement LF LF) / empty-statement / (LF LF)`: a statement sits between two blank
        // lines; without one, the address is followed by two empty lines.
        if let statement = message.statement {
            lines += ["", statement, ""]
        } else {
            lines += ["", ""]
        }
        lines.append("URI: \(message.uri)")
        lines.append("Version: \(message.version)")
        lines.append("Chain ID: \(message.chainId)")
        lines.append("Nonce: \(message.nonce)")
        lines.append("Issued At: \(message.issuedAt.text)")
        if let expirationTime = message.expirationTime { lines.append("Expiration Time: \(expirationTime.text)") }
        if let notBefore = message.notBefore { lines.append("Not Before: \(notBefore.text)") }
        if let requestId = message.requestId { lines.append("Request ID: \(requestId)") }
        if !message.resources.isEmpty {
            lines.append("Resources:")
            lines += message.resources.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
