import Fluent
import Foundation
import SQLKit

/// Reading assets: the owner's list, public discovery and single-asset lookups, each a small
/// function taking a `Database` (STYLE.md). Every list has a total order (the tie-breakers end
/// in the primary key) so pages never repeat or skip a row.
enum AssetQueries {
    /// A page of `owner`'s assets, with their owner loaded.
    static func ownAssets(
        ownedBy owner: UUID, _ parameters: OwnAssetsParameters, page: PageRequest, on database: any Database
    ) async throws -> (items: [Asset], count: Int) {
        let query = Asset.query(on: database)
            .filter(\.$owner.$id == owner)
            .filter(\.$isArchived == (parameters.status == .archived))
            .with(\.$owner)
        if let assetType = parameters.assetType { query.filter(\.$assetType == assetType) }
        switch parameters.ordering {
        case .newest: query.sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .oldest: query.sort(\.$createdAt, .ascending).sort(\.$id, .ascending)
        case .title: query.sort(lowerTitle, .ascending).sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .titleDescending:
            query.sort(lowerTitle, .descending).sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .recentlyUpdated: query.sort(\.$updatedAt, .descending).sort(\.$id, .descending)
        }
        return try await query.paginate(page)
    }

    /// A page of public assets (registered, not archived) of every user, with their owners
    /// loaded in one more query. The total comes from `counts` when given (large totals are
    /// reused for a few seconds there).
    static func discover(
        _ parameters: DiscoveryParameters, page: PageRequest, counts: DiscoveryCountCache? = nil, now: Date = Date(),
        on database: any Database
    ) async throws -> (items: [Asset], count: Int) {
        var filters = DiscoveryFilters(
            search: parameters.search, assetType: parameters.assetType, licenseType: parameters.licenseType)
        if let creator = parameters.creator {
            guard let ownerID = try await userID(of: creator, on: database) else { return ([], 0) }
            filters.ownerID = ownerID
        }
        let count: @Sendable () async throws -> Int = { [filters] in
            try await publicAssets(filtered: filters, on: database).count()
        }
        let total =
            if let counts { try await counts.total(for: filters, now: now, count: count) } else { try await count() }

        let query = publicAssets(filtered: filters, on: database).with(\.$owner)
        // Each ordering is served by an index whose columns end in created_at and id
        // (UpdateAssetsAddDiscoveryIndexes), scanned backwards: no sort step at any page.
        switch parameters.ordering {
        case .newest: query.sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .oldest: query.sort(\.$createdAt, .ascending).sort(\.$id, .ascending)
        case .mostRemixed:
            query.sort(\.$derivativesCount, .descending).sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .mostFavorited:
            query.sort(\.$favoritesCount, .descending).sort(\.$createdAt, .descending).sort(\.$id, .descending)
        }
        let items = try await query.offset(page.offset).limit(page.size).all()
        return (items, total)
    }

    /// Public assets matching `filters`, unordered.
    static func publicAssets(filtered filters: DiscoveryFilters, on database: any Database) -> QueryBuilder<Asset> {
        let query = AssetVisibility.restrict(Asset.query(on: database), visibleTo: nil)
        if let ownerID = filters.ownerID { query.filter(\.$owner.$id == ownerID) }
        if let assetType = filters.assetType { query.filter(\.$assetType == assetType) }
        if let licenseType = filters.licenseType { query.filter(\.$licenseType == licenseType) }
        if let search = filters.search { query.filter(.custom(matching(search))) }
        return query
    }

    /// The asset with this id, with its owner, in any state.
    static func find(_ id: UUID, on database: any Database) async throws -> Asset? {
        try await Asset.query(on: database).filter(\.$id == id).with(\.$owner).first()
    }

    /// The asset if `viewer` may see it; 404 otherwise, whether it is missing or hidden.
    static func visibleAsset(_ id: UUID, to viewer: UUID?, on database: any Database) async throws -> Asset {
        guard let asset = try await find(id, on: database), AssetVisibility.isVisible(asset, to: viewer) else {
            throw notFound
        }
        return asset
    }

    /// The asset if `user` owns it: 403 when they may see it but it is someone else's, 404 when
    /// they may not even see it.
    static func ownedAsset(_ id: UUID, by user: UUID, on database: any Database) async throws -> Asset {
        guard let asset = try await find(id, on: database) else { throw notFound }
        guard asset.$owner.id == user else {
            throw AssetVisibility.isPublic(asset)
                ? APIError.forbidden("Only the asset's creator can change it.") : notFound
        }
        return asset
    }

    static let notFound = APIError.notFound("This asset")

    /// The user a discovery `creator` filter names, if any.
    static func userID(of creator: DiscoveryParameters.Creator, on database: any Database) async throws -> UUID? {
        let query = User.query(on: database).field(\.$id)
        switch creator {
        case .walletAddress(let address): query.filter(\.$walletAddress == address)
        case .username(let username): query.filter(\.$username == username)
        }
        return try await query.first()?.id
    }

    /// Case-insensitive substring match of `term` in the title or the description. Both sides
    /// go through the database's own `lower()`, so the fold is the same on each side (SQLite's
    /// and a C-locale PostgreSQL's fold ASCII only); LIKE's wildcards in the term are escaped.
    /// The PostgreSQL trigram indexes on `lower(title)` and `lower(description)` serve it.
    static func matching(_ term: String) -> any SQLExpression {
        let pattern = "%" + escapedForLike(term) + "%"
        let condition: SQLQueryString = """
            (lower(\(ident: Asset.schema).\(ident: "title")) LIKE lower(\(bind: pattern)) ESCAPE '!' \
            OR lower(\(ident: Asset.schema).\(ident: "description")) LIKE lower(\(bind: pattern)) ESCAPE '!')
            """
        return condition
    }

    /// `term` with LIKE's wildcards (`%`, `_`) and the escape character (`!`) escaped by `!`.
    static func escapedForLike(_ term: String) -> String {
        var escaped = ""
        for character in term {
            if character == "%" || character == "_" || character == "!" { escaped.append("!") }
            escaped.append(character)
        }
        return escaped
    }

    /// Titles sort without regard to case, the same on SQLite and PostgreSQL.
    private static var lowerTitle: DatabaseQuery.Field {
        .custom(SQLFunction("lower", args: SQLColumn("title", table: Asset.schema)))
    }
}
