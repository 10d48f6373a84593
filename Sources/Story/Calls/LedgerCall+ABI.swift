import BigInt
import Ethereum

extension LedgerCall {
    var kind: LedgerCallKind {
        switch self {
        case .mintAndRegisterIpAndAttachPILTerms: .mintAndRegisterIpAndAttachPILTerms
        case .mintAndRegisterIp: .mintAndRegisterIp
        case .mintAndRegisterIpAndMakeDerivative: .mintAndRegisterIpAndMakeDerivative
        case .registerLicenseTerms: .registerLicenseTerms
        case .attachLicenseTerms: .attachLicenseTerms
        case .setLicensingConfig: .setLicensingConfig
        case .mintLicenseTokens: .mintLicenseTokens
        case .registerDerivative: .registerDerivative
        case .registerDerivativeWithLicenseTokens: .registerDerivativeWithLicenseTokens
        case .setApproval: .setApproval
        case .payRoyaltyOnBehalf: .payRoyaltyOnBehalf
        case .transferToVault: .transferToVault
        case .claimAllRevenue: .claimAllRevenue
        case .raiseDispute: .raiseDispute
        case .setDisputeJudgement: .setDisputeJudgement
        case .cancelDispute: .cancelDispute
        case .resolveDispute: .resolveDispute
        case .tagIfRelatedIpInfringed: .tagIfRelatedIpInfringed
        case .registerGroup: .registerGroup
        case .addIp: .addIp
        case .removeIp: .removeIp
        case .collectRoyalties: .collectRoyalties
        case .claimReward: .claimReward
        case .collectRoyaltiesAndClaimReward: .collectRoyaltiesAndClaimReward
        case .setPermission: .setPermission
        case .setAllPermissions: .setAllPermissions
        case .setBatchPermissions: .setBatchPermissions
        case .transfer: .transfer
        case .faucet: .faucet
        case .execute: .execute
        case .safeTransferFrom: .safeTransferFrom
        }
    }

    /// The contract the call is sent to (the transaction's `to`).
    public func target(in d: StoryDeployment) -> Address {
        switch self {
        case .mintAndRegisterIpAndAttachPILTerms: d.licenseAttachmentWorkflows
        case .mintAndRegisterIp: d.registrationWorkflows
        case .mintAndRegisterIpAndMakeDerivative: d.derivativeWorkflows
        case .registerLicenseTerms, .setApproval: d.piLicenseTemplate
        case .attachLicenseTerms, .setLicensingConfig, .mintLicenseTokens, .registerDerivative,
            .registerDerivativeWithLicenseTokens:
            d.licensingModule
        case .payRoyaltyOnBehalf: d.royaltyModule
        case .transferToVault(let policy, _, _, _): policy
        case .claimAllRevenue: d.royaltyWorkflows
        case .raiseDispute, .setDisputeJudgement, .cancelDispute, .resolveDispute, .tagIfRelatedIpInfringed:
            d.disputeModule
        case .registerGroup, .addIp, .removeIp, .collectRoyalties, .claimReward: d.groupingModule
        case .collectRoyaltiesAndClaimReward: d.groupingWorkflows
        case .setPermission, .setAllPermissions, .setBatchPermissions: d.accessController
        case .transfer(let token, _, _): token
        case .faucet: d.wip
        case .execute(let ipAccount, _, _, _): ipAccount
        case .safeTransferFrom(let contract, _, _, _): contract
        }
    }

    private static func addresses(_ list: [Address]) -> ABIValue { .array(list.map { .address($0) }) }
    private static func uints(_ list: [BigUInt]) -> ABIValue { .array(list.map { .uint($0) }) }

