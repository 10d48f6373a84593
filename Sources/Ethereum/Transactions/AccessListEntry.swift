/// One EIP-2930 access-list entry: an address and the storage slots the transaction will touch.
public struct AccessListEntry: Hashable, Sendable {
    public var address: Address
    /// 32-byte storage keys.
    public var storageKeys: [[UInt8]]

    /// Precondition: every storage key is 32 bytes.
    public init(address: Address, storageKeys: [[UInt8]] = []) {
        precondition(storageKeys.allSatisfy { $0.count == 32 }, "a storage key is 32 bytes")
        self.address = address
        self.storageKeys = storageKeys
    }

    /// `[address, [storageKey, …]]`.
    var rlp: RLP {
        .list([.bytes(address.bytes), .list(storageKeys.map { .bytes($0) })])
    }

    init(rlp: RLP) throws(TransactionError) {
        guard let pair = rlp.listValue, pair.count == 2 else { throw .invalidAccessList }
        guard let addressBytes = pair[0].bytesValue, let address = Address(bytes: addressBytes),
            let keys = pair[1].listValue
        else { throw .invalidAccessList }
        var storageKeys: [[UInt8]] = []
        for key in keys {
            guard let bytes = key.bytesValue, bytes.count == 32 else { throw .invalidAccessList }
            storageKeys.append(bytes)
        }
        self.address = address
        self.storageKeys = storageKeys
    }
}
