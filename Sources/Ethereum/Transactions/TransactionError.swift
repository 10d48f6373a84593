/// Why bytes are not a valid signed EIP-1559 transaction.
public enum TransactionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The envelope is not RLP in canonical form.
    case rlp(RLPError)
    /// The first byte is not the EIP-1559 type 0x02.
    case unsupportedType(UInt8?)
    /// The payload is not a list of 12 fields.
    case wrongFieldCount(Int)
    /// A field is not a canonical integer of its width (leading zeros, or too long).
    case invalidInteger(field: String, RLPError)
    /// `to` is neither empty (contract creation) nor 20 bytes.
    case invalidRecipient
    case invalidData
    case invalidAccessList
    /// maxPriorityFeePerGas > maxFeePerGas.
    case priorityFeeAboveMaxFee
    /// gasLimit × maxFeePerGas does not fit in 256 bits.
    case gasCostOverflow
    /// yParity, r or s are out of range, or s is high (EIP-2).
    case invalidSignature(SignatureError)

    public var description: String {
        switch self {
        case .rlp(let error): "the transaction is not valid RLP: \(error)"
        case .unsupportedType(let type):
            "not an EIP-1559 transaction (type \(type.map { String($0) } ?? "missing"), expected 2)"
        case .wrongFieldCount(let count): "an EIP-1559 transaction has 12 fields, not \(count)"
        case .invalidInteger(let field, let error): "the transaction's \(field) is invalid: \(error)"
        case .invalidRecipient: "the transaction's recipient is neither empty nor a 20-byte address"
        case .invalidData: "the transaction's data is not a byte string"
        case .invalidAccessList: "the transaction's access list is malformed"
        case .priorityFeeAboveMaxFee: "maxPriorityFeePerGas is greater than maxFeePerGas"
        case .gasCostOverflow: "gasLimit × maxFeePerGas overflows 256 bits"
        case .invalidSignature(let error): "the transaction's signature is invalid: \(error)"
        }
    }
}