    /// The arguments in declaration order.
    var arguments: [ABIValue] {
        switch self {
        case .mintAndRegisterIpAndAttachPILTerms(let spg, let recipient, let metadata, let data, let duplicates):
            [.address(spg), .address(recipient), metadata.abiValue, .array(data.map(\.abiValue)), .bool(duplicates)]
        case .mintAndRegisterIp(let spg, let recipient, let metadata, let duplicates):
            [.address(spg), .address(recipient), metadata.abiValue, .bool(duplicates)]
        case .mintAndRegisterIpAndMakeDerivative(let spg, let deriv, let metadata, let recipient, let duplicates):
            [.address(spg), deriv.abiValue, metadata.abiValue, .address(recipient), .bool(duplicates)]
        case .registerLicenseTerms(let terms): [terms.abiValue]
        case .attachLicenseTerms(let ipId, let template, let id): [.address(ipId), .address(template), .uint(id)]
        case .setLicensingConfig(let ipId, let template, let id, let config):
            [.address(ipId), .address(template), .uint(id), config.abiValue]
        case .mintLicenseTokens(
            let licensor, let template, let id, let amount, let receiver, let context, let maxFee, let maxShare):
            [
                .address(licensor), .address(template), .uint(id), .uint(amount), .address(receiver), .bytes(context),
                .uint(maxFee), .uint(BigUInt(maxShare)),
            ]
        case .registerDerivative(
            let child, let parents, let ids, let template, let context, let maxFee, let maxRts, let maxShare):
            [
                .address(child), Self.addresses(parents), Self.uints(ids), .address(template), .bytes(context),
                .uint(maxFee),
                .uint(BigUInt(maxRts)), .uint(BigUInt(maxShare)),
            ]
        case .registerDerivativeWithLicenseTokens(let child, let tokens, let context, let maxRts):
            [.address(child), Self.uints(tokens), .bytes(context), .uint(BigUInt(maxRts))]
        case .setApproval(let parent, let id, let child, let approved):
            [.address(parent), .uint(id), .address(child), .bool(approved)]
        case .payRoyaltyOnBehalf(let receiver, let payer, let token, let amount):
            [.address(receiver), .address(payer), .address(token), .uint(amount)]
        case .transferToVault(_, let ipId, let ancestor, let token):
            [.address(ipId), .address(ancestor), .address(token)]
        case .claimAllRevenue(let ancestor, let claimer, let children, let policies, let tokens):
            [
                .address(ancestor), .address(claimer), Self.addresses(children), Self.addresses(policies),
                Self.addresses(tokens),
            ]
        case .raiseDispute(let target, let evidence, let tag, let data):
            [.address(target), .fixedBytes(evidence.bytes), .fixedBytes(tag.bytes), .bytes(data)]
        case .setDisputeJudgement(let id, let decision, let data): [.uint(id), .bool(decision), .bytes(data)]
        case .cancelDispute(let id, let data), .resolveDispute(let id, let data): [.uint(id), .bytes(data)]
        case .tagIfRelatedIpInfringed(let ipId, let id): [.address(ipId), .uint(id)]
        case .registerGroup(let pool): [.address(pool)]
        case .addIp(let group, let ipIds, let share): [.address(group), Self.addresses(ipIds), .uint(share)]
        case .removeIp(let group, let ipIds): [.address(group), Self.addresses(ipIds)]
        case .collectRoyalties(let group, let token): [.address(group), .address(token)]
        case .claimReward(let group, let token, let ipIds): [.address(group), .address(token), Self.addresses(ipIds)]
        case .collectRoyaltiesAndClaimReward(let group, let tokens, let members):
            [.address(group), Self.addresses(tokens), Self.addresses(members)]
        case .setPermission(let account, let signer, let to, let function, let permission):
            [
                .address(account), .address(signer), .address(to), .fixedBytes(function.bytes),
                .uint(BigUInt(permission)),
            ]
        case .setAllPermissions(let account, let signer, let permission):
            [.address(account), .address(signer), .uint(BigUInt(permission))]
        case .setBatchPermissions(let entries): [.array(entries.map(\.abiValue))]
        case .transfer(_, let to, let amount), .faucet(let to, let amount): [.address(to), .uint(amount)]
        case .execute(_, let to, let value, let data): [.address(to), .uint(value), .bytes(data)]
        case .safeTransferFrom(_, let from, let to, let tokenId): [.address(from), .address(to), .uint(tokenId)]
        }
    }

    /// selector ‖ abi.encode(arguments).
    var calldata: [UInt8] {
        // Arguments are built from typed values that match the signature.
        (try? kind.function.encodeCall(arguments)) ?? kind.function.selector
    }
}
