/// The catalogue of Story's custom errors the ledger can raise, grouped by contract
/// (declarations from protocol-core-v1 / protocol-periphery-v1 v1.3.2 `Errors.sol`).
public enum StoryErrors {
    /// Every known definition.
    public static let all: [StoryErrorDefinition] =
        LicenseRegistry.all + LicensingModule.all + PILicenseTemplate.all + LicenseToken.all + RoyaltyModule.all
        + RoyaltyPolicies.all + IpRoyaltyVault.all + DisputeModule.all + ArbitrationPolicyUMA.all + Grouping.all
        + AccessController.all + Workflows.all + Tokens.all + LocalLedger.all

    /// Definitions by selector, for decoding revert data.
    public static let bySelector: [[UInt8]: StoryErrorDefinition] = {
        var map: [[UInt8]: StoryErrorDefinition] = [:]
        for definition in all { map[definition.selector] = definition }
        return map
    }()

    /// The definition with this Story name, e.g. `LicenseRegistry__ParentIpTagged`.
    public static func named(_ name: String) -> StoryErrorDefinition? { all.first { $0.name == name } }
}
