import BigInt
import Ethereum
import Foundation
import TestVectors
import Testing

/// The Solidity specification's worked examples and ethereum/tests ABITests, from ../shared/vectors/abi.
@Suite("ABI vectors")
struct ABIVectorTests {
    /// Builds an ABIValue from the vectors' JSON: integers as decimal strings or numbers, byte
    /// values as `{bytes_hex}` or (ethereum-tests) ASCII strings, tuples and arrays as arrays.
    static func value(_ json: Any, as type: ABIType) throws -> ABIValue {
        switch type {
        case .uint:
            if let s = json as? String { return .uint(try #require(BigUInt(s))) }
            return .uint(BigUInt(try #require(json as? Int)))
        case .int:
            if let s = json as? String { return .int(try #require(BigInt(s))) }
            return .int(BigInt(try #require(json as? Int)))
        case .address:
            return .address(try Address(ignoringChecksum: try #require(json as? String)))
        case .bool:
            return .bool(try #require(json as? Bool))
        case .fixedBytes, .bytes:
            let bytes: [UInt8]
            if let object = json as? [String: Any] {
                bytes = try [UInt8](hex: try #require(object["bytes_hex"] as? String))
            } else {
                bytes = Array(try #require(json as? String).utf8)
            }
            if case .fixedBytes = type { return .fixedBytes(bytes) }
            return .bytes(bytes)
        case .string:
            return .string(try #require(json as? String))
        case .array(let element), .fixedArray(let element, _):
            return .array(try #require(json as? [Any]).map { try value($0, as: element) })
        case .tuple(let components):
            let items = try #require(json as? [Any])
            return .tuple(try zip(items, components).map { try value($0, as: $1) })
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func specificationExamples() throws {
        let root = try #require(try Vectors.json("abi/abi_spec_examples.json") as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        #expect(cases.count == 5)
        for c in cases {
            let id = c["id"] as? String ?? "?"
            let function = try ABIFunction(try #require(c["function_signature"] as? String))
            let types = try #require(c["types"] as? [String]).map { try ABIType($0) }
            #expect(types == function.types, "\(id)")
            let values = try zip(try #require(c["values"] as? [Any]), types).map { try Self.value($0, as: $1) }
            #expect(Hex.encode(function.selector) == c["selector"] as? String, "\(id)")
            let encoded = try ABI.encode(values, as: types)
            #expect(Hex.encode(encoded) == c["encoded_args"] as? String, "\(id)")
            let calldata = try function.encodeCall(values)
            #expect(Hex.encode(calldata) == c["calldata"] as? String, "\(id)")
            // Decoding the expected bytes gives the values back.
            #expect(try function.decodeCall(calldata) == values, "\(id)")
            #expect(try ABI.decode(types, from: encoded) == values, "\(id)")
        }
    }

    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func ethereumTestsBasicABI() throws {
        let root = try #require(try Vectors.json("abi/ethereum-tests_basic_abi_tests.json") as? [String: [String: Any]])
        #expect(root.count == 3)
        for (name, c) in root {
            let types = try #require(c["types"] as? [String]).map { try ABIType($0) }
            let values = try zip(try #require(c["args"] as? [Any]), types).map { try Self.value($0, as: $1) }
            let expected = try #require(c["result"] as? String)
            let encoded = try ABI.encode(values, as: types)
            #expect(Hex.encode(encoded, prefix: false) == expected, "\(name)")
            #expect(try ABI.decode(types, from: try [UInt8](hex: expected)) == values, "\(name)")
        }
    }
}
