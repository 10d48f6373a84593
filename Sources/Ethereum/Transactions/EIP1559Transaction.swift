import BigInt

/// An EIP-1559 (type 2) transaction before signing.
///
/// Encoding (EIP-1559): `0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
/// gasLimit, to, value, data, accessList])` is the signing payload; the signed form appends
/// `yParity, r, s` to the list.
public struct EIP1559Transaction: Hashable, Sendable {
    /// The EIP-2718 type byte.
    public static let type: UInt8 = 0x02

    public var chainId: BigUInt
    /// Bounded to 2⁶⁴ − 1 by EIP-2681.
    public var nonce: UInt64
    /// Wei per gas paid to the block producer on top of the base fee.
    public var maxPriorityFeePerGas: BigUInt
    /// The most wei per gas the sender pays in total.
    public var maxFeePerGas: BigUInt
    public var gasLimit: UInt64
    /// The recipient; nil creates a contract.
    public var to: Address?
    /// Wei transferred.
    public var value: BigUInt
    /// Call data (or init code for a contract creation).
    public var data: [UInt8]
    public var accessList: [AccessListEntry]

    public init(
        chainId: BigUInt, nonce: UInt64, maxPriorityFeePerGas: BigUInt, maxFeePerGas: BigUInt, gasLimit: UInt64,
        to: Address?, value: BigUInt = 0, data: [UInt8] = [], accessList: [AccessListEntry] = []
    ) {
        self.chainId = chainId
        self.nonce = nonce
        self.maxPriorityFeePerGas = maxPriorityFeePerGas
        self.maxFeePerGas = maxFeePerGas
        self.gasLimit = gasLimit
        self.to = to
        self.value = value
        self.data = data
        self.accessList = accessList
    }

    /// The nine unsigned fields, in order.
    var fields: [RLP] {
        [
            .uint(chainId), .uint(nonce), .uint(maxPriorityFeePerGas), .uint(maxFeePerGas), .uint(gasLimit),
            .bytes(to?.bytes ?? []), .uint(value), .bytes(data), .list(accessList.map(\.rlp)),
        ]
    }

    /// `0x02 ‖ rlp(fields)`: the bytes whose hash is signed.
    public var signingPayload: [UInt8] {
        [Self.type] + RLP.list(fields).encoded()
    }

    /// keccak256 of ``signingPayload``.
    public var signingHash: [UInt8] {
        Keccak256.hash(signingPayload)
    }

    /// Signs with `key` (RFC 6979, low-s).
    public func signed(with key: PrivateKey) -> SignedEIP1559Transaction {
        SignedEIP1559Transaction(transaction: self, signature: key.sign(digest: signingHash))
    }

    /// The stateless validity rules a node applies before anything else (ethereum/tests
    /// `ttEIP1559`): the priority fee within the max fee, and gasLimit × maxFeePerGas within
    /// 256 bits. Field widths are enforced by the types and by decoding.
    public func validate() throws(TransactionError) {
        guard maxPriorityFeePerGas <= maxFeePerGas else { throw .priorityFeeAboveMaxFee }
        guard (BigUInt(gasLimit) * maxFeePerGas).bitWidth <= 256 else { throw .gasCostOverflow }
    }
}
