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

    /// The contract the call is sent to.
    func target(in d: StoryDeployment) -> Address {
        switch self {
        case .mintAndRegisterIpAndAttachPILTerms: d.licenseAttachmentWorkflows
        case .mintAndRegisterIp: d.registrationWorkflows
        case .mintAndRegisterIpAndMakeDerivative: d.derivativeWorkflows
        case .registerLicenseTerms, .setApproval: d.piLicenseTemplate
        case .attachLicenseTerms, .setLicensingConfig, .mintLicenseTokens, .registerDerivative,
             .registerDerivativeWithLicenseTokens: d.licensingModule
        case .payRoyaltyOnBehalf: d.royaltyModule
        case .transferToVault(let policy, _, _, _): policy
        case .claimAllRevenue: d.royaltyWorkflows
        case .raiseDispute, .setDisputeJudgement, .cancelDispute, .resolveDispute, .tagIfRelatedIpInfringed: d.disputeModule
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
        case let .mintAndRegisterIpAndAttachPILTerms(spg, recipient, metadata, data, duplicates):
            [.address(spg), .address(recipient), metadata.abiValue, .array(data.map(\.abiValue)), .bool(duplicates)]
        case let .mintAndRegisterIp(spg, recipient, metadata, duplicates):
            [.address(spg), .address(recipient), metadata.abiValue, .bool(duplicates)]
        case let .mintAndRegisterIpAndMakeDerivative(spg, deriv, metadata, recipient, duplicates):
            [.address(spg), deriv.abiValue, metadata.abiValue, .address(recipient), .bool(duplicates)]
        case let .registerLicenseTerms(terms): [terms.abiValue]
        case let .attachLicenseTerms(ipId, template, id): [.address(ipId), .address(template), .uint(id)]
        case let .setLicensingConfig(ipId, template, id, config): [.address(ipId), .address(template), .uint(id), config.abiValue]
        case let .mintLicenseTokens(licensor, template, id, amount, receiver, context, maxFee, maxShare):
            [.address(licensor), .address(template), .uint(id), .uint(amount), .address(receiver), .bytes(context),
             .uint(maxFee), .uint(BigUInt(maxShare))]
        case let .registerDerivative(child, parents, ids, template, context, maxFee, maxRts, maxShare):
            [.address(child), Self.addresses(parents), Self.uints(ids), .address(template), .bytes(context), .uint(maxFee),
             .uint(BigUInt(maxRts)), .uint(BigUInt(maxShare))]
        case let .registerDerivativeWithLicenseTokens(child, tokens, context, maxRts):
            [.address(child), Self.uints(tokens), .bytes(context), .uint(BigUInt(maxRts))]
        case let .setApproval(parent, id, child, approved): [.address(parent), .uint(id), .address(child), .bool(approved)]
        case let .payRoyaltyOnBehalf(receiver, payer, token, amount):
            [.address(receiver), .address(payer), .address(token), .uint(amount)]
        case let .transferToVault(_, ipId, ancestor, token): [.address(ipId), .address(ancestor), .address(token)]
        case let .claimAllRevenue(ancestor, claimer, children, policies, tokens):
            [.address(ancestor), .address(claimer), Self.addresses(children), Self.addresses(policies), Self.addresses(tokens)]
        case let .raiseDispute(target, evidence, tag, data):
            [.address(target), .fixedBytes(evidence.bytes), .fixedBytes(tag.bytes), .bytes(data)]
        case let .setDisputeJudgement(id, decision, data): [.uint(id), .bool(decision), .bytes(data)]
        case let .cancelDispute(id, data), let .resolveDispute(id, data): [.uint(id), .bytes(data)]
        case let .tagIfRelatedIpInfringed(ipId, id): [.address(ipId), .uint(id)]
        case let .registerGroup(pool): [.address(pool)]
        case let .addIp(group, ipIds, share): [.address(group), Self.addresses(ipIds), .uint(share)]
        case let .removeIp(group, ipIds): [.address(group), Self.addresses(ipIds)]
        case let .collectRoyalties(group, token): [.address(group), .address(token)]
        case let .claimReward(group, token, ipIds): [.address(group), .address(token), Self.addresses(ipIds)]
        case let .collectRoyaltiesAndClaimReward(group, tokens, members):
            [.address(group), Self.addresses(tokens), Self.addresses(members)]
        case let .setPermission(account, signer, to, function, permission):
            [.address(account), .address(signer), .address(to), .fixedBytes(function.bytes), .uint(BigUInt(permission))]
        case let .setAllPermissions(account, signer, permission):
            [.address(account), .address(signer), .uint(BigUInt(permission))]
        case let .setBatchPermissions(entries): [.array(entries.map(\.abiValue))]
        case let .transfer(_, to, amount), let .faucet(to, amount): [.address(to), .uint(amount)]
        case let .execute(_, to, value, data): [.address(to), .uint(value), .bytes(data)]
        case let .safeTransferFrom(_, from, to, tokenId): [.address(from), .address(to), .uint(tokenId)]
        }
    }

    /// selector ‖ abi.encode(arguments).
    var calldata: [UInt8] {
        // Arguments are built from typed values that match the signature.
        (try? kind.function.encodeCall(arguments)) ?? kind.function.selector
    }
}
