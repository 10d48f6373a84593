extension StoryErrors {
    /// SPG collections and the periphery workflows.
    public enum Workflows {
        static let callerNotAuthorizedToMint = StoryErrorDefinition(
            "Workflow__CallerNotAuthorizedToMint()", "you are not allowed to mint in this collection")
        static let noLicenseTermsData = StoryErrorDefinition(
            "LicenseAttachmentWorkflows__NoLicenseTermsData()", "give at least one set of license terms")
        static let parentIpIdsAndLicenseTermsIdsMismatch = StoryErrorDefinition(
            "LicensingHelper__ParentIpIdsAndLicenseTermsIdsMismatch()", "give exactly one license terms id per parent")
        static let duplicatedNFTMetadataHash = StoryErrorDefinition(
            "SPGNFT__DuplicatedNFTMetadataHash(address spgNftContract, uint256 tokenId, bytes32 nftMetadataHash)",
            "an NFT with the same metadata hash was already minted in this collection")
        static let maxSupplyReached = StoryErrorDefinition("SPGNFT__MaxSupplyReached()", "the collection is full")
        static let mintingClosed = StoryErrorDefinition(
            "SPGNFT__MintingClosed()", "minting is closed in this collection")

        static let all = [
            callerNotAuthorizedToMint, noLicenseTermsData, parentIpIdsAndLicenseTermsIdsMismatch,
            duplicatedNFTMetadataHash, maxSupplyReached, mintingClosed,
        ]
    }

    /// ERC-20 (WIP, a Solady WETH) and ERC-721 (OpenZeppelin) errors.
    public enum Tokens {
        static let insufficientBalance = StoryErrorDefinition(
            "InsufficientBalance()", "the wallet does not hold enough WIP")
        static let erc721NonexistentToken = StoryErrorDefinition(
            "ERC721NonexistentToken(uint256 tokenId)", "no such token")
        static let erc721IncorrectOwner = StoryErrorDefinition(
            "ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)", "the token belongs to someone else")
        static let erc721InvalidReceiver = StoryErrorDefinition(
            "ERC721InvalidReceiver(address receiver)", "tokens cannot be sent to the zero address")
        static let erc20InvalidReceiver = StoryErrorDefinition(
            "ERC20InvalidReceiver(address receiver)", "tokens cannot be sent to the zero address")

        static let erc721InsufficientApproval = StoryErrorDefinition(
            "ERC721InsufficientApproval(address operator, uint256 tokenId)", "you may not move this token")

        static let all = [
            erc721InsufficientApproval, insufficientBalance, erc721NonexistentToken, erc721IncorrectOwner,
            erc721InvalidReceiver,
            erc20InvalidReceiver,
        ]
    }

    /// Refusals of the local ledger that have no Story counterpart.
    public enum LocalLedger {
        static let unknownContract = StoryErrorDefinition(
            "LocalLedger__UnknownContract(address target)", "the local ledger has no such contract or collection")
        static let faucetLimitExceeded = StoryErrorDefinition(
            "LocalLedger__FaucetLimitExceeded(uint256 amount, uint256 limit)",
            "the faucet gives at most this much test WIP per request")
        static let unsupportedOperation = StoryErrorDefinition(
            "LocalLedger__UnsupportedOperation(bytes4 selector)", "the ledger does not support this operation")

        static let mintAmountTooLarge = StoryErrorDefinition(
            "LocalLedger__MintAmountTooLarge(uint256 amount, uint256 limit)",
            "the local ledger mints at most this many license tokens per call")

        static let all = [unknownContract, faucetLimitExceeded, unsupportedOperation, mintAmountTooLarge]
    }
}
