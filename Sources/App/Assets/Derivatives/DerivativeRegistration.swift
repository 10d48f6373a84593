import BigInt
import Ethereum
import LoreJSON
import Story

/// What a derivative's registration asks of the ledger: its parents (in link order), the terms
/// it takes from each, and the creator's caps (recorded at request time in `step_data`).
struct DerivativeRegistration: Sendable {
    static let stepKey = "derivative"

    let makeDerivative: MakeDerivative

    init(asset: Asset, links: [DerivativeLink], deployment: StoryDeployment) throws {
        var parents: [Address] = []
        var terms: [BigUInt] = []
        for link in links {
            guard let parent = link.parent.ipAddress, let termsId = BigUInt(link.licenseTermsID, radix: 10)
            else { throw PermanentJobFailure(description: "a parent of this derivative is not registered") }
            parents.append(parent)
            terms.append(termsId)
        }
        let caps = asset.steps[Self.stepKey]
        let maxMintingFee = caps?["max_minting_fee"]?.stringValue.flatMap { BigUInt($0, radix: 10) } ?? 0
        let maxRevenueShare = caps?["max_revenue_share"]?.stringValue.flatMap { UInt32($0) } ?? 0
        makeDerivative = MakeDerivative(
            parentIpIds: parents, licenseTemplate: deployment.piLicenseTemplate, licenseTermsIds: terms,
            maxMintingFee: maxMintingFee, maxRts: StoryUnits.hundredPercent, maxRevenueShare: maxRevenueShare)
    }

    /// The caps as recorded in `step_data` when the derivative is requested.
    static func caps(maxMintingFee: BigUInt, maxRevenueShare: UInt32) -> JSONValue {
        .object([
            "max_minting_fee": .string(String(maxMintingFee)), "max_revenue_share": .string(String(maxRevenueShare)),
        ])
    }
}
