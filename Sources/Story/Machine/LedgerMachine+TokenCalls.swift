import BigInt
import Ethereum

/// Token transactions: WIP transfers, the local faucet, an IP account's ERC-20 transfer, NFT transfers.
extension LedgerMachine {
    func applyTokenCall(_ call: LedgerCall, caller: Address) throws(StoryError) -> CallResult {
        switch call {
        case .transfer(let token, let to, let amount):
            guard isWhitelistedRoyaltyToken(token) else {
                throw StoryErrors.LocalLedger.unknownContract(.address(token))
            }
            try transferToken(token, from: caller, to: to, amount: amount)
        case .faucet(let to, let amount):
            if amount > settings.faucetLimit {
                throw StoryErrors.LocalLedger.faucetLimitExceeded(.uint(amount), .uint(settings.faucetLimit))
            }
            try mintToken(deployment.wip, to: to, amount: amount)
        case .execute(let ipAccount, let to, _, let data):
            try executeFromIPAccount(caller: caller, ipAccount: ipAccount, to: to, data: data)
        case .safeTransferFrom(let contract, let from, let to, let tokenId):
            try safeTransferFrom(caller: caller, contract: contract, from: from, to: to, tokenId: tokenId)
        default:
            throw StoryErrors.LocalLedger.unsupportedOperation(.fixedBytes(call.kind.function.selector))
        }
        return .none
    }

    /// IPAccount.execute(to, 0, transfer(recipient, amount)): the account's owner (or a permitted
    /// signer — which the AccessController only allows towards modules) moves tokens out.
    private func executeFromIPAccount(
        caller: Address, ipAccount: Address, to: Address, data: [UInt8]
    ) throws(StoryError) {
        guard isRegistered(ipAccount) else {
            throw StoryErrors.AccessController.ipAccountIsNotValid(.address(ipAccount))
        }
        guard data.count >= 4, let selector = FunctionSelector(Array(data.prefix(4))) else {
            throw StoryErrors.LocalLedger.unsupportedOperation(.fixedBytes([0, 0, 0, 0]))
        }
        try checkPermission(ipAccount: ipAccount, signer: caller, to: to, function: selector)
        let transfer = LedgerCallKind.transfer.function
        guard isWhitelistedRoyaltyToken(to), selector == LedgerSelectors.erc20Transfer,
            let args = try? transfer.decodeCall(data), let recipient = args[0].addressValue,
            let amount = args[1].uintValue
        else {
            throw StoryErrors.LocalLedger.unsupportedOperation(.fixedBytes(selector.bytes))
        }
        try transferToken(to, from: ipAccount, to: recipient, amount: amount)
    }

    /// ERC-721 safeTransferFrom by the holder; license tokens keep LicenseToken's transfer rules.
    private func safeTransferFrom(
        caller: Address, contract: Address, from: Address, to: Address,
        tokenId: BigUInt
    ) throws(StoryError) {
        let known = [deployment.spgNftContract, deployment.groupNFT, deployment.licenseToken]
        guard known.contains(contract) else { throw StoryErrors.LocalLedger.unknownContract(.address(contract)) }
        guard let owner = ownerOf(nft: contract, tokenId: tokenId) else {
            throw StoryErrors.Tokens.erc721NonexistentToken(.uint(tokenId))
        }
        if caller != owner { throw StoryErrors.Tokens.erc721InsufficientApproval(.address(caller), .uint(tokenId)) }
        if contract == deployment.licenseToken, let id = UInt64(exactly: tokenId), let record = state.licenseTokens[id]
        {
            if isTagged(record.licensorIpId) { throw StoryErrors.LicenseToken.revokedLicense(.uint(tokenId)) }
            if !record.transferable && from != record.licensorIpId { throw StoryErrors.LicenseToken.notTransferable() }
        }
        try transferNFT(contract, from: from, to: to, tokenId: tokenId)
    }
}
