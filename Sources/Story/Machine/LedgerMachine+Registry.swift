import BigInt
import Ethereum

/// IPAssetRegistry, GroupIPAssetRegistry's group flag, CoreMetadataModule, SPG collection mints.
extension LedgerMachine {
    func isRegistered(_ ipId: Address) -> Bool { state.ips[ipId] != nil }

    func isGroup(_ ipId: Address) -> Bool { state.ips[ipId]?.isGroup ?? false }

    /// IPAccount.owner(): the holder of the NFT the account is bound to (same-chain NFTs).
    func owner(of ipId: Address) -> Address? {
        guard let record = state.ips[ipId] else { return nil }
        return ownerOf(nft: record.tokenContract, tokenId: record.tokenId)
    }

    /// IPAssetRegistry.register: idempotent; the first registration names the IP
    /// "<chainid>: <collection name> #<tokenId>" and emits `IPRegistered` (story.md §2.2).
    @discardableResult
    func registerIp(
        tokenContract: Address, tokenId: BigUInt, collectionName: String, tokenURI: String,
        isGroup: Bool = false
    ) -> Address {
        let chainId = BigUInt(settings.chainId)
        let ipId = IPAccountAddress.compute(chainId: chainId, tokenContract: tokenContract, tokenId: tokenId)
        emit(
            deployment.ipAssetRegistry,
            .ipAccountRegistered(
                account: ipId, implementation: StoryDeployment.ipAccountImplementation, chainId: chainId,
                tokenContract: tokenContract, tokenId: tokenId))
        guard state.ips[ipId] == nil else { return ipId }
        let name = "\(settings.chainId): \(collectionName) #\(tokenId)"
        state.ips[ipId] = IPRecord(
            chainId: settings.chainId, tokenContract: tokenContract, tokenId: tokenId, name: name,
            uri: tokenURI, registrationDate: now, isGroup: isGroup)
        emit(
            deployment.ipAssetRegistry,
            .ipRegistered(
                ipId: ipId, chainId: chainId, tokenContract: tokenContract, tokenId: tokenId, name: name, uri: tokenURI,
                registrationDate: BigUInt(now)))
        return ipId
    }

    /// SPGNFT.mintByPeriphery: the next token id (from 1), duplicate-hash check — the zero hash
    /// included (story.md §2.1) — and the token URI.
    func mintSPG(
        to: Address, caller: Address, nftMetadataURI: String, nftMetadataHash: Bytes32,
        allowDuplicates: Bool
    ) throws(StoryError) -> BigUInt {
        let collection = deployment.spgNftContract
        guard settings.publicMinting || settings.minters.contains(caller) else {
            throw StoryErrors.Workflows.callerNotAuthorizedToMint()
        }
        guard state.spgTotalSupply.value < UInt64(settings.maxSupply) else {
            throw StoryErrors.Workflows.maxSupplyReached()
        }
        if !allowDuplicates, let existing = state.spgTokenByMetadataHash[nftMetadataHash] {
            throw StoryErrors.Workflows.duplicatedNFTMetadataHash(
                .address(collection), .uint(existing),
                .fixedBytes(nftMetadataHash.bytes))
        }
        let tokenId = BigUInt(state.spgTotalSupply.increment())
        if state.spgTokenByMetadataHash[nftMetadataHash] == nil {
            state.spgTokenByMetadataHash[nftMetadataHash] = tokenId
        }
        mintNFT(collection, to: to, tokenId: tokenId)
        if !nftMetadataURI.isEmpty {
            state.nftTokenURIs[NFTKey(contract: collection, tokenId: tokenId)] = nftMetadataURI
        }
        return tokenId
    }

    /// ERC-721 tokenURI of an SPG token ("" when none was set and the collection has no base URI).
    func tokenURI(_ contract: Address, _ tokenId: BigUInt) -> String {
        state.nftTokenURIs[NFTKey(contract: contract, tokenId: tokenId)] ?? ""
    }

    /// CoreMetadataModule.setAll (owner or permitted signer); stores JSON-escaped URIs as the
    /// module does.
    func setAllMetadata(
        caller: Address, ipId: Address, metadataURI: String, metadataHash: Bytes32,
        nftMetadataHash: Bytes32
    ) throws(StoryError) {
        try verifyPermission(
            ipId, caller: caller, module: deployment.coreMetadataModule,
            function: LedgerSelectors.setAllMetadata)
        guard let record = state.ips[ipId] else { throw StoryErrors.AccessController.notIpAccount(.address(ipId)) }
        let nftTokenURI = JSONEscape.escape(tokenURI(record.tokenContract, record.tokenId))
        let escapedURI = JSONEscape.escape(metadataURI)
        state.metadata[ipId] = MetadataRecord(
            metadataURI: escapedURI, metadataHash: metadataHash,
            nftTokenURI: nftTokenURI, nftMetadataHash: nftMetadataHash)
        emit(
            deployment.coreMetadataModule,
            .nftTokenURISet(
                ipId: ipId, nftTokenURI: nftTokenURI,
                nftMetadataHash: nftMetadataHash))
        emit(
            deployment.coreMetadataModule,
            .metadataURISet(
                ipId: ipId, metadataURI: escapedURI,
                metadataHash: metadataHash))
    }
}
