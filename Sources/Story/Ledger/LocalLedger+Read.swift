import BigInt
import Ethereum

/// The port's one view requirement: each ``LedgerView`` answered by the matching state read.
extension LocalLedger {
    public func read(_ view: LedgerView) async throws -> LedgerViewResult {
        switch view {
        case .isRegistered(let ipId): return .bool(await isRegistered(ipId))
        case .ipAsset(let ipId): return Self.found(await ipAsset(ipId), LedgerViewResult.ipAsset)
        case .owner(let ipId): return Self.found(await owner(of: ipId), LedgerViewResult.address)
        case .attachedLicenseTerms(let ipId): return .numbers(await attachedLicenseTerms(of: ipId))
        case .licenseTerms(let id): return Self.found(await licenseTerms(id), LedgerViewResult.licenseTerms)
        case .licenseTermsId(let terms): return Self.found(await licenseTermsId(of: terms), LedgerViewResult.number)
        case .licensingConfig(let ipId, let id):
            return .licensingConfig(await licensingConfig(ipId: ipId, licenseTermsId: id))
        case .parentIpIds(let ipId): return .addresses(await parentIpIds(of: ipId))
        case .ancestorIpIds(let ipId): return .addresses(await ancestorIpIds(of: ipId))
        case .derivativeIpIds(let ipId): return .addresses(await derivativeIpIds(of: ipId))
        case .licenseToken(let id): return Self.found(await licenseToken(id), LedgerViewResult.licenseToken)
        case .royaltyStack(let ipId, let policy): return .number(BigUInt(await royaltyStack(of: ipId, policy: policy)))
        case .royaltyVault(let ipId): return Self.found(await royaltyVault(of: ipId), LedgerViewResult.address)
        case .balance(let account, let token): return .number(await balance(of: account, token: token))
        case .claimableRevenue(let ipId, let claimer, let token):
            return .number(await claimableRevenue(ipId: ipId, claimer: claimer, token: token))
        case .pendingRoyalty(let policy, let ipId, let ancestor, let token):
            return .number(await pendingRoyalty(policy: policy, ipId: ipId, ancestorIpId: ancestor, token: token))
        case .dispute(let id): return Self.found(await dispute(id), LedgerViewResult.dispute)
        case .isIpTagged(let ipId): return .bool(await isIpTagged(ipId))
        case .groupMembers(let groupId): return .addresses(await groupMembers(of: groupId))
        case .claimableReward(let groupId, let token, let ipIds):
            return .numbers(await claimableReward(groupIpId: groupId, token: token, ipIds: ipIds))
        case .getPermission(let account, let signer, let to, let function):
            return .permission(await getPermission(ipAccount: account, signer: signer, to: to, function: function))
        case .checkPermission(let account, let signer, let to, let function):
            // Allowed: nothing to return. Refused: the StoryError propagates, as eth_call's revert would.
            try await checkPermission(ipAccount: account, signer: signer, to: to, function: function)
            return .none
        case .blockNumber: return .number(BigUInt(await blockNumber()))
        }
    }

    /// `.notFound` for nil, the value's shape otherwise.
    private static func found<Value>(_ value: Value?, _ shape: (Value) -> LedgerViewResult) -> LedgerViewResult {
        value.map(shape) ?? .notFound
    }
}
