import Foundation
import Vapor

/// A path parameter: its placeholder when a route is registered (``key``), or the value when a
/// link is built.
enum Parameter<Value: Sendable & Equatable>: Sendable, Equatable {
    case key
    case value(Value)
}

/// Every URL Lore serves, pages and API alike (SwiftPackageIndex-Server's pattern). Routes are
/// registered from it (``pathComponents``) and links are built from it (``path``,
/// ``absoluteURL(base:)``), so the two cannot drift. API paths end in `/`, as documented
/// (06-API-DOCUMENTATION.md); the router also answers them without it.
enum SiteURL: Sendable, Equatable {
    /// `/`: the landing page.
    case home
    /// `/healthz`
    case health
    /// `/ipfs/{cid}`: stored content.
    case content(cid: Parameter<String>)
    /// `/assets/{uuid}`: an asset's page (the NFT metadata's `external_url`).
    case asset(Parameter<UUID>)
    case api(API)

    /// The names of path parameters, as handlers read them (`req.parameters.get(...)`).
    enum Key {
        static let uuid = "uuid"
        static let cid = "cid"
        static let address = "address"
    }

    /// `/api/…`
    enum API: Sendable, Equatable {
        /// `/api/version/`
        case version
        case auth(Auth)
        case assets(Assets)
        /// `/api/royalties/{uuid}/`: one royalty payment.
        case royaltyPayment(Parameter<UUID>)
        /// `/api/wallet/`
        case wallet
        /// `/api/wallet/faucet/`
        case walletFaucet
    }

    /// `/api/auth/…`: sign-in and the caller's profile.
    enum Auth: Sendable, Equatable {
        case generateNonce, verifySignature, refreshToken, logout, me, profile
        /// `/api/auth/user/{address}/`: a public profile.
        case user(address: Parameter<String>)
    }

    /// `/api/assets/…`
    enum Assets: Sendable, Equatable {
        /// `/api/assets/`: the caller's assets (GET), a new asset (POST).
        case collection
        case discover
        case uploadToIPFS
        /// `/api/assets/derivatives/`: the caller's relationships (GET), a new derivative (POST).
        case derivatives
        case createMultiParentDerivative
        /// `/api/assets/royalties/`: payments the caller received.
        case royalties
        /// `/api/assets/ai/…`
        case ai(AI)
        /// `/api/assets/{uuid}/` and what hangs off it.
        case asset(Parameter<UUID>, AssetAction? = nil)
    }

    /// `/api/assets/{uuid}/<action>/`
    enum AssetAction: String, Sendable, Equatable, CaseIterable {
        case restore
        case permanentDelete = "permanent_delete"
        case retryRegistration = "retry_registration"
        case retryCreation = "retry_creation"
        case derivatives, parents, lineage
        case royaltyBalance = "royalty_balance"
        case payRoyalty = "pay_royalty"
        case claimRoyalties = "claim_royalties"
    }

    /// `/api/assets/ai/<task>/`
    enum AI: String, Sendable, Equatable, CaseIterable {
        case generateTitle = "generate-title"
        case enhanceDescription = "enhance-description"
        case analyzeContent = "analyze-content"
        case suggestLicense = "suggest-license"
        case analyzeDerivative = "analyze-derivative"
        case feedback
        case usageStats = "usage-stats"
        case platformStats = "platform-stats"
    }

    /// One path segment: a constant, or a parameter with its key and (for links) its value.
    enum Segment: Equatable {
        case constant(String)
        case parameter(key: String, value: String?)
    }

    var segments: [Segment] {
        switch self {
        case .home: []
        case .health: [.constant("healthz")]
        case .content(let cid): [.constant("ipfs"), Self.segment(Key.cid, cid) { $0 }]
        case .asset(let id): [.constant("assets"), Self.segment(Key.uuid, id, Self.text)]
        case .api(let api): [.constant("api")] + api.segments
        }
    }

