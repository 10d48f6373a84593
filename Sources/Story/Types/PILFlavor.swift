import BigInt
import Ethereum

/// The four PIL flavors, with the values of Story's on-chain `PILFlavors.sol` (story.md §4.1):
/// `commercializerCheckerData` is empty bytes, as in the protocol's own flavors (default terms id 1).
public enum PILFlavor {
    private static let base = "https://github.com/piplabs/pil-document/blob/"

    /// Non-Commercial Social Remixing: free remixing with attribution, no commercial use.
    /// Registered as license terms id 1 at genesis, and the default license terms.
    public static func nonCommercialSocialRemixing() -> PILTerms {
        PILTerms(
            derivativesAllowed: true, derivativesAttribution: true, derivativesReciprocal: true,
            uri: base + "998c13e6ee1d04eb817aefd1fe16dfe8be3cd7a2/off-chain-terms/NCSR.json")
    }

    /// Commercial Use: pay `defaultMintingFee` to use commercially; no derivatives.
    public static func commercialUse(defaultMintingFee: BigUInt, currency: Address, royaltyPolicy: Address) -> PILTerms
    {
        PILTerms(
            royaltyPolicy: royaltyPolicy, defaultMintingFee: defaultMintingFee, commercialUse: true,
            commercialAttribution: true, currency: currency,
            uri: base + "9a1f803fcf8101a8a78f1dcc929e6014e144ab56/off-chain-terms/CommercialUse.json")
    }

    /// Commercial Remix: commercial use and remixing, with `commercialRevShare`
    /// (100 % = 100_000_000) of derivatives' revenue owed upstream.
    public static func commercialRemix(
        defaultMintingFee: BigUInt, commercialRevShare: UInt32, currency: Address, royaltyPolicy: Address
    ) -> PILTerms {
        PILTerms(
            royaltyPolicy: royaltyPolicy, defaultMintingFee: defaultMintingFee, commercialUse: true,
            commercialAttribution: true, commercialRevShare: commercialRevShare, derivativesAllowed: true,
            derivativesAttribution: true, derivativesReciprocal: true, currency: currency,
            uri: base + "ad67bb632a310d2557f8abcccd428e4c9c798db1/off-chain-terms/CommercialRemix.json")
    }

    /// Creative Commons Attribution: free commercial use and remixing with attribution.
    public static func creativeCommonsAttribution(currency: Address, royaltyPolicy: Address) -> PILTerms {
        PILTerms(
            royaltyPolicy: royaltyPolicy, commercialUse: true, commercialAttribution: true,
            derivativesAllowed: true, derivativesAttribution: true, derivativesReciprocal: true, currency: currency,
            uri: base + "998c13e6ee1d04eb817aefd1fe16dfe8be3cd7a2/off-chain-terms/CC-BY.json")
    }
}
