import Ethereum
import Foundation
import SIWE
import TestVectors
import Testing

@Suite("SIWE: spruceid/siwe vectors")
struct SIWEVectorTests {
    /// Each message parses to its fields, and the fields serialise back to exactly the message.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func positiveParsing() throws {
        let cases = try SIWEVectors.cases("parsing_positive.json")
        #expect(cases.count == 19)
        for (name, value) in cases {
            let entry = try #require(value as? [String: Any], "\(name)")
            let text = try #require(entry["message"] as? String, "\(name)")
            let fields = try #require(entry["fields"] as? [String: Any], "\(name)")

            let parsed = try SIWEMessage(parsing: text)
            #expect(parsed.text == text, "\(name)")
            #expect(parsed.scheme == fields["scheme"] as? String, "\(name)")
            #expect(parsed.domain == fields["domain"] as? String, "\(name)")
            #expect(parsed.address.checksummed == fields["address"] as? String, "\(name)")
            #expect(parsed.statement == fields["statement"] as? String, "\(name)")
            #expect(parsed.uri == fields["uri"] as? String, "\(name)")
            #expect(parsed.version == fields["version"] as? String, "\(name)")
            #expect(parsed.chainId == fields["chainId"] as? Int, "\(name)")
            #expect(parsed.nonce == fields["nonce"] as? String, "\(name)")
            #expect(parsed.issuedAt.text == fields["issuedAt"] as? String, "\(name)")
            #expect(parsed.expirationTime?.text == fields["expirationTime"] as? String, "\(name)")
            #expect(parsed.notBefore?.text == fields["notBefore"] as? String, "\(name)")
            #expect(parsed.requestId == fields["requestId"] as? String, "\(name)")
            #expect(parsed.resources == (fields["resources"] as? [String] ?? []), "\(name)")

            let built = try SIWEVectors.message(fromFields: fields)
            #expect(built.text == text, "\(name)")
            #expect(built == parsed, "\(name)")
        }
    }

    /// Each string is rejected, for the reason the case name gives.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func negativeParsing() throws {
        let cases = try SIWEVectors.cases("parsing_negative.json")
        #expect(cases.count == 29)
        #expect(Set(cases.map(\.name)) == Set(Self.expectedParseFailures.keys))
        for (name, value) in cases {
            let text = try #require(value as? String, "\(name)")
            let expected = try #require(Self.expectedParseFailures[name], "no expectation for \(name)")
            #expect(throws: SIWEParseError.self, "\(name)") { try SIWEMessage(parsing: text) }
            do {
                _ = try SIWEMessage(parsing: text)
            } catch {
                #expect(expected(error), "\(name): \(error)")
            }
        }
    }

    /// Each field set is rejected when building a message from it.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func negativeObjects() throws {
        let cases = try SIWEVectors.cases("parsing_negative_objects.json")
        #expect(cases.count == 18)
        for (name, fields) in cases {
            let expected = try #require(Self.expectedObjectFailures[name], "no expectation for \(name)")
            do {
                let message = try SIWEVectors.message(fromFields: fields)
                Issue.record("\(name) was accepted: \(message.text)")
            } catch let error as SIWEParseError {
                #expect(error == expected, "\(name)")
            }
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func positiveVerification() throws {
        let cases = try SIWEVectors.cases("verification_positive.json")
        #expect(cases.count == 4)
        for (name, value) in cases {
            let entry = try #require(value as? [String: Any], "\(name)")
            let message = try SIWEVectors.message(fromFields: entry)
            let signature = try #require(entry["signature"] as? String)
            let time = try (entry["time"] as? String).map { try #require(SIWETimestamp(rfc3339: $0)).date }
            let expectations = SIWEExpectations(
                domain: message.domain, uri: message.uri, nonce: message.nonce, chainIds: [message.chainId])
            let signer = try message.verify(
                signature: signature, expectations: expectations, at: time ?? message.issuedAt.date)
            #expect(signer == message.address, "\(name)")
        }
    }

    /// Each case fails, and for its own reason.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func negativeVerification() throws {
        let cases = try SIWEVectors.cases("verification_negative.json")
        #expect(cases.count == 10)
        #expect(Set(cases.map(\.name)) == Set(Self.expectedVerificationFailures.keys))
        for (name, value) in cases {
            let entry = try #require(value as? [String: Any], "\(name)")
            let expected = try #require(Self.expectedVerificationFailures[name])
            let message: SIWEMessage
            do {
                message = try SIWEVectors.message(fromFields: entry)
            } catch let error as SIWEParseError {
                guard case .parse(let expectedError) = expected else {
                    Issue.record("\(name): unexpected parse error \(error)")
                    continue
                }
                #expect(error == expectedError, "\(name)")
                continue
            }
            let signature = try #require(entry["signature"] as? String)
            let time = try (entry["time"] as? String).map { try #require(SIWETimestamp(rfc3339: $0)).date }
            let expectations = SIWEExpectations(
                domain: entry["domainBinding"] as? String ?? message.domain,
                nonce: entry["matchNonce"] as? String ?? message.nonce)
            do {
                try message.verify(signature: signature, expectations: expectations, at: time ?? message.issuedAt.date)
                Issue.record("\(name) verified")
            } catch {
                switch (expected, error) {
                case (.verification(let expectedError), _): #expect(error == expectedError, "\(name)")
                case (.signerMismatch, .signerMismatch(let recovered)): #expect(recovered != message.address)
                default: Issue.record("\(name): \(error), expected \(expected)")
                }
            }
        }
    }

    /// EIP-1271 contract wallets (Argent, Loopring) sign with the wallet contract's key scheme;
    /// checking them means calling `isValidSignature` on the contract on chain 1.
    @Test(
        .disabled(
            "contract-wallet (EIP-1271) signatures need an isValidSignature call on chain 1; Lore verifies EOA signatures only"
        ))
    func contractWalletSignatures() throws {
        let cases = try SIWEVectors.cases("eip1271.json")
        #expect(cases.count == 2)
        for (name, value) in cases {
            let entry = try #require(value as? [String: Any], "\(name)")
            let message = try SIWEMessage(parsing: try #require(entry["message"] as? String))
            let signature = try #require(entry["signature"] as? String)
            try message.verify(
                signature: signature, expectations: SIWEExpectations(domain: message.domain), at: message.issuedAt.date)
        }
    }
}
