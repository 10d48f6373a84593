import BigInt
import Ethereum

/// ERC-20 (WIP, whitelisted revenue token) and ERC-721 (SPG collection, GroupNFT, LicenseToken).
extension LedgerMachine {
    func balance(of account: Address, token: Address) -> BigUInt {
        state.balances[TokenAccount(token: token, account: account), default: 0]
    }

    /// ERC-20 `transfer`/`transferFrom`; allowances are the caller's adapter's concern (the local
    /// ledger debits the payer directly, as if it had approved the spender).
    func transferToken(_ token: Address, from: Address, to: Address, amount: BigUInt) throws(StoryError) {
        guard to != .zero else { throw StoryErrors.Tokens.erc20InvalidReceiver(.address(to)) }
        let fromKey = TokenAccount(token: token, account: from)
        let available = state.balances[fromKey, default: 0]
        guard available >= amount else { throw StoryErrors.Tokens.insufficientBalance() }
        if amount > 0 && from != to {
            state.balances[fromKey] = available - amount
            let toKey = TokenAccount(token: token, account: to)
            state.balances[toKey] = state.balances[toKey, default: 0] + amount
        }
        emit(token, .transfer(from: from, to: to, value: amount))
    }

    /// Creates `amount` of `token` for `to` (the local faucet).
    func mintToken(_ token: Address, to: Address, amount: BigUInt) throws(StoryError) {
        guard to != .zero else { throw StoryErrors.Tokens.erc20InvalidReceiver(.address(to)) }
        let key = TokenAccount(token: token, account: to)
        state.balances[key] = state.balances[key, default: 0] + amount
        emit(token, .transfer(from: .zero, to: to, value: amount))
    }

    func ownerOf(nft contract: Address, tokenId: BigUInt) -> Address? {
        state.nftOwners[NFTKey(contract: contract, tokenId: tokenId)]
    }

    func mintNFT(_ contract: Address, to: Address, tokenId: BigUInt) {
        state.nftOwners[NFTKey(contract: contract, tokenId: tokenId)] = to
        emit(contract, .nftTransfer(from: .zero, to: to, tokenId: tokenId))
    }

    /// ERC-721 `safeTransferFrom` by the current owner `from`.
    func transferNFT(_ contract: Address, from: Address, to: Address, tokenId: BigUInt) throws(StoryError) {
        let key = NFTKey(contract: contract, tokenId: tokenId)
        guard let owner = state.nftOwners[key] else { throw StoryErrors.Tokens.erc721NonexistentToken(.uint(tokenId)) }
        guard owner == from else {
            throw StoryErrors.Tokens.erc721IncorrectOwner(.address(from), .uint(tokenId), .address(owner))
        }
        guard to != .zero else { throw StoryErrors.Tokens.erc721InvalidReceiver(.address(to)) }
        state.nftOwners[key] = to
        emit(contract, .nftTransfer(from: from, to: to, tokenId: tokenId))
    }

    func burnNFT(_ contract: Address, tokenId: BigUInt) {
        let key = NFTKey(contract: contract, tokenId: tokenId)
        guard let owner = state.nftOwners[key] else { return }
        state.nftOwners[key] = nil
        emit(contract, .nftTransfer(from: owner, to: .zero, tokenId: tokenId))
    }
}
