import BigInt
import Ethereum
import Foundation
import TestVectors
import Testing

@Suite("RLP")
struct RLPTests {
    /// The vectors' input notation: strings are bytes, "#…" strings big integers, numbers
    /// integers, arrays lists.
    private static func item(_ json: Any) throws -> RLP {
        switch json {
        case let string as String where string.hasPrefix("#"):
            return .uint(try #require(BigUInt(String(string.dropFirst()), radix: 10)))
        case let string as String:
            return .string(string)
        case let number as NSNumber:
            return .uint(number.uint64Value)
        case let array as [Any]:
            return .list(try array.map(item))
        default:
            throw VectorError.unknownInput("\(json)")
        }
    }

    private enum VectorError: Error { case unknownInput(String) }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func validVectorsEncodeAndDecode() throws {
        let cases = try #require(try Vectors.json("rlp/rlptest.json") as? [String: [String: Any]])
        #expect(cases.count == 28)
        for (name, entry) in cases {
            let item = try Self.item(try #require(entry["in"]))
            let expected = try Hex.decode(try #require(entry["out"] as? String))
            #expect(item.encoded() == expected, "\(name)")
            #expect(try RLP.decode(expected) == item, "\(name)")
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func invalidVectorsAreRejected() throws {
        let cases = try #require(try Vectors.json("rlp/invalidRLPTest.json") as? [String: [String: Any]])
        #expect(cases.count == 26)
        #expect(Set(cases.keys) == Set(Self.invalidReasons.keys))
        for (name, entry) in cases {
            let bytes = try Hex.decode(try #require(entry["out"] as? String))
            let reason = try #require(Self.invalidReasons[name])
            #expect(throws: reason, "\(name)") { try RLP.decode(bytes) }
        }
    }

    private static let invalidReasons: [String: RLPError] = [
        "bytesShouldBeSingleByte00": .nonCanonicalSingleByte,
        "bytesShouldBeSingleByte01": .nonCanonicalSingleByte,
        "bytesShouldBeSingleByte7F": .nonCanonicalSingleByte,
        "emptyEncoding": .empty,
        "incorrectLengthInArray": .leadingZeroInLength,
        "int32Overflow": .truncated,
        "int32Overflow2": .truncated,
        "leadingZerosInLongLengthArray1": .leadingZeroInLength,
        "leadingZerosInLongLengthArray2": .leadingZeroInLength,
        "leadingZerosInLongLengthList1": .leadingZeroInLength,
        "leadingZerosInLongLengthList2": .leadingZeroInLength,
        "lessThanLongLengthArray1": .truncated,
        "lessThanLongLengthArray2": .truncated,
        "lessThanLongLengthList1": .truncated,
        "lessThanLongLengthList2": .lengthTooLarge,
        "lessThanShortLengthArray1": .truncated,
        "lessThanShortLengthArray2": .truncated,
        "lessThanShortLengthList1": .truncated,
        "lessThanShortLengthList2": .truncated,
        "nonOptimalLongLengthArray1": .nonCanonicalLength,
        "nonOptimalLongLengthArray2": .nonCanonicalLength,
        "nonOptimalLongLengthList1": .nonCanonicalLength,
        "nonOptimalLongLengthList2": .nonCanonicalLength,
        "randomRLP": .leadingZeroInLength,
        "wrongSizeList": .nonCanonicalLength,
        "wrongSizeList2": .nonCanonicalLength,
    ]

    @Test func strictDecodingReasons() throws {
        #expect(throws: RLPError.empty) { try RLP.decode([]) }
        #expect(throws: RLPError.nonCanonicalSingleByte) { try RLP.decode([0x81, 0x7f]) }
        #expect(throws: RLPError.leadingZeroInLength) { try RLP.decode([0xb8, 0x00]) }
        #expect(throws: RLPError.leadingZeroInLength) { try RLP.decode([0xf8, 0x00]) }
        #expect(throws: RLPError.nonCanonicalLength) { try RLP.decode([0xb8, 0x01, 0xff]) }
        #expect(throws: RLPError.nonCanonicalLength) { try RLP.decode([0xf8, 0x03, 0x11, 0x22, 0x33]) }
        #expect(throws: RLPError.truncated) { try RLP.decode([0x83, 0x61, 0x62]) }
        #expect(throws: RLPError.truncated) { try RLP.decode([0xc5, 0x01, 0x02, 0x03]) }
        #expect(throws: RLPError.trailingBytes(1)) { try RLP.decode([0x01, 0x02]) }
        #expect(throws: RLPError.lengthTooLarge) { try RLP.decode([0xbf] + [UInt8](repeating: 0xff, count: 8)) }
        // A list whose last item overruns the list's declared length.
        #expect(throws: RLPError.truncated) { try RLP.decode([0xc2, 0x82, 0x61, 0x62]) }
        let deep = [UInt8](repeating: 0xc1, count: RLP.maxDepth + 1) + [0xc0]
        #expect(throws: RLPError.tooDeep) { try RLP.decode(deep) }
    }

    @Test func integers() throws {
        #expect(RLP.uint(UInt64(0)).encoded() == [0x80])
        #expect(RLP.uint(BigUInt(0)).encoded() == [0x80])
        #expect(RLP.uint(UInt64(0x0400)).encoded() == [0x82, 0x04, 0x00])
        #expect(try RLP.bytes([0x04, 0x00]).uint64Value() == 0x0400)
        #expect(try RLP.bytes([]).uintValue() == 0)
        #expect(throws: RLPError.leadingZeroInInteger) { try RLP.bytes([0x00]).uintValue() }
        #expect(throws: RLPError.leadingZeroInInteger) { try RLP.bytes([0x00, 0x01]).uint64Value() }
        #expect(throws: RLPError.integerTooLarge(maxBytes: 32)) {
            try RLP.bytes([UInt8](repeating: 1, count: 33)).uintValue()
        }
        #expect(throws: RLPError.integerTooLarge(maxBytes: 8)) {
            try RLP.bytes([UInt8](repeating: 1, count: 9)).uint64Value()
        }
        #expect(throws: RLPError.expectedBytes) { try RLP.list([]).uintValue() }
    }

    @Test func longPayloadsRoundTrip() throws {
        let long = RLP.bytes([UInt8](repeating: 0xab, count: 70_000))
        let encoded = long.encoded()
        #expect(Array(encoded.prefix(4)) == [0xba, 0x01, 0x11, 0x70])
        #expect(try RLP.decode(encoded) == long)
        let list = RLP.list((0..<100).map { .uint(UInt64($0)) })
        #expect(try RLP.decode(list.encoded()) == list)
    }
}
