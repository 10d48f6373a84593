import BigInt
import Ethereum
import Fluent
import Foundation
import IPFS
import Story
import Vapor

/// A derivative request: `POST /api/assets/create_multi_parent_derivative/`'s `parent_assets`,
/// or `POST /api/assets/derivatives/`'s single `parent_asset_uuid` (+ `license_terms_id`), which
/// is one parent at 100 %.
struct DerivativeCreationRequest: Decodable, Sendable {
    struct Parent: Codable, Sendable {
        var assetUUID: UUID
        var attributionPercentage: Double
        /// Which of the parent's attached terms to derive under; the first attached by default.
        var licenseTermsID: String?

        enum CodingKeys: String, CodingKey {
            case assetUUID = "asset_uuid"
            case attributionPercentage = "attribution_percentage"
            case licenseTermsID = "license_terms_id"
        }
    }

    var parentAssets: [Parent]
    var childTitle: String
    var childDescription: String
    var childMediaURL: String
    /// Defaults to the first parent's asset type.
    var childAssetType: String?
    var relationshipType: String?
    /// The most (percent of revenue) the creator accepts to owe upstream: Story's maxRevenueShare.
    var royaltyPercentage: Double?
    /// The most WIP the creator accepts to pay in minting fees; defaults to the parents' current fees.
    var maxMintingFee: String?
    /// Refused: a derivative inherits its parents' terms.
    var licenseType: String?

    enum CodingKeys: String, CodingKey {
        case parentAssets = "parent_assets"
        case parentAssetUUID = "parent_asset_uuid"
        case licenseTermsID = "license_terms_id"
        case childTitle = "child_title"
        case childDescription = "child_description"
        case childMediaURL = "child_media_url"
        case childAssetType = "child_asset_type"
        case relationshipType = "relationship_type"
        case royaltyPercentage = "royalty_percentage"
        case maxMintingFee = "max_minting_fee"
        case licenseType = "license_type"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.parentAssets) || !container.contains(.parentAssetUUID) {
            parentAssets = try container.decode([Parent].self, forKey: .parentAssets)
        } else {
            parentAssets = [
                Parent(
                    assetUUID: try container.decode(UUID.self, forKey: .parentAssetUUID), attributionPercentage: 100,
                    licenseTermsID: try container.decodeIfPresent(String.self, forKey: .licenseTermsID))
            ]
        }
        childTitle = try container.decode(String.self, forKey: .childTitle)
        childDescription = try container.decode(String.self, forKey: .childDescription)
        childMediaURL = try container.decode(String.self, forKey: .childMediaURL)
        childAssetType = try container.decodeIfPresent(String.self, forKey: .childAssetType)
        relationshipType = try container.decodeIfPresent(String.self, forKey: .relationshipType)
        royaltyPercentage = try container.decodeIfPresent(Double.self, forKey: .royaltyPercentage)
        maxMintingFee = try container.decodeIfPresent(String.self, forKey: .maxMintingFee)
        licenseType = try container.decodeIfPresent(String.self, forKey: .licenseType)
    }
}

/// Checks a derivative request and builds the child asset with its links (DECISIONS.md
/// "Derivatives": 1-10 parents, attributions summing to 100, inherited terms, the royalty
/// percentage as the creator's cap). The ledger then decides every protocol rule.
enum DerivativeCreation {
    static let maxParents = 10

    struct Prepared {
        let child: Asset
        let links: [DerivativeLink]
    }

