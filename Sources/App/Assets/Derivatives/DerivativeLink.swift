import Fluent
import Foundation

/// A child asset's link to one of its parents, as registered on the ledger.
final class DerivativeLink: Model, @unchecked Sendable {
    static let schema = "derivative_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "child_id") var child: Asset
    @Parent(key: "parent_id") var parent: Asset
    /// The parent's license terms id the child was made under (decimal).
    @Field(key: "license_terms_id") var licenseTermsID: String
    /// The parent's share of the attribution, in percent; a child's links sum to 100.
    @Field(key: "attribution_percentage") var attributionPercentage: Double
    @Enum(key: "relationship_type") var relationshipType: RelationshipType
    /// The parent's place in the child's registration (0-based): the ledger pairs parents and
    /// terms in this order.
    @Field(key: "position") var position: Int
    @OptionalField(key: "tx_hash") var txHash: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

enum RelationshipType: String, Codable, CaseIterable, Sendable {
    case remix, adaptation, translation, continuation
}
