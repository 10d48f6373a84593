import BigInt

/// An EIP-1559 transaction with its signature: what `eth_sendRawTransaction` takes.
public struct SignedEIP1559Transaction: Hashable, Sendable {
    public let transaction: EIP1559Transaction
    /// The signature over ``EIP1559Transaction/signingHash``; its recovery id is the `yParity`.
    public let signature: Signature

    public init(transaction: EIP1559Transaction, signature: Signature) {
        self.transaction = transaction
        self.signature = signature
    }

    /// `0x02 ‖ rlp([…nine fields, yParity, r, s])`, with r and s as minimal integers.
    public var rawTransaction: [UInt8] {
        let signatureFields: [RLP] = [
            .uint(signature.recoveryId), .bytes(Array(signature.r.drop { $0 == 0 })),
            .bytes(Array(signature.s.drop { $0 == 0 })),
        ]
        return [EIP1559Transaction.type] + RLP.list(transaction.fields + signatureFields).encoded()
    }

    /// keccak256 of ``rawTransaction``: the transaction hash.
    public var hash: [UInt8] {
        Keccak256.hash(rawTransaction)
    }

    /// The account that signed the transaction.
    public func sender() throws(SignatureError) -> Address {
        try signature.recoverAddress(digest: transaction.signingHash)
    }

    /// Decodes a raw signed transaction strictly: canonical RLP, canonical integers of the
    /// right widths (uint256; uint64 for nonce and gas limit), a valid low-s signature, and
    /// the stateless rules of ``EIP1559Transaction/validate()``.
    public init(raw: [UInt8]) throws(TransactionError) {
        guard raw.first == EIP1559Transaction.type else { throw .unsupportedType(raw.first) }
        let item: RLP
        do {
            item = try RLP.decode(Array(raw.dropFirst()))
        } catch {
            throw .rlp(error)
        }
        guard let fields = item.listValue else { throw .rlp(.expectedList) }
        guard fields.count == 12 else { throw .wrongFieldCount(fields.count) }

        func uint256(_ index: Int, _ name: String) throws(TransactionError) -> BigUInt {
            do { return try fields[index].uintValue(maxBytes: 32) } catch { throw .invalidInteger(field: name, error) }
        }
        func uint64(_ index: Int, _ name: String) throws(TransactionError) -> UInt64 {
            do { return try fields[index].uint64Value() } catch { throw .invalidInteger(field: name, error) }
        }

        let to: Address?
        switch fields[5].bytesValue?.count {
        case 0: to = nil
        case 20: to = Address(unchecked: fields[5].bytesValue!)
        default: throw .invalidRecipient
        }
        guard let data = fields[7].bytesValue else { throw .invalidData }
        guard let accessListItems = fields[8].listValue else { throw .invalidAccessList }
        var accessList: [AccessListEntry] = []
        for entry in accessListItems { accessList.append(try AccessListEntry(rlp: entry)) }

        let transaction = EIP1559Transaction(
            chainId: try uint256(0, "chainId"), nonce: try uint64(1, "nonce"),
            maxPriorityFeePerGas: try uint256(2, "maxPriorityFeePerGas"), maxFeePerGas: try uint256(3, "maxFeePerGas"),
            gasLimit: try uint64(4, "gasLimit"), to: to, value: try uint256(6, "value"), data: data,
            accessList: accessList)

        let yParity = try uint256(9, "yParity")
        guard yParity <= 1 else { throw .invalidSignature(.invalidRecoveryByte(UInt8(clamping: yParity))) }
        let r = try uint256(10, "r")
        let s = try uint256(11, "s")
        do {
            signature = try Signature(r: Self.bytes32(r), s: Self.bytes32(s), recoveryId: UInt8(yParity))
        } catch {
            throw .invalidSignature(error)
        }
        try transaction.validate()
        self.transaction = transaction
    }

    /// A value below 2²⁵⁶ as 32 big-endian bytes.
    private static func bytes32(_ value: BigUInt) -> [UInt8] {
        let bytes = [UInt8](value.serialize())
        return [UInt8](repeating: 0, count: 32 - bytes.count) + bytes
    }
}
