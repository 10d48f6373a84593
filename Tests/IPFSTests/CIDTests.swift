import Foundation
import Testing

@testable import IPFS

@Suite("CID, multibase, multihash")
struct CIDTests {
    @Test func parsesAndFormatsCIDv1RawBase32() throws {
        let text = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
        let cid = try CID(parsing: text)
        #expect(cid.version == .v1)
        #expect(cid.codec == .raw)
        #expect(cid.multihash.code == 0x12)
        #expect(
            cid.multihash.digest == Array(sha256Hex: "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
        )
        #expect(cid.description == text)
    }

    @Test func parsesCIDv0AndConvertsToV1() throws {
        // `ipfs add` of "hello world" and `ipfs cid base32` of it (kubo test/cli/add_test.go).
        let v0 = try CID(parsing: "Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD")
        #expect(v0.version == .v0)
        #expect(v0.codec == .dagPB)
        #expect(v0.description == "Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD")
        #expect(v0.v1.description == "bafybeihykld7uyxzogax6vgyvag42y7464eywpf55gxi5qpoisibh3c5wa")
        #expect(v0 != v0.v1)
        #expect(v0.v1.v1 == v0.v1)
    }

    @Test func base58btcMultibaseFormOfV1IsTheSameCID() throws {
        let cid = try CID(parsing: "bafybeihykld7uyxzogax6vgyvag42y7464eywpf55gxi5qpoisibh3c5wa")
        let z = cid.string(base: .base58btc)
        #expect(z.hasPrefix("z"))
        #expect(try CID(parsing: z) == cid)
        #expect(try CID(parsing: "B" + cid.description.dropFirst().uppercased()) == cid)
    }

    @Test func binaryRoundTrip() throws {
        for text in [
            "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH",
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
        ] {
            let cid = try CID(parsing: text)
            #expect(try CID(bytes: cid.bytes) == cid)
        }
    }

    @Test func codableAsString() throws {
        let cid = try CID(parsing: "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
        let json = try JSONEncoder().encode(["cid": cid])
        #expect(
            String(decoding: json, as: UTF8.self)
                == #"{"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}"#)
        #expect(try JSONDecoder().decode([String: CID].self, from: json)["cid"] == cid)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: CID].self, from: Data(#"{"cid":"nope"}"#.utf8))
        }
    }

    @Test(arguments: [
        ("", CIDError.empty),
        ("mAXASIA", CIDError.unsupportedMultibase("m")),
        ("bafkrei!", CIDError.invalidEncoding(base: "base32")),
        ("Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyf0", CIDError.invalidEncoding(base: "base58btc")),
        ("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n", CIDError.truncated),
    ])
    func rejectsMalformedCIDs(text: String, expected: CIDError) {
        #expect(throws: expected) { try CID(parsing: text) }
        #expect(CID(text) == nil)
    }

    @Test func rejectsAMultibaseCIDv0() throws {
        // A CIDv0 only exists as bare base58btc; `b` + its multihash bytes is not a CID string.
        let v0 = try CID(parsing: "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH")
        #expect(throws: CIDError.invalidCIDv0) { try CID(parsing: Multibase.base32.encode(v0.bytes)) }
    }

    @Test func rejectsUnknownVersionAndNonMinimalVarints() {
        #expect(throws: CIDError.unsupportedVersion(2)) {
            try CID(bytes: [0x02, 0x55, 0x12, 0x20] + [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: CIDError.nonMinimalVarint) {
            try CID(bytes: [0x81, 0x00, 0x55, 0x12, 0x20] + [UInt8](repeating: 0, count: 32))
        }
        #expect(throws: CIDError.invalidDigestLength(31)) {
            try CID(bytes: [0x01, 0x55, 0x12, 0x1f] + [UInt8](repeating: 0, count: 31))
        }
        #expect(throws: CIDError.trailingBytes) {
            try CID(bytes: [0x01, 0x55, 0x12, 0x20] + [UInt8](repeating: 0, count: 33))
        }
    }

    @Test func varintEncoding() throws {
        for value: UInt64 in [0, 1, 127, 128, 255, 300, 16_383, 16_384, 262_144, 1 << 40, UInt64(Int64.max)] {
            let bytes = Varint.encode(value)
            #expect(bytes.count == Varint.encodedLength(value))
            var index = 0
            #expect(try Varint.read(bytes, at: &index) == value)
            #expect(index == bytes.count)
        }
        #expect(Varint.encode(300) == [0xac, 0x02])
    }

    @Test func base32AndBase58KnownValues() {
        // RFC 4648 §10 (lower case, unpadded) and the base58 "hello world" example.
        #expect(Base32.encode(Array("foobar".utf8)) == "mzxw6ytboi")
        #expect(Base32.decode("mzxw6ytboi") == Array("foobar".utf8))
        #expect(Base32.decode("mzxw6ytbo") == nil)  // 9 symbols leave 5 dangling bits
        #expect(Base58.encode(Array("hello world".utf8)) == "StV1DL6CwTryKyV")
        #expect(Base58.encode([0, 0, 1]) == "112")
        #expect(Base58.decode("112") == [0, 0, 1])
    }
}

extension Array where Element == UInt8 {
    /// Bytes from lower-case hex (test helper).
    init(sha256Hex hex: String) {
        var bytes: [UInt8] = []
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            bytes.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)!)
        }
        self = bytes
    }
}