    /// The route's components, parameters as `:key` (route registration).
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .constant(let name): .constant(name)
            case .parameter(let key, _): .parameter(key)
            }
        }
    }

    /// The path of a link (`/api/assets/0a1b…/lineage/`), or the route's template with
    /// parameters as `{key}` (documentation).
    var path: String {
        let parts = segments.map { segment in
            switch segment {
            case .constant(let name): name
            case .parameter(let key, let value): value ?? "{\(key)}"
            }
        }
        let path = "/" + parts.joined(separator: "/")
        return isAPI ? path + "/" : path
    }

    /// `base` (scheme, host and any path prefix, with or without a final `/`) followed by ``path``.
    func absoluteURL(base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + path
    }

    var isAPI: Bool {
        if case .api = self { return true }
        return false
    }

    /// UUIDs in paths are lower case, as the API prints them.
    static func text(_ id: UUID) -> String { id.uuidString.lowercased() }

    static func segment<Value>(
        _ key: String, _ parameter: Parameter<Value>, _ render: (Value) -> String
    ) -> Segment {
        switch parameter {
        case .key: .parameter(key: key, value: nil)
        case .value(let value): .parameter(key: key, value: render(value))
        }
    }
}

extension SiteURL.API {
    var segments: [SiteURL.Segment] {
        switch self {
        case .version: [.constant("version")]
        case .auth(let auth): [.constant("auth")] + auth.segments
        case .assets(let assets): [.constant("assets")] + assets.segments
        case .royaltyPayment(let id): [.constant("royalties"), SiteURL.segment(SiteURL.Key.uuid, id, SiteURL.text)]
        case .wallet: [.constant("wallet")]
        case .walletFaucet: [.constant("wallet"), .constant("faucet")]
        }
    }
}

extension SiteURL.Auth {
    var segments: [SiteURL.Segment] {
        switch self {
        case .generateNonce: [.constant("generate-nonce")]
        case .verifySignature: [.constant("verify-signature")]
        case .refreshToken: [.constant("refresh-token")]
        case .logout: [.constant("logout")]
        case .me: [.constant("me")]
        case .profile: [.constant("profile")]
        case .user(let address): [.constant("user"), SiteURL.segment(SiteURL.Key.address, address) { $0 }]
        }
    }
}

extension SiteURL.Assets {
    var segments: [SiteURL.Segment] {
        switch self {
        case .collection: []
        case .discover: [.constant("discover")]
        case .uploadToIPFS: [.constant("upload-to-ipfs")]
        case .derivatives: [.constant("derivatives")]
        case .createMultiParentDerivative: [.constant("create_multi_parent_derivative")]
        case .royalties: [.constant("royalties")]
        case .ai(let task): [.constant("ai"), .constant(task.rawValue)]
        case .asset(let id, let action):
            [SiteURL.segment(SiteURL.Key.uuid, id, SiteURL.text)] + (action.map { [.constant($0.rawValue)] } ?? [])
        }
    }
}

extension Request {
    /// The `{uuid}` path parameter, if it is a UUID.
    var uuidParameter: UUID? { parameters.get(SiteURL.Key.uuid).flatMap(UUID.init(uuidString:)) }
}

extension SiteURL {
    /// Every URL Lore serves, parameters as keys: the route table (a test checks that exactly
    /// these are registered) and, later, the API's documentation. A new case belongs here.
    static var templates: [SiteURL] {
        let api: [API] = [.version, .royaltyPayment(.key), .wallet, .walletFaucet]
        let auth: [Auth] = [
            .generateNonce, .verifySignature, .refreshToken, .logout, .me, .profile, .user(address: .key),
        ]
        let assets: [Assets] =
            [.collection, .discover, .uploadToIPFS, .derivatives, .createMultiParentDerivative, .royalties]
            + AI.allCases.map { .ai($0) }
            + [.asset(.key)] + AssetAction.allCases.map { .asset(.key, $0) }
        return [.home, .health, .content(cid: .key), .asset(.key)]
            + api.map { .api($0) } + auth.map { .api(.auth($0)) } + assets.map { .api(.assets($0)) }
    }
}
