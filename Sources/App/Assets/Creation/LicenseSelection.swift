import BigInt
import Ethereum
import Story

/// The license a creator asks for, as the request states it: a PIL flavor (DECISIONS.md
/// "Licenses") or the custom form, with its parameters.
struct LicenseFields: Codable, Sendable {
    var licenseType: String?
    /// Percent (0-100, up to 6 decimals) of derivatives' revenue owed upstream (commercial_remix).
    var royaltyPercentage: Double?
    /// Minting fee per license in WIP, as a decimal string ("0.5"); commercial flavors only.
    var mintingFee: String?
    /// The custom form (license_type = "custom").
    var licenseTerms: CustomLicenseTerms?

    enum CodingKeys: String, CodingKey {
        case licenseType = "license_type"
        case royaltyPercentage = "royalty_percentage"
        case mintingFee = "minting_fee"
        case licenseTerms = "license_terms"
    }
}

/// Every PIL field a creator may set, in the API's words; validated by the same rules as
/// `PILicenseTemplate.registerLicenseTerms` (story.md §5).
struct CustomLicenseTerms: Codable, Sendable {
    var transferable: Bool?
    var commercialUse: Bool
    var commercialAttribution: Bool?
    var royaltyPercentage: Double?
    /// "LAP" (default for commercial terms) or "LRP".
    var royaltyPolicy: String?
    var mintingFee: String?
    var commercialRevCeiling: String?
    var derivativesAllowed: Bool
    var derivativesAttribution: Bool?
    var derivativesApproval: Bool?
    var derivativesReciprocal: Bool?
    var derivativeRevCeiling: String?
    /// Seconds after a derivative's registration at which it expires; 0 or absent = never.
    var expiration: UInt64?
    var uri: String?

    enum CodingKeys: String, CodingKey {
        case transferable, expiration, uri
        case commercialUse = "commercial_use"
        case commercialAttribution = "commercial_attribution"
        case royaltyPercentage = "royalty_percentage"
        case royaltyPolicy = "royalty_policy"
        case mintingFee = "minting_fee"
        case commercialRevCeiling = "commercial_rev_ceiling"
        case derivativesAllowed = "derivatives_allowed"
        case derivativesAttribution = "derivatives_attribution"
        case derivativesApproval = "derivatives_approval"
        case derivativesReciprocal = "derivatives_reciprocal"
        case derivativeRevCeiling = "derivative_rev_ceiling"
    }
}

/// A validated license choice: the PIL terms to register and how the asset row describes them.
struct LicenseSelection: Sendable {
    static let flavors = ["non_commercial_social_remixing", "commercial_use", "commercial_remix", "cc_by", "custom"]

    let licenseType: String
    let terms: PILTerms

