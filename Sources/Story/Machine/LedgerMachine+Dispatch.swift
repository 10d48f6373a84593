import BigInt
import Ethereum

/// Applies one decoded call for `caller` — the single path for live transactions and replays.
extension LedgerMachine {
    func apply(_ call: LedgerCall, caller: Address) throws(StoryError) -> CallResult {
        switch call {
        case .mintAndRegisterIpAndAttachPILTerms(let spg, let recipient, let metadata, let data, let duplicates):
            let r = try mintAndRegisterIpAndAttachPILTerms(
                caller: caller, spg: spg, recipient: recipient, metadata: metadata,
                termsData: data, allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: r.termsIds.map { BigUInt($0) })
        case .mintAndRegisterIp(let spg, let recipient, let metadata, let duplicates):
            let r = try mintAndRegisterIp(
                caller: caller, spg: spg, recipient: recipient, metadata: metadata,
                allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: [])
        case .mintAndRegisterIpAndMakeDerivative(let spg, let derivative, let metadata, let recipient, let duplicates):
            let r = try mintAndRegisterIpAndMakeDerivative(
                caller: caller, spg: spg, derivative: derivative,
                metadata: metadata, recipient: recipient,
                allowDuplicates: duplicates)
            return .registered(ipId: r.ipId, tokenId: r.tokenId, licenseTermsIds: derivative.licenseTermsIds)
        case .registerLicenseTerms(let terms):
            return .number(BigUInt(try registerLicenseTerms(terms)))
        case .attachLicenseTerms(let ipId, let template, let id):
            try attachLicenseTerms(caller: caller, ipId: ipId, template: template, termsId: try termsId(id))
            return .none
        case .setLicensingConfig(let ipId, let template, let id, let config):
            try setLicensingConfig(
                caller: caller, ipId: ipId, template: template, termsId: try termsId(id), config: config)
            return .none
        case .mintLicenseTokens(
            let licensor, let template, let id, let amount, let receiver, _, let maxFee, let maxShare):
            let start = try mintLicenseTokens(
                caller: caller, licensor: licensor, template: template,
                termsId: try termsId(id), amount: amount, receiver: receiver,
                maxMintingFee: maxFee, maxRevenueShare: maxShare)
            return .number(BigUInt(start))
        case .registerDerivative(
            let child, let parents, let ids, let template, _, let maxFee, let maxRts, let maxShare):
            let termsIds = try ids.map { (id) throws(StoryError) in try termsId(id) }
            try registerDerivative(
                caller: caller, child: child, parents: parents, termsIds: termsIds, template: template,
                maxMintingFee: maxFee, maxRts: maxRts, maxRevenueShare: maxShare)
            return .none
        case .registerDerivativeWithLicenseTokens(let child, let tokens, _, let maxRts):
            let tokenIds = try tokens.map { (id) throws(StoryError) -> UInt64 in
                guard let small = UInt64(exactly: id) else {
                    throw StoryErrors.Tokens.erc721NonexistentToken(.uint(id))
                }
                return small
            }
            try registerDerivativeWithLicenseTokens(caller: caller, child: child, tokenIds: tokenIds, maxRts: maxRts)
            return .none
        case .setApproval(let parent, let id, let child, let approved):
            try setDerivativeApproval(
                caller: caller, parentIpId: parent, licenseTermsId: try termsId(id), childIpId: child,
                approved: approved)
            return .none
        case .payRoyaltyOnBehalf(let receiver, let payer, let token, let amount):
            try payRoyaltyOnBehalf(
                caller: caller, receiverIpId: receiver, payerIpId: payer, token: token, amount: amount)
            return .none
        case .transferToVault(let policy, let ipId, let ancestor, let token):
            return .number(try transferToVault(policy: policy, ipId: ipId, ancestor: ancestor, token: token))
        case .claimAllRevenue(let ancestor, let claimer, let children, let policies, let tokens):
            return .numbers(
                try claimAllRevenue(
                    ancestor: ancestor, claimer: claimer, children: children,
                    policies: policies, tokens: tokens))
        default:
            return try applyOther(call, caller: caller)
        }
    }

    private func applyOther(_ call: LedgerCall, caller: Address) throws(StoryError) -> CallResult {
        switch call {
        case .raiseDispute(let target, let evidence, let tag, let data):
            return .number(
                BigUInt(
                    try raiseDispute(
                        caller: caller, targetIpId: target, evidenceHash: evidence,
                        targetTag: tag, data: data)))
        case .setDisputeJudgement(let id, let decision, let data):
            try setDisputeJudgement(caller: caller, disputeId: disputeId(id), decision: decision, data: data)
            return .none
        case .cancelDispute(let id, _):
            try cancelDispute(caller: caller, disputeId: disputeId(id))
            return .none
        case .resolveDispute(let id, let data):
            try resolveDispute(caller: caller, disputeId: disputeId(id), data: data)
            return .none
        case .tagIfRelatedIpInfringed(let ipId, let id):
            return .number(
                BigUInt(
                    try tagIfRelatedIpInfringed(
                        caller: caller, ipIdToTag: ipId,
                        infringerDisputeId: disputeId(id))))
        case .registerGroup(let pool):
            return .address(try registerGroup(caller: caller, pool: pool))
        case .addIp(let group, let ipIds, let share):
            try addIpsToGroup(caller: caller, groupId: group, ipIds: ipIds, maxAllowedRewardShare: share)
            return .none
        case .removeIp(let group, let ipIds):
            try removeIpsFromGroup(caller: caller, groupId: group, ipIds: ipIds)
            return .none
        case .collectRoyalties(let group, let token):
            try requireGroupCurrency(group, token)
            return .number(try collectGroupRoyalties(groupId: group, token: token))
        case .claimReward(let group, let token, let ipIds):
            try requireGroupCurrency(group, token)
            return .numbers(try claimGroupReward(groupId: group, token: token, ipIds: ipIds))
        case .collectRoyaltiesAndClaimReward(let group, let tokens, let members):
            return .numbers(try collectRoyaltiesAndClaimReward(groupId: group, tokens: tokens, members: members))
        case .setPermission(let account, let signer, let to, let function, let permission):
            if to == .zero && function.isWildcard {
                throw StoryErrors.AccessController.toAndFuncAreZeroAddressShouldCallSetAllPermissions()
            }
            try setPermission(
                caller: caller, ipAccount: account, signer: signer, to: to, function: function,
                permission: permission)
            return .none
        case .setAllPermissions(let account, let signer, let permission):
            try setPermission(
                caller: caller, ipAccount: account, signer: signer, to: .zero, function: .any,
                permission: permission)
            return .none
        case .setBatchPermissions(let entries):
            for entry in entries {
                if entry.to == .zero && entry.function.isWildcard {
                    throw StoryErrors.AccessController.toAndFuncAreZeroAddressShouldCallSetAllPermissions()
                }
                try setPermission(
                    caller: caller, ipAccount: entry.ipAccount, signer: entry.signer, to: entry.to,
                    function: entry.function, permission: entry.permission.rawValue)
            }
            return .none
        default:
            return try applyTokenCall(call, caller: caller)
        }
    }

    private func disputeId(_ id: BigUInt) -> UInt64 { UInt64(exactly: id) ?? .max }
}
