import BigInt
import Ethereum

// Composite keys of the ledger's tables (their hashing is synthesized; `Address` hashes its
// bytes in one call).

struct TokenAccount: Hashable {
    let token: Address
    let account: Address
}

struct NFTKey: Hashable {
    let contract: Address
    let tokenId: BigUInt
}

struct IPTerms: Hashable {
    let ipId: Address
    let termsId: UInt64
}

struct IPPair: Hashable {
    let ipId: Address
    let other: Address
}

struct IPToken: Hashable {
    let ipId: Address
    let token: Address
}

struct PolicyIP: Hashable {
    let policy: Address
    let ipId: Address
}

struct PolicyPair: Hashable {
    let policy: Address
    let ipId: Address
    let ancestor: Address
}

struct PolicyPairToken: Hashable {
    let policy: Address
    let ipId: Address
    let ancestor: Address
    let token: Address
}

struct IPTokenPolicy: Hashable {
    let ipId: Address
    let token: Address
    let policy: Address
}

struct VaultHolderToken: Hashable {
    let vault: Address
    let holder: Address
    let token: Address
}

struct ApprovalKey: Hashable {
    let termsId: UInt64
    let parentIpId: Address
    let childIpId: Address
}

struct PermissionKey: Hashable {
    let owner: Address
    let ipAccount: Address
    let signer: Address
    let to: Address
    let function: FunctionSelector
}

struct DisputePropagation: Hashable {
    let ipId: Address
    let disputeId: UInt64
}