    /// Builds the terms, collecting every field problem (400s); Story's own rules on the result
    /// are checked by the ledger.
    static func make(_ request: LicenseFields, deployment: StoryDeployment) throws -> LicenseSelection {
        var problems: [String: [String]] = [:]
        let type = request.licenseType ?? "non_commercial_social_remixing"
        guard flavors.contains(type) else {
            throw APIError.validation([
                "license_type": ["Invalid choice. Must be one of: \(flavors.joined(separator: ", "))."]
            ])
        }
        let fee = parseFee(request.mintingFee, field: "minting_fee", problems: &problems)
        let lap = deployment.royaltyPolicyLAP
        let terms: PILTerms
        switch type {
        case "non_commercial_social_remixing":
            if request.royaltyPercentage.map({ $0 != 0 }) == true {
                problems["royalty_percentage"] = ["A non-commercial license carries no royalty."]
            }
            if fee > 0 { problems["minting_fee"] = ["A non-commercial license has no minting fee."] }
            terms = PILFlavor.nonCommercialSocialRemixing()
        case "commercial_use":
            if request.royaltyPercentage.map({ $0 != 0 }) == true {
                problems["royalty_percentage"] = [
                    "Commercial Use allows no derivatives, so there is no royalty share; use commercial_remix."
                ]
            }
            terms = PILFlavor.commercialUse(defaultMintingFee: fee, currency: deployment.wip, royaltyPolicy: lap)
        case "commercial_remix":
            guard let percent = request.royaltyPercentage else {
                problems["royalty_percentage"] = [
                    "Commercial Remix needs the share of derivatives' revenue you ask for (0-100)."
                ]
                throw APIError.validation(problems)
            }
            let share = parseShare(percent, field: "royalty_percentage", problems: &problems)
            terms = PILFlavor.commercialRemix(
                defaultMintingFee: fee, commercialRevShare: share, currency: deployment.wip, royaltyPolicy: lap)
        case "cc_by":
            if request.royaltyPercentage.map({ $0 != 0 }) == true {
                problems["royalty_percentage"] = ["CC BY carries no royalty."]
            }
            if fee > 0 { problems["minting_fee"] = ["CC BY has no minting fee."] }
            terms = PILFlavor.creativeCommonsAttribution(currency: deployment.wip, royaltyPolicy: lap)
        default:
            guard let custom = request.licenseTerms else {
                throw APIError.validation(["license_terms": ["A custom license needs its license_terms."]])
            }
            terms = custom.pilTerms(deployment: deployment, problems: &problems)
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        return LicenseSelection(licenseType: type, terms: terms)
    }

    /// A percentage in Story units (100 % = 100_000_000), exact to 6 decimals.
    static func parseShare(_ percent: Double, field: String, problems: inout [String: [String]]) -> UInt32 {
        let units = (percent * 1_000_000).rounded()
        guard percent.isFinite, (0...100).contains(percent), abs(units - percent * 1_000_000) < 1e-3 else {
            problems[field] = ["A percentage from 0 to 100, with at most 6 decimals."]
            return 0
        }
        return UInt32(units)
    }

    static func parseFee(_ text: String?, field: String, problems: inout [String: [String]]) -> BigUInt {
        guard let text else { return 0 }
        guard let wei = WIPAmount.wei(fromDecimal: text) else {
            problems[field] = ["An amount of WIP as a decimal string, e.g. \"0.5\" (at most 18 decimals)."]
            return 0
        }
        return wei
    }
}

extension CustomLicenseTerms {
    func pilTerms(deployment: StoryDeployment, problems: inout [String: [String]]) -> PILTerms {
        var policy = Address.zero
        if commercialUse || royaltyPolicy != nil {
            switch (royaltyPolicy ?? "LAP").uppercased() {
            case "LAP": policy = deployment.royaltyPolicyLAP
            case "LRP": policy = deployment.royaltyPolicyLRP
            default: problems["license_terms.royalty_policy"] = ["Either LAP or LRP."]
            }
        }
        func amount(_ text: String?, _ field: String) -> BigUInt {
            LicenseSelection.parseFee(text, field: "license_terms.\(field)", problems: &problems)
        }
        let share =
            royaltyPercentage.map {
                LicenseSelection.parseShare($0, field: "license_terms.royalty_percentage", problems: &problems)
            } ?? 0
        return PILTerms(
            transferable: transferable ?? true, royaltyPolicy: policy,
            defaultMintingFee: amount(mintingFee, "minting_fee"),
            expiration: BigUInt(expiration ?? 0), commercialUse: commercialUse,
            commercialAttribution: commercialAttribution ?? commercialUse, commercialRevShare: share,
            commercialRevCeiling: amount(commercialRevCeiling, "commercial_rev_ceiling"),
            derivativesAllowed: derivativesAllowed,
            derivativesAttribution: derivativesAttribution ?? derivativesAllowed,
            derivativesApproval: derivativesApproval ?? false, derivativesReciprocal: derivativesReciprocal ?? false,
            derivativeRevCeiling: amount(derivativeRevCeiling, "derivative_rev_ceiling"),
            currency: policy == .zero ? .zero : deployment.wip, uri: uri ?? "")
    }
}

extension LicenseSelection {
    /// The terms as stored on the asset row: hex of `abi.encode(terms)` (the form the license
    /// template hashes), so they round-trip exactly.
    var storedTerms: String { Hex.encode(terms.abiEncoded) }

    /// The terms an asset was created with.
    static func terms(of asset: Asset) throws -> PILTerms {
        guard let stored = asset.licenseTerms, let bytes = try? Hex.decode(stored),
            let value = try? ABI.decode(PILTerms.abiType, from: bytes), let terms = try? PILTerms(abiValue: value)
        else { throw PermanentJobFailure(description: "the asset's license terms are unreadable") }
        return terms
    }
}

extension LicenseSelection {
    /// Custom terms are checked by the license template itself before the asset is accepted:
    /// registering terms is idempotent (they are de-duplicated by their hash, story.md §2.4) and
    /// refuses terms that break a rule — a 422 naming the rule. Flavors are valid by construction.
    static func checkWithLedger(_ license: LicenseSelection, ledger: any IPLedger) async throws {
        guard license.licenseType == "custom" else { return }
        do {
            _ = try await ledger.registerLicenseTerms(from: ledger.operatorAddress, terms: license.terms)
        } catch let error as StoryError {
            throw LedgerRefusal.apiError(error, what: "These license terms are not allowed")
        }
    }
}
