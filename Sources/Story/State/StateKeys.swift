import BigInt
import Ethereum

// Composite keys of the ledger's tables. They hash their addresses' bytes in one call rather than
// byte by byte (Address's synthesized hashing), which matters on every table access.

extension Hasher {
    mutating func combine(address: Address) { address.bytes.withUnsafeBytes { combine(bytes: $0) } }
}

struct TokenAccount: Hashable {
    let token: Address
    let account: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: token)
        hasher.combine(address: account)
    }
}

struct NFTKey: Hashable {
    let contract: Address
    let tokenId: BigUInt

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: contract)
        hasher.combine(tokenId)
    }
}

struct IPTerms: Hashable {
    let ipId: Address
    let termsId: UInt64

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: ipId)
        hasher.combine(termsId)
    }
}

struct IPPair: Hashable {
    let ipId: Address
    let other: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: ipId)
        hasher.combine(address: other)
    }
}

struct IPToken: Hashable {
    let ipId: Address
    let token: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: ipId)
        hasher.combine(address: token)
    }
}

struct PolicyIP: Hashable {
    let policy: Address
    let ipId: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: policy)
        hasher.combine(address: ipId)
    }
}

struct PolicyPair: Hashable {
    let policy: Address
    let ipId: Address
    let ancestor: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: policy)
        hasher.combine(address: ipId)
        hasher.combine(address: ancestor)
    }
}

struct PolicyPairToken: Hashable {
    let policy: Address
    let ipId: Address
    let ancestor: Address
    let token: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: policy)
        hasher.combine(address: ipId)
        hasher.combine(address: ancestor)
        hasher.combine(address: token)
    }
}

struct IPTokenPolicy: Hashable {
    let ipId: Address
    let token: Address
    let policy: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: ipId)
        hasher.combine(address: token)
        hasher.combine(address: policy)
    }
}

struct VaultHolderToken: Hashable {
    let vault: Address
    let holder: Address
    let token: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: vault)
        hasher.combine(address: holder)
        hasher.combine(address: token)
    }
}

struct ApprovalKey: Hashable {
    let termsId: UInt64
    let parentIpId: Address
    let childIpId: Address

    func hash(into hasher: inout Hasher) {
        hasher.combine(termsId)
        hasher.combine(address: parentIpId)
        hasher.combine(address: childIpId)
    }
}

struct PermissionKey: Hashable {
    let owner: Address
    let ipAccount: Address
    let signer: Address
    let to: Address
    let function: FunctionSelector

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: owner)
        hasher.combine(address: ipAccount)
        hasher.combine(address: signer)
        hasher.combine(address: to)
        hasher.combine(function)
    }
}

struct DisputePropagation: Hashable {
    let ipId: Address
    let disputeId: UInt64

    func hash(into hasher: inout Hasher) {
        hasher.combine(address: ipId)
        hasher.combine(disputeId)
    }
}
