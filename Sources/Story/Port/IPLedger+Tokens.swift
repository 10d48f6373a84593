import BigInt
import Ethereum

// MARK: Tokens

extension IPLedger {
    /// ERC-20 `transfer` of a whitelisted token (WIP) from `from`.
    public func transfer(
        from: Address, token: Address, to: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        try await submit(.transfer(token: token, to: to, amount: amount), from: from).none()
    }

    /// IPAccount.execute(token, 0, transfer(to, amount)): the IP's owner moves revenue out of the IP account.
    public func transferFromIPAccount(
        from: Address, ipAccount: Address, token: Address, to: Address, amount: BigUInt
    ) async throws -> LedgerReceipt<Void> {
        let data = try LedgerCallKind.transfer.function.encodeCall([.address(to), .uint(amount)])
        return try await submit(.execute(ipAccount: ipAccount, to: token, value: 0, data: data), from: from).none()
    }

    /// ERC-721 `safeTransferFrom` by the holder (transferring an IP's NFT transfers the IP).
    public func transferNFT(
        from: Address, tokenContract: Address, tokenId: BigUInt, to: Address
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .safeTransferFrom(contract: tokenContract, from: from, to: to, tokenId: tokenId), from: from
        ).none()
    }

    /// Test WIP for `to`, sent by the operator (the local ledger mints at most
    /// `LedgerSettings.faucetLimit` per request; a chain adapter refuses).
    public func faucet(to: Address, amount: BigUInt) async throws -> LedgerReceipt<Void> {
        try await submit(.faucet(to: to, amount: amount), from: operatorAddress).none()
    }
}
