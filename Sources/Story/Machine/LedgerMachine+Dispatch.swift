import BigInt
import Ethereum

/// Applies one decoded call for `caller` — the single path for live transactions and replays.
extension LedgerMachine {
    func apply(_ call: LedgerCall, caller: Address) throws(StoryError) -> CallResult {
        switch call {
        case let .mintAndRegisterIpAndAttachPILTerms(spg, recipient, metadata, data, duplicates):
            let r = try mintAndRegisterIpAndAttachPILTerms(caller: caller, spg: spg, recipient: recipient, metadata: metadata,
                                                           termsData: data, allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: r.termsIds.map { BigUInt($0) })
        case let .mintAndRegisterIp(spg, recipient, metadata, duplicates):
            let r = try mintAndRegisterIp(caller: caller, spg: spg, recipient: recipient, metadata: metadata,
                                          allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: [])
        case let .mintAndRegisterIpAndMakeDerivative(spg, derivative, metadata, recipient, duplicates):
            let r = try mintAndRegisterIpAndMakeDerivative(caller: caller, spg: spg, derivative: derivative,
                                                           metadata: metadata, recipient: recipient,
                                                           allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: derivative.licenseTermsIds)
        case let .registerLicenseTerms(terms):
            return .number(BigUInt(try registerLicenseTerms(terms)))
        case let .attachLicenseTerms(ipId, template, id):
            try attachLicenseTerms(caller: caller, ipId: ipId, template: template, termsId: try termsId(id))
            return .none
        case let .setLicensingConfig(ipId, template, id, config):
            try setLicensingConfig(caller: caller, ipId: ipId, template: template, termsId: try termsId(id), config: config)
            return .none
        case let .mintLicenseTokens(licensor, template, id, amount, receiver, _, maxFee, maxShare):
            let start = try mintLicenseTokens(caller: caller, licensor: licensor, template: template,
                                              termsId: try termsId(id), amount: amount, receiver: receiver,
                                              maxMintingFee: maxFee, maxRevenueShare: maxShare)
            return .number(BigUInt(start))
        case let .registerDerivative(child, parents, ids, template, _, maxFee, maxRts, maxShare):
            let termsIds = try ids.map { (id) throws(StoryError) in try termsId(id) }
            try registerDerivative(caller: caller, child: child, parents: parents, termsIds: termsIds, template: template,
                                   maxMintingFee: maxFee, maxRts: maxRts, maxRevenueShare: maxShare)
            return .none
        case let .registerDerivativeWithLicenseTokens(child, tokens, _, maxRts):
            let tokenIds = try tokens.map { (id) throws(StoryError) -> UInt64 in
                guard let small = UInt64(exactly: id) else { throw StoryErrors.Tokens.erc721NonexistentToken(.uint(id)) }
                return small
            }
            try registerDerivativeWithLicenseTokens(caller: caller, child: child, tokenIds: tokenIds, maxRts: maxRts)
            return .none
        case let .setApproval(parent, id, child, approved):
            try setDerivativeApproval(caller: caller, parentIpId: parent, licenseTermsId: try termsId(id), childIpId: child,
                                      approved: approved)
            return .none
        case let .payRoyaltyOnBehalf(receiver, payer, token, amount):
            try payRoyaltyOnBehalf(caller: caller, receiverIpId: receiver, payerIpId: payer, token: token, amount: amount)
            return .none
        case let .transferToVault(policy, ipId, ancestor, token):
            return .number(try transferToVault(policy: policy, ipId: ipId, ancestor: ancestor, token: token))
        case let .claimAllRevenue(ancestor, claimer, children, policies, tokens):
            return .numbers(try claimAllRevenue(ancestor: ancestor, claimer: claimer, children: children,
                                                policies: policies, tokens: tokens))
        default:
            return try applyOther(call, caller: caller)
        }
    }

    private func applyOther(_ call: LedgerCall, caller: Address) throws(StoryError) -> CallResult {
        switch call {
        case let .raiseDispute(target, evidence, tag, data):
            return .number(BigUInt(try raiseDispute(caller: caller, targetIpId: target, evidenceHash: evidence,
                                                    targetTag: tag, data: data)))
        case let .setDisputeJudgement(id, decision, data):
            try setDisputeJudgement(caller: caller, disputeId: disputeId(id), decision: decision, data: data)
            return .none
        case let .cancelDispute(id, _):
            try cancelDispute(caller: caller, disputeId: disputeId(id))
            return .none
        case let .resolveDispute(id, data):
            try resolveDispute(caller: caller, disputeId: disputeId(id), data: data)
            return .none
        case let .tagIfRelatedIpInfringed(ipId, id):
            return .number(BigUInt(try tagIfRelatedIpInfringed(caller: caller, ipIdToTag: ipId,
                                                               infringerDisputeId: disputeId(id))))
        case let .registerGroup(pool):
            return .address(try registerGroup(caller: caller, pool: pool))
        case let .addIp(group, ipIds, share):
            try addIpsToGroup(caller: caller, groupId: group, ipIds: ipIds, maxAllowedRewardShare: share)
            return .none
        case let .removeIp(group, ipIds):
            try removeIpsFromGroup(caller: caller, groupId: group, ipIds: ipIds)
            return .none
        case let .collectRoyalties(group, token):
            try requireGroupCurrency(group, token)
            return .number(try collectGroupRoyalties(groupId: group, token: token))
        case let .claimReward(group, token, ipIds):
            try requireGroupCurrency(group, token)
            return .numbers(try claimGroupReward(groupId: group, token: token, ipIds: ipIds))
        case let .collectRoyaltiesAndClaimReward(group, tokens, members):
            return .numbers(try collectRoyaltiesAndClaimReward(groupId: group, tokens: tokens, members: members))
        case let .setPermission(account, signer, to, function, permission):
            if to == .zero && function.isWildcard {
                throw StoryErrors.AccessController.toAndFuncAreZeroAddressShouldCallSetAllPermissions()
            }
            try setPermission(caller: caller, ipAccount: account, signer: signer, to: to, function: function,
                              permission: permission)
            return .none
        case let .setAllPermissions(account, signer, permission):
            try setPermission(caller: caller, ipAccount: account, signer: signer, to: .zero, function: .any,
                              permission: permission)
            return .none
        case let .setBatchPermissions(entries):
            for entry in entries {
                if entry.to == .zero && entry.function.isWildcard {
                    throw StoryErrors.AccessController.toAndFuncAreZeroAddressShouldCallSetAllPermissions()
                }
                try setPermission(caller: caller, ipAccount: entry.ipAccount, signer: entry.signer, to: entry.to,
                                  function: entry.function, permission: entry.permission.rawValue)
            }
            return .none
        default:
            return try applyTokenCall(call, caller: caller)
        }
    }

    private func disputeId(_ id: BigUInt) -> UInt64 { UInt64(exactly: id) ?? .max }
}
