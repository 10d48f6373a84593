import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

/// An asset row as a test wants it, inserted straight into the database in any state (the
/// creation pipeline is not involved). Registered assets get ledger fields; failed ones the
/// step and error they failed with.
struct AssetFixture: Sendable {
    var title = "Untitled"
    var description = ""
    var assetType: AssetType = .digitalArt
    var licenseType = "non_commercial_social_remixing"
    var status: RegistrationStatus = .registered
    var isArchived = false
    var derivativesCount = 0
    var favoritesCount = 0
    /// Set after the insert (Fluent would stamp "now" otherwise); nil keeps "now".
    var createdAt: Date?
    var updatedAt: Date?
}

/// A fixed reference time; fixtures place assets at distinct offsets from it.
let fixtureEpoch = Date(timeIntervalSince1970: 1_750_000_000)

/// Rate limits high enough for tests that send many requests.
let generousLimits = [
    "LORE_RATE_LIMIT_AUTH": "1000", "LORE_RATE_LIMIT_ASSET_READ": "1000", "LORE_RATE_LIMIT_ASSET_WRITE": "1000",
]

extension TestClient {
    /// A user created directly, never signed in.
    func makeUser(username: String) async throws -> User {
        let address = "0x" + (0..<40).map { _ in String("0123456789abcdef".randomElement()!) }.joined()
        let user = User(walletAddress: address, username: username)
        try await user.create(on: app.db)
        return user
    }

    /// The database row of a signed-in user.
    func user(_ signedIn: SignedIn) async throws -> User {
        try #require(try await User.find(UUID(uuidString: signedIn.userUUID), on: app.db))
    }

    @discardableResult
    func insertAsset(owner: User, _ fixture: AssetFixture = AssetFixture()) async throws -> Asset {
        let asset = Asset()
        asset.$owner.id = try owner.requireID()
        asset.title = fixture.title
        asset.description = fixture.description
        asset.assetType = fixture.assetType
        let cid = "bafkrei" + randomHex(26)
        asset.mediaURL = "ipfs://\(cid)"
        asset.mediaCID = cid
        asset.mediaType = "image/png"
        asset.licenseType = fixture.licenseType
        asset.commercialUse = false
        asset.derivativesAllowed = true
        asset.commercialRevShare = 0
        asset.mintingFee = "0"
        asset.licenseTermsIDs = ["1"]
        asset.stepData = "{}"
        asset.registrationStatus = fixture.status
        asset.registrationAttempts = fixture.status == .pending ? 0 : 1
        switch fixture.status {
        case .registered:
            asset.creationStep = .completed
            asset.chainID = 31337
            asset.nftContract = "0x" + randomHex(40)
            asset.tokenID = String(Int.random(in: 1...1_000_000))
            asset.ipID = "0x" + randomHex(40)
            asset.txHash = "0x" + randomHex(64)
            asset.registeredAt = fixture.createdAt ?? Date()
        case .pending:
            asset.creationStep = .metadataUpload
        case .retrying, .failed:
            asset.creationStep = .storyRegistration
            asset.failedAtStep = .storyRegistration
            asset.registrationError = "The ledger refused the transaction."
        }
        asset.isArchived = fixture.isArchived
        asset.archivedAt = fixture.isArchived ? Date() : nil
        asset.derivativesCount = fixture.derivativesCount
        asset.favoritesCount = fixture.favoritesCount
        try await asset.create(on: app.db)
        if fixture.createdAt != nil || fixture.updatedAt != nil {
            let query = Asset.query(on: app.db).filter(\.$id == (try asset.requireID()))
            if let createdAt = fixture.createdAt { query.set(\.$createdAt, to: createdAt) }
            query.set(\.$updatedAt, to: fixture.updatedAt ?? fixture.createdAt)
            try await query.update()
        }
        return try #require(try await Asset.find(try asset.requireID(), on: app.db))
    }

    /// A derivative link from `child` to `parent`.
    @discardableResult
    func insertLink(
        child: Asset, parent: Asset, attribution: Double = 100, relationship: RelationshipType = .remix
    ) async throws -> DerivativeLink {
        let link = DerivativeLink()
        link.$child.id = try child.requireID()
        link.$parent.id = try parent.requireID()
        link.licenseTermsID = "1"
        link.attributionPercentage = attribution
        link.relationshipType = relationship
        link.position = 0
        link.txHash = "0x" + randomHex(64)
        try await link.create(on: app.db)
        return link
    }

    /// The asset row as stored now, or nil once deleted.
    func storedAsset(_ asset: Asset) async throws -> Asset? {
        try await Asset.find(asset.requireID(), on: app.db)
    }
}

private func randomHex(_ count: Int) -> String {
    (0..<count).map { _ in String("0123456789abcdef".randomElement()!) }.joined()
}

extension TestingHTTPResponse {
    /// A page envelope's `results`.
    var results: [[String: Any]] {
        get throws { try #require(try json["results"] as? [[String: Any]], "body: \(body.string)") }
    }

    /// The `title` of each result, in order.
    var resultTitles: [String] {
        get throws { try results.map { $0["title"] as? String ?? "?" } }
    }

    /// The `uuid` of each result, in order.
    var resultUUIDs: [UUID?] {
        get throws { try results.map { ($0["uuid"] as? String).flatMap(UUID.init(uuidString:)) } }
    }
}