    static func prepare(
        _ request: DerivativeCreationRequest, owner: User, viewer: UUID, ledger: any IPLedger,
        contentStore: any ContentStore,
        on database: any Database
    ) async throws -> Prepared {
        var problems: [String: [String]] = [:]
        let parents = request.parentAssets
        if !(1...maxParents).contains(parents.count) {
            problems["parent_assets"] = ["A derivative has 1 to \(maxParents) parents."]
        } else if Set(parents.map(\.assetUUID)).count != parents.count {
            problems["parent_assets"] = ["Each parent may appear once."]
        } else if parents.contains(where: { !($0.attributionPercentage > 0 && $0.attributionPercentage <= 100) }) {
            problems["parent_assets"] = ["Each attribution_percentage is above 0 and at most 100."]
        } else if abs(parents.reduce(0) { $0 + $1.attributionPercentage } - 100) > 1e-9 {
            problems["parent_assets"] = ["The attribution percentages must sum to exactly 100."]
        }
        let relationship = RelationshipType(rawValue: request.relationshipType ?? "remix")
        if relationship == nil {
            problems["relationship_type"] = [
                "Invalid choice. Must be one of: \(RelationshipType.allCases.map(\.rawValue).joined(separator: ", "))."
            ]
        }
        if request.licenseType != nil {
            problems["license_type"] = ["A derivative inherits its parents' license terms and cannot set its own."]
        }
        var maxRevenueShare: UInt32 = 0
        if let percent = request.royaltyPercentage {
            maxRevenueShare = LicenseSelection.parseShare(percent, field: "royalty_percentage", problems: &problems)
        }
        let feeCap = request.maxMintingFee.map {
            LicenseSelection.parseFee($0, field: "max_minting_fee", problems: &problems)
        }
        guard problems.isEmpty, let relationship else { throw APIError.validation(problems) }

        // The parents: visible (404 otherwise), registered, with the chosen terms attached.
        var parentAssets: [Asset] = []
        var termsIds: [BigUInt] = []
        var parentTerms: [PILTerms] = []
        for parent in parents {
            let asset = try await AssetQueries.visibleAsset(parent.assetUUID, to: viewer, on: database)
            guard let ipId = asset.registeredIPID else {
                throw APIError(
                    .unprocessableEntity, "Parent not registered",
                    detail: "“\(asset.title)” is not registered on the ledger yet, so it cannot be remixed.")
            }
            let attached = try await ledger.attachedLicenseTerms(of: ipId)
            let termsId: BigUInt
            if let requested = parent.licenseTermsID {
                guard let id = BigUInt(requested, radix: 10), attached.contains(id) else {
                    throw APIError(
                        .unprocessableEntity, "License terms not attached",
                        detail: "License terms \(requested) are not attached to “\(asset.title)”; "
                            + "attached: \(attached.map { String($0) }.joined(separator: ", ")).")
                }
                termsId = id
            } else {
                guard let first = attached.first else {
                    throw APIError(
                        .unprocessableEntity, "No license to derive under",
                        detail: "“\(asset.title)” has no license terms attached, so it cannot be remixed.")
                }
                termsId = first
            }
            guard let terms = try await ledger.licenseTerms(termsId) else {
                throw APIError(
                    .unprocessableEntity, "Unknown license terms", detail: "License terms \(termsId) do not exist.")
            }
            parentAssets.append(asset)
            termsIds.append(termsId)
            parentTerms.append(terms)
        }

        // The child: validated like any asset, typed like its first parent unless stated.
        let create = CreateAssetRequest(
            title: request.childTitle, description: request.childDescription,
            assetType: request.childAssetType ?? parentAssets[0].assetType.rawValue, mediaURL: request.childMediaURL)
        let child = try await AssetCreation.makeAsset(create, license: nil, owner: owner, contentStore: contentStore)
        // It carries the terms it derives under (Story attaches the parents' terms to it).
        let inherited = LicenseSelection(licenseType: parentAssets[0].licenseType, terms: parentTerms[0])
        AssetCreation.apply(inherited, to: child)
        let fees = parentTerms.reduce(BigUInt(0)) { $0 + $1.defaultMintingFee }
        var steps = child.steps
        steps[DerivativeRegistration.stepKey] = DerivativeRegistration.caps(
            maxMintingFee: feeCap ?? fees, maxRevenueShare: maxRevenueShare)
        child.steps = steps

        let links = try zip(zip(parents, parentAssets), termsIds).enumerated().map { position, element in
            let (pair, termsId) = element
            let link = DerivativeLink()
            link.id = UUID()
            link.$child.id = try child.requireID()
            link.$parent.id = try pair.1.requireID()
            link.$parent.value = pair.1
            link.licenseTermsID = String(termsId)
            link.attributionPercentage = pair.0.attributionPercentage
            link.relationshipType = relationship
            link.position = position
            return link
        }
        return Prepared(child: child, links: links)
    }
}
