import BigInt
import Ethereum

/// Where Story's contracts live on one chain. Story deploys its protocol proxies with CREATE3, so
/// the addresses are identical on Aeneid (1315), mainnet (1514) and — by that same rule — the
/// local ledger (31337); only the chain id and the SPG collection differ (story.md §1).
public struct StoryDeployment: Hashable, Sendable {
    public var chainId: UInt64
    /// The SPG NFT collection the ledger mints into.
    public var spgNftContract: Address

    public var ipAssetRegistry = Defaults.ipAssetRegistry
    public var licensingModule = Defaults.licensingModule
    public var piLicenseTemplate = Defaults.piLicenseTemplate
    public var licenseRegistry = Defaults.licenseRegistry
    public var licenseToken = Defaults.licenseToken
    public var royaltyModule = Defaults.royaltyModule
    public var royaltyPolicyLAP = Defaults.royaltyPolicyLAP
    public var royaltyPolicyLRP = Defaults.royaltyPolicyLRP
    public var disputeModule = Defaults.disputeModule
    public var arbitrationPolicyUMA = Defaults.arbitrationPolicyUMA
    public var groupingModule = Defaults.groupingModule
    public var evenSplitGroupPool = Defaults.evenSplitGroupPool
    public var groupNFT = Defaults.groupNFT
    public var accessController = Defaults.accessController
    public var coreMetadataModule = Defaults.coreMetadataModule
    public var moduleRegistry = Defaults.moduleRegistry
    public var registrationWorkflows = Defaults.registrationWorkflows
    public var licenseAttachmentWorkflows = Defaults.licenseAttachmentWorkflows
    public var derivativeWorkflows = Defaults.derivativeWorkflows
    public var groupingWorkflows = Defaults.groupingWorkflows
    public var royaltyWorkflows = Defaults.royaltyWorkflows
    /// Wrapped IP, the whitelisted revenue and bond token (18 decimals).
    public var wip = Defaults.wip

    /// Story's proxy addresses, parsed once (parsing verifies the EIP-55 checksum with Keccak-256).
    private enum Defaults {
        static let ipAssetRegistry = try! Address("0x77319B4031e6eF1250907aa00018B8B1c67a244b")
        static let licensingModule = try! Address("0x04fbd8a2e56dd85CFD5500A4A4DfA955B9f1dE6f")
        static let piLicenseTemplate = try! Address("0x2E896b0b2Fdb7457499B56AAaA4AE55BCB4Cd316")
        static let licenseRegistry = try! Address("0x529a750E02d8E2f15649c13D69a465286a780e24")
        static let licenseToken = try! Address("0xFe3838BFb30B34170F00030B52eA4893d8aAC6bC")
        static let royaltyModule = try! Address("0xD2f60c40fEbccf6311f8B47c4f2Ec6b040400086")
        static let royaltyPolicyLAP = try! Address("0xBe54FB168b3c982b7AaE60dB6CF75Bd8447b390E")
        static let royaltyPolicyLRP = try! Address("0x9156e603C949481883B1d3355c6f1132D191fC41")
        static let disputeModule = try! Address("0x9b7A9c70AFF961C799110954fc06F3093aeb94C5")
        static let arbitrationPolicyUMA = try! Address("0xfFD98c3877B8789124f02C7E8239A4b0Ef11E936")
        static let groupingModule = try! Address("0x69D3a7aa9edb72Bc226E745A7cCdd50D947b69Ac")
        static let evenSplitGroupPool = try! Address("0xf96f2c30b41Cb6e0290de43C8528ae83d4f33F89")
        static let groupNFT = try! Address("0x4709798FeA84C84ae2475fF0c25344115eE1529f")
        static let accessController = try! Address("0xcCF37d0a503Ee1D4C11208672e622ed3DFB2275a")
        static let coreMetadataModule = try! Address("0x6E81a25C99C6e8430aeC7353325EB138aFE5DC16")
        static let moduleRegistry = try! Address("0x022DBAAeA5D8fB31a0Ad793335e39Ced5D631fa5")
        static let registrationWorkflows = try! Address("0xbe39E1C756e921BD25DF86e7AAa31106d1eb0424")
        static let licenseAttachmentWorkflows = try! Address("0xcC2E862bCee5B6036Db0de6E06Ae87e524a79fd8")
        static let derivativeWorkflows = try! Address("0x9e2d496f72C547C2C535B167e06ED8729B374a4f")
        static let groupingWorkflows = try! Address("0xD7c0beb3aa4DCD4723465f1ecAd045676c24CDCd")
        static let royaltyWorkflows = try! Address("0x9515faE61E0c0447C6AC6dEe5628A2097aFE1890")
        static let wip = try! Address("0x1514000000000000000000000000000000000000")
        static let localCollection = ContractAddress.create(deployer: registrationWorkflows, nonce: 1)
    }

    /// The canonical ERC-6551 registry (v0.3.1).
    public static let erc6551Registry = try! Address("0x000000006551c19487814612e58FE06813775758")
    /// IPAssetRegistry.IP_ACCOUNT_IMPL: the IPAccountImplBeaconProxy every ipId proxies to.
    public static let ipAccountImplementation = try! Address("0x00b800138e4D82D1eea48b414d2a2A8Aee9A33b1")

    public init(chainId: UInt64, spgNftContract: Address) {
        self.chainId = chainId
        self.spgNftContract = spgNftContract
    }

    /// Aeneid testnet with the docs' public SPG collection (story.md §1).
    public static let aeneid = StoryDeployment(
        chainId: 1315, spgNftContract: try! Address("0xc32A8a0FF3beDDDa58393d022aF433e78739FAbc"))

    /// The usual local-development chain id (DECISIONS.md "Chain id").
    public static let localChainId: UInt64 = 31337

    /// The local ledger: chain 31337, Story's contract addresses, and as its SPG collection the
    /// first contract `RegistrationWorkflows.createCollection` deploys on a fresh chain —
    /// `createCollection` uses CREATE (`new BeaconProxy`), and a contract's first CREATE uses
    /// nonce 1, so the collection is keccak256(rlp([RegistrationWorkflows, 1]))[12…]
    /// = 0x7DD071D3197A51f2f21dDc482C1ac8Dd11Be8567.
    public static func local(chainId: UInt64 = localChainId) -> StoryDeployment {
        StoryDeployment(chainId: chainId, spgNftContract: Defaults.localCollection)
    }

    /// The ipId of `tokenId` in `tokenContract` on this chain.
    public func ipId(tokenContract: Address, tokenId: BigUInt) -> Address {
        IPAccountAddress.compute(chainId: BigUInt(chainId), tokenContract: tokenContract, tokenId: tokenId)
    }
}
