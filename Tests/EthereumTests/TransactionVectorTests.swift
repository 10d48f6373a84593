import BigInt
import Ethereum
import Foundation
import TestVectors
import Testing

@Suite("EIP-1559 transactions: vectors")
struct TransactionVectorTests {
    private struct Fixtures: Decodable {
        let authoritative_ethereumjs: Source
        struct Source: Decodable { let cases: [Case] }
        struct Case: Decodable {
            let id: String
            let private_key: String
            let tx: Fields
            let expected: Expected
            let ethereumjs_signedTransactionRLP: String
        }
        struct Fields: Decodable {
            let chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas: String
            let to: String
            let value: String
            let data: String
            let accessList: [AccessEntry]
        }
        struct AccessEntry: Decodable { let address: String; let storageKeys: [String] }
        struct Expected: Decodable {
            let raw_transaction, transaction_hash, signing_hash, unsigned_payload: String
            let v_y_parity: UInt8
            let r, s, sender: String
        }
    }

    private static func transaction(_ f: Fixtures.Fields) throws -> EIP1559Transaction {
        func big(_ decimal: String) throws -> BigUInt { try #require(BigUInt(decimal, radix: 10)) }
        return EIP1559Transaction(
            chainId: try big(f.chainId), nonce: try #require(UInt64(f.nonce)),
            maxPriorityFeePerGas: try big(f.maxPriorityFeePerGas), maxFeePerGas: try big(f.maxFeePerGas),
            gasLimit: try #require(UInt64(f.gas)), to: f.to.isEmpty || f.to == "0x" ? nil : try Address(f.to),
            value: try big(f.value), data: try Hex.decode(f.data),
            accessList: try f.accessList.map {
                AccessListEntry(
                    address: try Address($0.address), storageKeys: try $0.storageKeys.map { try Hex.decode($0) })
            })
    }

    /// Fields + key → unsigned payload, signing hash, RFC 6979 signature, raw transaction and
    /// hash, byte for byte; and the raw form decodes back to the same transaction and sender.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func ethereumjsSigningFixtures() throws {
        let cases = try Vectors.decode(Fixtures.self, from: "transactions/eip1559.json").authoritative_ethereumjs.cases
        #expect(cases.count == 10)
        for c in cases {
            let tx = try Self.transaction(c.tx)
            #expect(Hex.encode(tx.signingPayload) == c.expected.unsigned_payload, "\(c.id)")
            #expect(Hex.encode(tx.signingHash) == c.expected.signing_hash, "\(c.id)")
            let signed = tx.signed(with: try PrivateKey(hex: c.private_key))
            #expect(Hex.encode(signed.signature.r) == c.expected.r, "\(c.id)")
            #expect(Hex.encode(signed.signature.s) == c.expected.s, "\(c.id)")
            #expect(signed.signature.recoveryId == c.expected.v_y_parity, "\(c.id)")
            #expect(Hex.encode(signed.rawTransaction) == c.expected.raw_transaction, "\(c.id)")
            #expect(Hex.encode(signed.hash) == c.expected.transaction_hash, "\(c.id)")

            let decoded = try SignedEIP1559Transaction(raw: try Hex.decode(c.expected.raw_transaction))
            #expect(decoded == signed, "\(c.id)")
            #expect(try decoded.sender() == Address(c.expected.sender), "\(c.id)")
            // ethereumjs wraps the typed transaction in one more RLP byte string.
            let wrapped = try RLP.decode(try Hex.decode(c.ethereumjs_signedTransactionRLP))
            #expect(wrapped.bytesValue == signed.rawTransaction, "\(c.id)")
        }
    }

    /// ethereum/tests TransactionTests/ttEIP1559: each expected exception (for the latest fork,
    /// Cancun) maps to the error Lore's decoder must raise; valid ones give hash and sender.
    @Test(.enabled(if: Vectors.isAvailable, Comment(rawValue: Vectors.skipReason)))
    func ethereumTestsDecoding() throws {
        let directory = Vectors.url("transactions/ethereum-tests-ttEIP1559")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 9)
        var valid = 0
        for file in files.sorted() {
            let json = try #require(try Vectors.json("transactions/ethereum-tests-ttEIP1559/\(file)") as? [String: Any])
            for (name, value) in json {
                let entry = try #require(value as? [String: Any])
                let raw = try Hex.decode(try #require(entry["txbytes"] as? String))
                let results = try #require(entry["result"] as? [String: [String: String]])
                let cancun = try #require(results["Cancun"], "\(name)")
                if let exception = cancun["exception"] {
                    let expected = try #require(Self.expectedErrors[exception], "unmapped \(exception)")
                    #expect(throws: expected, "\(file): \(name)") { try SignedEIP1559Transaction(raw: raw) }
                } else {
                    let signed = try SignedEIP1559Transaction(raw: raw)
                    #expect(Hex.encode(signed.hash) == cancun["hash"], "\(name)")
                    #expect(try signed.sender().lowercased == cancun["sender"], "\(name)")
                    #expect(signed.rawTransaction == raw, "\(name)")
                    valid += 1
                }
            }
        }
        #expect(valid == 1)
    }

    private static let expectedErrors: [String: TransactionError] = [
        "TransactionException.RLP_LEADING_ZEROS_BASEFEE": .invalidInteger(field: "maxFeePerGas", .leadingZeroInInteger),
        "TransactionException.RLP_LEADING_ZEROS_PRIORITY_FEE":
            .invalidInteger(field: "maxPriorityFeePerGas", .leadingZeroInInteger),
        "TransactionException.GASPRICE_OVERFLOW": .invalidInteger(
            field: "maxFeePerGas", .integerTooLarge(maxBytes: 32)),
        "TransactionException.PRIORITY_OVERFLOW":
            .invalidInteger(field: "maxPriorityFeePerGas", .integerTooLarge(maxBytes: 32)),
        "TransactionException.GASLIMIT_PRICE_PRODUCT_OVERFLOW": .gasCostOverflow,
        "TransactionException.PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS_2": .priorityFeeAboveMaxFee,
    ]
}
