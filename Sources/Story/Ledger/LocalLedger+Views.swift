import BigInt
import Ethereum

/// Reads of the current state: what ``read(_:)`` answers each ``LedgerView`` with.
///
/// They shadow the port's typed views (`IPLedger`'s extension) for callers holding a `LocalLedger`,
/// and, unlike those, cannot throw (the state is in memory): the ledger's own tests and benchmarks
/// read it without `try`. They are `async` so that they, not the extension's `async throws`
/// namesakes, win overload resolution in asynchronous code.
extension LocalLedger {
    public func isRegistered(_ ipId: Address) async -> Bool { machine.isRegistered(ipId) }

    public func ipAsset(_ ipId: Address) async -> IPAsset? {
        guard let record = machine.state.ips[ipId] else { return nil }
        let metadata = machine.state.metadata[ipId] ?? MetadataRecord()
        return IPAsset(
            ipId: ipId, chainId: record.chainId, tokenContract: record.tokenContract, tokenId: record.tokenId,
            owner: machine.owner(of: ipId) ?? .zero, name: record.name, uri: record.uri,
            registrationDate: record.registrationDate, metadataURI: metadata.metadataURI,
            metadataHash: metadata.metadataHash, nftTokenURI: metadata.nftTokenURI,
            nftMetadataHash: metadata.nftMetadataHash,
            isGroup: record.isGroup, licenseTermsIds: machine.attachedTermsIds(of: ipId).map { BigUInt($0) },
            parentIpIds: machine.parentIps(of: ipId), royaltyVault: machine.royaltyVault(of: ipId),
            expirationTime: machine.expireTime(of: ipId), isTagged: machine.isTagged(ipId))
    }

    public func owner(of ipId: Address) async -> Address? { machine.owner(of: ipId) }

    public func attachedLicenseTerms(of ipId: Address) async -> [BigUInt] {
        machine.attachedTermsIds(of: ipId).map { BigUInt($0) }
    }

    public func licenseTerms(_ licenseTermsId: BigUInt) async -> PILTerms? {
        UInt64(exactly: licenseTermsId).flatMap { machine.terms($0) }
    }

    /// getLicenseTermsId hashes the terms as given (the template escapes the uri only when registering).
    public func licenseTermsId(of terms: PILTerms) async -> BigUInt? {
        machine.state.termsIdByValue[terms].map { BigUInt($0) }
    }

    public func licensingConfig(ipId: Address, licenseTermsId: BigUInt) async -> LicensingConfig {
        UInt64(exactly: licenseTermsId).map { machine.licensingConfig(ipId, termsId: $0) } ?? .unset
    }

    public func parentIpIds(of ipId: Address) async -> [Address] { machine.parentIps(of: ipId) }

    public func ancestorIpIds(of ipId: Address) async -> [Address] { machine.ancestors(of: ipId) }

    public func derivativeIpIds(of ipId: Address) async -> [Address] { machine.childIps(of: ipId) }

    public func royaltyStack(of ipId: Address, policy: Address) async -> UInt32 {
        machine.policyStack(policy, ipId)
    }

    public func royaltyVault(of ipId: Address) async -> Address? { machine.royaltyVault(of: ipId) }

    public func balance(of account: Address, token: Address) async -> BigUInt {
        machine.balance(of: account, token: token)
    }

    public func claimableRevenue(ipId: Address, claimer: Address, token: Address) async -> BigUInt {
        guard let vault = machine.royaltyVault(of: ipId) else { return 0 }
        return machine.claimableRevenue(vault: vault, claimer: claimer, token: token)
    }

    /// Simulates transferToVault (rolled back) and reports the amount; 0 when it would revert.
    public func pendingRoyalty(
        policy: Address, ipId: Address, ancestorIpId: Address, token: Address
    ) async -> BigUInt {
        machine.simulate(at: chain.block.timestamp) { () throws(StoryError) in
            try machine.transferToVault(policy: policy, ipId: ipId, ancestor: ancestorIpId, token: token)
        } ?? 0
    }

    public func dispute(_ disputeId: BigUInt) async -> Dispute? {
        guard let id = UInt64(exactly: disputeId), let d = machine.state.disputes[id] else { return nil }
        return Dispute(
            id: disputeId, targetIpId: d.targetIpId, initiator: d.initiator, timestamp: d.timestamp,
            arbitrationPolicy: d.arbitrationPolicy, evidenceHash: d.evidenceHash, targetTag: d.targetTag,
            currentTag: d.currentTag, infringerDisputeId: BigUInt(d.infringerDisputeId),
            liveness: d.liveness, bond: d.bond)
    }

    public func isIpTagged(_ ipId: Address) async -> Bool { machine.isTagged(ipId) }

    public func groupMembers(of groupIpId: Address) async -> [Address] { machine.groupMembers(of: groupIpId) }

    public func claimableReward(groupIpId: Address, token: Address, ipIds: [Address]) async -> [BigUInt] {
        if machine.isTagged(groupIpId) { return ipIds.map { _ in 0 } }
        return machine.availableRewards(groupId: groupIpId, token: token, ipIds: ipIds)
    }

    public func getPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) async -> AccessPermission {
        machine.permission(
            owner: machine.owner(of: ipAccount) ?? .zero, ipAccount: ipAccount, signer: signer, to: to,
            function: function)
    }

    public func checkPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) async throws {
        try machine.checkPermission(ipAccount: ipAccount, signer: signer, to: to, function: function)
    }

    public func licenseToken(_ tokenId: BigUInt) async -> LicenseTokenInfo? {
        guard let id = UInt64(exactly: tokenId), let record = machine.state.licenseTokens[id],
            let owner = machine.ownerOf(nft: deployment.licenseToken, tokenId: tokenId)
        else { return nil }
        return LicenseTokenInfo(
            tokenId: tokenId, owner: owner, licensorIpId: record.licensorIpId,
            licenseTermsId: BigUInt(record.licenseTermsId), transferable: record.transferable,
            commercialRevShare: record.commercialRevShare)
    }

    public func blockNumber() async -> UInt64 { chain.block.number }

    /// Total of `token` held by every account (for conservation checks): equals what the faucet minted.
    public func totalHoldings(token: Address) -> BigUInt {
        machine.state.balances.storage.reduce(BigUInt(0)) { $0 + ($1.key.token == token ? $1.value : 0) }
    }
}
