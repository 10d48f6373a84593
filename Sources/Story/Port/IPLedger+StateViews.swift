import BigInt
import Ethereum

// MARK: Views of royalties, tokens, disputes, groups and permissions (each one ``LedgerView``)

extension IPLedger {
    /// getPolicyRoyaltyStack of LAP or LRP (100 % = 100_000_000).
    public func royaltyStack(of ipId: Address, policy: Address) async throws -> UInt32 {
        try await read(.royaltyStack(ipId: ipId, policy: policy)) { $0.numberValue.flatMap { UInt32(exactly: $0) } }
    }

    /// RoyaltyModule.ipRoyaltyVaults; nil until the IP has a vault.
    public func royaltyVault(of ipId: Address) async throws -> Address? {
        try await readIfFound(.royaltyVault(ipId: ipId), \.addressValue)
    }

    /// ERC-20 balanceOf.
    public func balance(of account: Address, token: Address) async throws -> BigUInt {
        try await read(.balance(account: account, token: token), \.numberValue)
    }

    /// IpRoyaltyVault.claimableRevenue of the IP's vault (0 while the IP is tagged).
    public func claimableRevenue(ipId: Address, claimer: Address, token: Address) async throws -> BigUInt {
        try await read(.claimableRevenue(ipId: ipId, claimer: claimer, token: token), \.numberValue)
    }

    /// What `transferToVault(policy, ipId, ancestorIpId, token)` would move now.
    public func pendingRoyalty(
        policy: Address, ipId: Address, ancestorIpId: Address, token: Address
    ) async throws -> BigUInt {
        try await read(
            .pendingRoyalty(policy: policy, ipId: ipId, ancestorIpId: ancestorIpId, token: token), \.numberValue)
    }

    /// DisputeModule.disputes(id) with the bond; nil for an unknown id.
    public func dispute(_ disputeId: BigUInt) async throws -> Dispute? {
        try await readIfFound(.dispute(disputeId: disputeId), \.disputeValue)
    }

    /// DisputeModule.isIpTagged: true while an upheld dispute tag is on the IP.
    public func isIpTagged(_ ipId: Address) async throws -> Bool {
        try await read(.isIpTagged(ipId: ipId), \.boolValue)
    }

    /// The group's members.
    public func groupMembers(of groupIpId: Address) async throws -> [Address] {
        try await read(.groupMembers(groupIpId: groupIpId), \.addressesValue)
    }

    /// GroupingModule.getClaimableReward.
    public func claimableReward(groupIpId: Address, token: Address, ipIds: [Address]) async throws -> [BigUInt] {
        try await read(.claimableReward(groupIpId: groupIpId, token: token, ipIds: ipIds), \.numbersValue)
    }

    /// AccessController.getPermission.
    public func getPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) async throws -> AccessPermission {
        try await read(
            .getPermission(ipAccount: ipAccount, signer: signer, to: to, function: function), \.permissionValue)
    }

    /// AccessController.checkPermission: returns when allowed, throws the refusal otherwise.
    public func checkPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) async throws {
        try await read(.checkPermission(ipAccount: ipAccount, signer: signer, to: to, function: function)) {
            $0.isNone ? () : nil
        }
    }
}
