import BigInt
import Ethereum
import Testing

import struct Foundation.Data

@Suite("EIP-1559 transactions")
struct TransactionTests {
    private static let key = try! PrivateKey(hex: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")

    private static func sample(to: Address? = try! Address("0x000000000000000000000000000000000000aaaa"))
        -> EIP1559Transaction
    {
        EIP1559Transaction(
            chainId: 1315, nonce: 7, maxPriorityFeePerGas: 1_500_000_000, maxFeePerGas: 30_000_000_000,
            gasLimit: 250_000,
            to: to, value: BigUInt(10).power(18), data: [0xa9, 0x05, 0x9c, 0xbb] + [UInt8](repeating: 1, count: 64),
            accessList: [
                AccessListEntry(
                    address: try! Address("0x000000000000000000000000000000000000bbbb"),
                    storageKeys: [[UInt8](repeating: 0, count: 31) + [1], [UInt8](repeating: 0xff, count: 32)]),
                AccessListEntry(address: try! Address("0x000000000000000000000000000000000000cccc")),
            ])
    }

    @Test func signDecodeRoundTripWithAccessListAndData() throws {
        let signed = Self.sample().signed(with: Self.key)
        let decoded = try SignedEIP1559Transaction(raw: signed.rawTransaction)
        #expect(decoded == signed)
        #expect(decoded.transaction.accessList.count == 2)
        #expect(try decoded.sender() == Self.key.address)
        #expect(decoded.hash == signed.hash)
    }

    @Test func contractCreationHasEmptyRecipient() throws {
        let signed = Self.sample(to: nil).signed(with: Self.key)
        let decoded = try SignedEIP1559Transaction(raw: signed.rawTransaction)
        #expect(decoded.transaction.to == nil)
        #expect(try decoded.sender() == Self.key.address)
    }

    @Test func statelessRules() throws {
        var tx = Self.sample()
        try tx.validate()
        tx.maxPriorityFeePerGas = tx.maxFeePerGas + 1
        #expect(throws: TransactionError.priorityFeeAboveMaxFee) { try tx.validate() }
        tx = Self.sample()
        tx.gasLimit = 2
        tx.maxFeePerGas = BigUInt(1) << 255
        #expect(throws: TransactionError.gasCostOverflow) { try tx.validate() }
        tx.gasLimit = 1
        try tx.validate()
    }

    @Test func malformedRawTransactions() throws {
        let raw = Self.sample().signed(with: Self.key).rawTransaction
        #expect(throws: TransactionError.unsupportedType(nil)) { try SignedEIP1559Transaction(raw: []) }
        #expect(throws: TransactionError.unsupportedType(0x01)) {
            try SignedEIP1559Transaction(raw: [0x01] + raw.dropFirst())
        }
        #expect(throws: TransactionError.rlp(.trailingBytes(1))) { try SignedEIP1559Transaction(raw: raw + [0]) }
        #expect(throws: TransactionError.rlp(.expectedList)) { try SignedEIP1559Transaction(raw: [0x02, 0x80]) }
        #expect(throws: TransactionError.wrongFieldCount(0)) { try SignedEIP1559Transaction(raw: [0x02, 0xc0]) }

        // Re-encode the decoded fields with one field replaced.
        let fields = try #require(try RLP.decode(Array(raw.dropFirst())).listValue)
        func replacing(_ index: Int, with item: RLP) -> [UInt8] {
            var copy = fields
            copy[index] = item
            return [0x02] + RLP.list(copy).encoded()
        }
        #expect(throws: TransactionError.invalidInteger(field: "nonce", .integerTooLarge(maxBytes: 8))) {
            try SignedEIP1559Transaction(raw: replacing(1, with: .bytes([UInt8](repeating: 1, count: 9))))
        }
        #expect(throws: TransactionError.invalidInteger(field: "chainId", .leadingZeroInInteger)) {
            try SignedEIP1559Transaction(raw: replacing(0, with: .bytes([0, 1])))
        }
        #expect(throws: TransactionError.invalidRecipient) {
            try SignedEIP1559Transaction(raw: replacing(5, with: .bytes([1, 2, 3])))
        }
        #expect(throws: TransactionError.invalidData) {
            try SignedEIP1559Transaction(raw: replacing(7, with: .list([])))
        }
        #expect(throws: TransactionError.invalidAccessList) {
            try SignedEIP1559Transaction(raw: replacing(8, with: .list([.list([.bytes([1])])])))
        }
        #expect(throws: TransactionError.invalidSignature(.invalidRecoveryByte(2))) {
            try SignedEIP1559Transaction(raw: replacing(9, with: .uint(UInt64(2))))
        }
        #expect(throws: TransactionError.invalidSignature(.rOutOfRange)) {
            try SignedEIP1559Transaction(raw: replacing(10, with: .bytes([])))
        }
        // The high-s twin of a valid signature (EIP-2).
        let s = BigUInt(Data(try #require(fields[11].bytesValue)))
        let n = BigUInt("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", radix: 16)!
        #expect(throws: TransactionError.invalidSignature(.highS)) {
            try SignedEIP1559Transaction(raw: replacing(11, with: .uint(n - s)))
        }
    }

    @Test func errorsReadWell() {
        #expect(TransactionError.gasCostOverflow.description.contains("256 bits"))
        #expect(
            TransactionError.invalidInteger(field: "nonce", .leadingZeroInInteger).description
                == "the transaction's nonce is invalid: an RLP integer has a leading zero byte")
    }
}
