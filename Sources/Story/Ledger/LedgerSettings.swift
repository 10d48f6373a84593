import BigInt
import Ethereum

/// The local ledger's genesis: fixed when its journal is created and stored in it, so a replay
/// always runs under the rules the transactions were made with.
public struct LedgerSettings: Hashable, Sendable, Codable {
    /// 31337 by default (DECISIONS.md "Chain id").
    public var chainId: UInt64
    /// The ledger's own account: the arbitration relayer and the default `from` of operations
    /// Lore performs for itself.
    public var operatorAddress: Address
    /// Receives the protocol fee on royalty payments.
    public var treasury: Address
    /// RoyaltyModule.royaltyFeePercent (100 % = 100_000_000); Story's is presumed 0 (story.md §7).
    public var royaltyFeePercent: UInt32
    /// The SPG collection's ERC-721 name and symbol (IP names read "31337: <name> #<tokenId>").
    public var collectionName: String
    public var collectionSymbol: String
    /// Anyone may mint in the collection, or only `minters`.
    public var publicMinting: Bool
    public var minters: [Address]
    public var maxSupply: UInt32
    /// ArbitrationPolicyUMA bounds: liveness in seconds, and the largest WIP bond.
    public var minLiveness: UInt64
    public var maxLiveness: UInt64
    public var maxBond: BigUInt
    /// The most test WIP one faucet request gives.
    public var faucetLimit: BigUInt

    public init(
        chainId: UInt64 = StoryDeployment.localChainId,
        operatorAddress: Address = LedgerSettings.derivedAddress("lore.local-ledger.operator"),
        treasury: Address = LedgerSettings.derivedAddress("lore.local-ledger.treasury"),
        royaltyFeePercent: UInt32 = 0,
        collectionName: String = "Lore", collectionSymbol: String = "LORE",
        publicMinting: Bool = true, minters: [Address] = [], maxSupply: UInt32 = .max,
        minLiveness: UInt64 = 60, maxLiveness: UInt64 = 30 * 24 * 3600,
        maxBond: BigUInt = StoryUnits.wip(1_000), faucetLimit: BigUInt = StoryUnits.wip(1_000_000)
    ) {
        self.chainId = chainId
        self.operatorAddress = operatorAddress
        self.treasury = treasury
        self.royaltyFeePercent = royaltyFeePercent
        self.collectionName = collectionName
        self.collectionSymbol = collectionSymbol
        self.publicMinting = publicMinting
        self.minters = minters
        self.maxSupply = maxSupply
        self.minLiveness = minLiveness
        self.maxLiveness = maxLiveness
        self.maxBond = maxBond
        self.faucetLimit = faucetLimit
    }

    /// The contract addresses: Story's, on this chain id, with the derived local collection.
    public var deployment: StoryDeployment { StoryDeployment.local(chainId: chainId) }

    /// A deterministic address nobody holds a key for: the last 20 bytes of keccak256(label).
    public static func derivedAddress(_ label: String) -> Address {
        Address(unchecked: Array(Keccak256.hash(label).suffix(20)))
    }

    private enum CodingKeys: String, CodingKey {
        case chainId, operatorAddress, treasury, royaltyFeePercent, collectionName, collectionSymbol, publicMinting
        case minters, maxSupply, minLiveness, maxLiveness, maxBond, faucetLimit
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func amount(_ key: CodingKeys) throws -> BigUInt {
            let text = try c.decode(String.self, forKey: key)
            guard let value = BigUInt(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not a decimal integer")
            }
            return value
        }
        chainId = try c.decode(UInt64.self, forKey: .chainId)
        operatorAddress = try c.decode(Address.self, forKey: .operatorAddress)
        treasury = try c.decode(Address.self, forKey: .treasury)
        royaltyFeePercent = try c.decode(UInt32.self, forKey: .royaltyFeePercent)
        collectionName = try c.decode(String.self, forKey: .collectionName)
        collectionSymbol = try c.decode(String.self, forKey: .collectionSymbol)
        publicMinting = try c.decode(Bool.self, forKey: .publicMinting)
        minters = try c.decode([Address].self, forKey: .minters)
        maxSupply = try c.decode(UInt32.self, forKey: .maxSupply)
        minLiveness = try c.decode(UInt64.self, forKey: .minLiveness)
        maxLiveness = try c.decode(UInt64.self, forKey: .maxLiveness)
        maxBond = try amount(.maxBond)
        faucetLimit = try amount(.faucetLimit)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(chainId, forKey: .chainId)
        try c.encode(operatorAddress, forKey: .operatorAddress)
        try c.encode(treasury, forKey: .treasury)
        try c.encode(royaltyFeePercent, forKey: .royaltyFeePercent)
        try c.encode(collectionName, forKey: .collectionName)
        try c.encode(collectionSymbol, forKey: .collectionSymbol)
        try c.encode(publicMinting, forKey: .publicMinting)
        try c.encode(minters, forKey: .minters)
        try c.encode(maxSupply, forKey: .maxSupply)
        try c.encode(minLiveness, forKey: .minLiveness)
        try c.encode(maxLiveness, forKey: .maxLiveness)
        try c.encode(String(maxBond), forKey: .maxBond)
        try c.encode(String(faucetLimit), forKey: .faucetLimit)
    }
}
