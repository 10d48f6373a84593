import BigInt
import Ethereum

extension LedgerCall {
    /// Reads a journaled transaction back: `to` and `calldata` as `calldata`/``target(in:)`` produced them.
    init(to: Address, calldata: [UInt8], deployment: StoryDeployment) throws(ABIError) {
        guard calldata.count >= 4, let kind = LedgerCallKind.bySelector[Array(calldata.prefix(4))] else {
            throw .selectorMismatch(expected: "a ledger function", got: Hex.encode(calldata.prefix(4)))
        }
        var r = ABIFieldReader(try kind.function.decodeCall(calldata))
        switch kind {
        case .mintAndRegisterIpAndAttachPILTerms:
            let spg = try r.address()
            let recipient = try r.address()
            let metadata = try IPMetadata(abiValue: try r.next())
            var data: [LicenseTermsData] = []
            for item in try r.array() { data.append(try LicenseTermsData(abiValue: item)) }
            self = .mintAndRegisterIpAndAttachPILTerms(
                spgNftContract: spg, recipient: recipient, ipMetadata: metadata,
                licenseTermsData: data, allowDuplicates: try r.bool())
        case .mintAndRegisterIp:
            self = .mintAndRegisterIp(
                spgNftContract: try r.address(), recipient: try r.address(),
                ipMetadata: try IPMetadata(abiValue: try r.next()), allowDuplicates: try r.bool())
        case .mintAndRegisterIpAndMakeDerivative:
            self = .mintAndRegisterIpAndMakeDerivative(
                spgNftContract: try r.address(), derivData: try MakeDerivative(abiValue: try r.next()),
                ipMetadata: try IPMetadata(abiValue: try r.next()), recipient: try r.address(),
                allowDuplicates: try r.bool())
        case .registerLicenseTerms: self = .registerLicenseTerms(try PILTerms(abiValue: try r.next()))
        case .attachLicenseTerms:
            self = .attachLicenseTerms(
                ipId: try r.address(), licenseTemplate: try r.address(), licenseTermsId: try r.uint())
        case .setLicensingConfig:
            self = .setLicensingConfig(
                ipId: try r.address(), licenseTemplate: try r.address(), licenseTermsId: try r.uint(),
                config: try LicensingConfig(abiValue: try r.next()))
        case .mintLicenseTokens:
            self = .mintLicenseTokens(
                licensorIpId: try r.address(), licenseTemplate: try r.address(),
                licenseTermsId: try r.uint(), amount: try r.uint(), receiver: try r.address(),
                royaltyContext: try r.bytes(), maxMintingFee: try r.uint(),
                maxRevenueShare: try r.uint32())
        case .registerDerivative:
            self = .registerDerivative(
                childIpId: try r.address(), parentIpIds: try r.addresses(),
                licenseTermsIds: try r.uints(), licenseTemplate: try r.address(),
                royaltyContext: try r.bytes(), maxMintingFee: try r.uint(), maxRts: try r.uint32(),
                maxRevenueShare: try r.uint32())
        case .registerDerivativeWithLicenseTokens:
            self = .registerDerivativeWithLicenseTokens(
                childIpId: try r.address(), licenseTokenIds: try r.uints(),
                royaltyContext: try r.bytes(), maxRts: try r.uint32())
        case .setApproval:
            self = .setApproval(
                parentIpId: try r.address(), licenseTermsId: try r.uint(), childIpId: try r.address(),
                approved: try r.bool())
        case .payRoyaltyOnBehalf:
            self = .payRoyaltyOnBehalf(
                receiverIpId: try r.address(), payerIpId: try r.address(), token: try r.address(),
                amount: try r.uint())
        case .transferToVault:
            self = .transferToVault(
                policy: to, ipId: try r.address(), ancestorIpId: try r.address(), token: try r.address())
        case .claimAllRevenue:
            self = .claimAllRevenue(
                ancestorIpId: try r.address(), claimer: try r.address(), childIpIds: try r.addresses(),
                royaltyPolicies: try r.addresses(), currencyTokens: try r.addresses())
        case .raiseDispute:
            self = .raiseDispute(
                targetIpId: try r.address(), disputeEvidenceHash: try r.bytes32(),
                targetTag: try r.bytes32(), data: try r.bytes())
        case .setDisputeJudgement:
            self = .setDisputeJudgement(disputeId: try r.uint(), decision: try r.bool(), data: try r.bytes())
        case .cancelDispute: self = .cancelDispute(disputeId: try r.uint(), data: try r.bytes())
        case .resolveDispute: self = .resolveDispute(disputeId: try r.uint(), data: try r.bytes())
        case .tagIfRelatedIpInfringed:
            self = .tagIfRelatedIpInfringed(ipIdToTag: try r.address(), infringerDisputeId: try r.uint())
        case .registerGroup: self = .registerGroup(groupPool: try r.address())
        case .addIp:
            self = .addIp(groupIpId: try r.address(), ipIds: try r.addresses(), maxAllowedRewardShare: try r.uint())
        case .removeIp: self = .removeIp(groupIpId: try r.address(), ipIds: try r.addresses())
        case .collectRoyalties: self = .collectRoyalties(groupId: try r.address(), token: try r.address())
        case .claimReward:
            self = .claimReward(groupId: try r.address(), token: try r.address(), ipIds: try r.addresses())
        case .collectRoyaltiesAndClaimReward:
            self = .collectRoyaltiesAndClaimReward(
                groupIpId: try r.address(), currencyTokens: try r.addresses(),
                memberIpIds: try r.addresses())
        case .setPermission:
            self = .setPermission(
                ipAccount: try r.address(), signer: try r.address(), to: try r.address(),
                function: try r.selector(), permission: try Self.permission(&r))
        case .setAllPermissions:
            self = .setAllPermissions(
                ipAccount: try r.address(), signer: try r.address(), permission: try Self.permission(&r))
        case .setBatchPermissions:
            var entries: [PermissionEntry] = []
            for item in try r.array() { entries.append(try PermissionEntry(abiValue: item)) }
            self = .setBatchPermissions(entries)
        case .transfer: self = .transfer(token: to, to: try r.address(), amount: try r.uint())
        case .faucet: self = .faucet(to: try r.address(), amount: try r.uint())
        case .execute:
            self = .execute(ipAccount: to, to: try r.address(), value: try r.uint(), data: try r.bytes())
        case .safeTransferFrom:
            self = .safeTransferFrom(contract: to, from: try r.address(), to: try r.address(), tokenId: try r.uint())
        }
        guard target(in: deployment) == to else {
            throw .selectorMismatch(expected: "a call to \(target(in: deployment))", got: "a call to \(to)")
        }
    }

    private static func permission(_ r: inout ABIFieldReader) throws(ABIError) -> UInt8 {
        guard let value = UInt8(exactly: try r.uint()) else { throw .integerOutOfRange(.uint(8)) }
        return value
    }
}
