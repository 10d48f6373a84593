import Ethereum
import TestVectors
import Testing

@Suite("Addresses and EIP-55")
struct AddressTests {
    private struct EIP55: Decodable {
        struct Valid: Decodable { let lowercase: String; let checksummed: String }
        struct Invalid: Decodable { let address: String; let correct_checksummed: String }
        let valid: [Valid]
        let invalid_mixed_case: [Invalid]
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func checksumVectors() throws {
        let vectors = try Vectors.decode(EIP55.self, from: "hashing/eip55.json")
        #expect(vectors.valid.count >= 58)
        for v in vectors.valid {
            let fromLower = try Address(v.lowercase)
            #expect(fromLower.checksummed == v.checksummed)
            #expect(try Address(v.checksummed) == fromLower)
            #expect(fromLower.lowercased == v.lowercase)
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func wrongMixedCaseChecksumIsRejected() throws {
        let vectors = try Vectors.decode(EIP55.self, from: "hashing/eip55.json")
        #expect(vectors.invalid_mixed_case.count >= 16)
        for v in vectors.invalid_mixed_case {
            #expect(throws: Address.ParseError.badChecksum(expected: v.correct_checksummed)) {
                try Address(v.address)
            }
            #expect(try Address(ignoringChecksum: v.address).checksummed == v.correct_checksummed)
        }
    }

    @Test func malformedAddresses() {
        #expect(throws: Address.ParseError.missingPrefix) { try Address("52908400098527886e0f7030069857d2e4169ee7") }
        #expect(throws: Address.ParseError.wrongLength(39)) { try Address("0x52908400098527886e0f7030069857d2e4169ee") }
        #expect(throws: Address.ParseError.notHex) { try Address("0x52908400098527886e0f7030069857d2e4169eeg") }
    }

    @Test func upperCaseIsAcceptedUnchecked() throws {
        let a = try Address(
            "0x52908400098527886E0F7030069857D2E4169EE7".uppercased().replacingOccurrences(of: "0X", with: "0x"))
        #expect(a.checksummed == "0x52908400098527886E0F7030069857D2E4169EE7")
    }
}

@Suite("Hex")
struct HexTests {
    @Test func roundTrip() throws {
        #expect(Hex.encode([0x00, 0xab, 0xff]) == "0x00abff")
        #expect(try Hex.decode("0x00ABff") == [0x00, 0xab, 0xff])
        #expect(try Hex.decode("") == [])
        #expect(try Hex.decode("0x") == [])
    }

    @Test func errors() {
        #expect(throws: Hex.DecodingError.oddLength(3)) { try Hex.decode("0xabc") }
        #expect(throws: Hex.DecodingError.invalidCharacter("z", offset: 1)) { try Hex.decode("az") }
    }
}
