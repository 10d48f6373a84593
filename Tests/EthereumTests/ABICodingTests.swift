import BigInt
import Ethereum
import Testing

@Suite("ABI encoding and strict decoding")
struct ABICodingTests {
    private let word1 = [UInt8](repeating: 0, count: 31) + [1]

    @Test func integerWidthsAndSigns() throws {
        #expect(try ABI.encode(.int(-1), as: .int(8)) == [UInt8](repeating: 0xff, count: 32))
        #expect(try ABI.decode(.int(16), from: [UInt8](repeating: 0xff, count: 30) + [0x80, 0x00]) == .int(-32768))
        #expect(throws: ABIError.integerOutOfRange(.uint(8))) { try ABI.encode(.uint(256), as: .uint(8)) }
        #expect(throws: ABIError.integerOutOfRange(.int(8))) { try ABI.encode(.int(128), as: .int(8)) }
        let max256 = (BigUInt(1) << 256) - 1
        #expect(try ABI.decode(.uint(256), from: ABI.encode(.uint(max256), as: .uint(256))) == .uint(max256))
        let min256 = -(BigInt(1) << 255)
        #expect(try ABI.decode(.int(256), from: ABI.encode(.int(min256), as: .int(256))) == .int(min256))
    }

    @Test func roundTripsNestedDynamicValues() throws {
        let type = try ABIType("(address,uint256[],bytes32)[2]")
        let a = try Address("0x52908400098527886E0F7030069857D2E4169EE7")
        let value = ABIValue.array([
            .tuple([.address(a), .array([.uint(1), .uint(2)]), .fixedBytes([UInt8](repeating: 7, count: 32))]),
            .tuple([.address(.zero), .array([]), .fixedBytes([UInt8](repeating: 0, count: 32))]),
        ])
        let types: [ABIType] = [.string, type, .bytes, .array(.string)]
        let values: [ABIValue] = [.string("héllo"), value, .bytes([1, 2, 3]), .array([.string(""), .string("x")])]
        let encoded = try ABI.encode(values, as: types)
        #expect(encoded.count % 32 == 0)
        #expect(try ABI.decode(types, from: encoded) == values)
    }

    @Test func rejectsDirtyPadding() throws {
        var address = try ABI.encode(.address(.zero), as: .address)
        address[0] = 1
        #expect(throws: ABIError.dirtyPadding(type: .address, offset: 0)) { try ABI.decode(.address, from: address) }
        var bool = word1
        bool[31] = 2
        #expect(throws: ABIError.dirtyPadding(type: .bool, offset: 0)) { try ABI.decode(.bool, from: bool) }
        var small = word1
        small[30] = 1
        #expect(throws: ABIError.dirtyPadding(type: .uint(8), offset: 0)) { try ABI.decode(.uint(8), from: small) }
        var bytes4 = [UInt8](repeating: 0, count: 32)
        bytes4[4] = 9
        #expect(throws: ABIError.dirtyPadding(type: .fixedBytes(4), offset: 0)) {
            try ABI.decode(.fixedBytes(4), from: bytes4)
        }
        // int8 −1 must be sign-extended over the whole word.
        #expect(throws: ABIError.dirtyPadding(type: .int(8), offset: 0)) {
            try ABI.decode(.int(8), from: [UInt8](repeating: 0, count: 31) + [0xff])
        }
        // Non-zero bytes after a string's contents.
        var string = try ABI.encode(.string("ab"), as: .string)
        string[64 + 5] = 1
        #expect(throws: ABIError.dirtyPadding(type: .string, offset: 66)) { try ABI.decode(.string, from: string) }
    }

    @Test func rejectsHostileOffsetsAndLengths() throws {
        let good = try ABI.encode(.bytes([1, 2, 3]), as: .bytes)
        // Offset pointing past the end.
        var farOffset = good
        farOffset[31] = 0xff
        #expect(throws: ABIError.self) { try ABI.decode(.bytes, from: farOffset) }
        // Offset pointing back into the head.
        var backwards = good
        backwards[31] = 0
        #expect(throws: ABIError.invalidOffset(offset: 0, value: "0")) { try ABI.decode(.bytes, from: backwards) }
        // A length larger than the data.
        var longLength = good
        longLength[63] = 200
        #expect(throws: ABIError.invalidLength(offset: 32, value: "200")) { try ABI.decode(.bytes, from: longLength) }
        // An array length of 2^200 must not allocate.
        var hugeArray = try ABI.encode(.array([]), as: .array(.uint(256)))
        hugeArray[38] = 1
        #expect(throws: ABIError.self) { try ABI.decode(.array(.uint(256)), from: hugeArray) }
        // Truncated head.
        #expect(throws: ABIError.truncated(offset: 0, needed: 64, available: 32)) {
            try ABI.decode([.uint(256), .uint(256)], from: word1)
        }
        // Invalid UTF-8 in a string.
        var invalid = try ABI.encode(.string("ab"), as: .string)
        invalid[64] = 0xff
        #expect(throws: ABIError.invalidUTF8(offset: 32)) { try ABI.decode(.string, from: invalid) }
    }

    @Test func typeMismatchesAreReported() {
        #expect(throws: ABIError.typeMismatch(expected: .uint(256), got: "a string")) {
            try ABI.encode(.string("1"), as: .uint(256))
        }
        #expect(throws: ABIError.wrongFixedBytesLength(expected: 32, got: 3)) {
            try ABI.encode(.fixedBytes([1, 2, 3]), as: .bytes32)
        }
        #expect(throws: ABIError.wrongArrayLength(expected: 2, got: 1)) {
            try ABI.encode(.array([.bool(true)]), as: .fixedArray(.bool, 2))
        }
        #expect(throws: ABIError.countMismatch(expected: 2, got: 1)) {
            try ABI.encode([.bool(true)], as: [.bool, .bool])
        }
    }

    @Test func eventLogsRoundTrip() throws {
        let event = try ABIEvent("Transfer(address indexed from, address indexed to, uint256 value)")
        #expect(Hex.encode(event.topic0) == "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
        let from = try Address("0x52908400098527886E0F7030069857D2E4169EE7")
        let values: [ABIValue] = [.address(from), .address(.zero), .uint(1000)]
        let log = try event.encodeLog(values)
        #expect(log.topics.count == 3)
        #expect(log.topics[1] == [UInt8](repeating: 0, count: 12) + from.bytes)
        #expect(log.data == ABIWordTestHelper.word(1000))
        #expect(try event.decodeLog(topics: log.topics, data: log.data) == values)
        // An indexed string is represented by its hash.
        let named = try ABIEvent("Named(string indexed name, uint8 n)")
        let namedLog = try named.encodeLog([.string("abc"), .uint(1)])
        #expect(namedLog.topics[1] == Keccak256.hash("abc"))
        #expect(
            try named.decodeLog(topics: namedLog.topics, data: namedLog.data) == [
                .fixedBytes(Keccak256.hash("abc")), .uint(1),
            ])
        #expect(throws: ABIError.self) { try event.decodeLog(topics: [log.topics[0]], data: log.data) }
    }
}

enum ABIWordTestHelper {
    static func word(_ n: UInt64) -> [UInt8] {
        (0..<32).map { i in i < 24 ? 0 : UInt8(truncatingIfNeeded: n >> (8 * UInt64(31 - i))) }
    }
}
