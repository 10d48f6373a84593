import Vapor

/// The table of contents: every URL Lore serves, with its method, middleware and handler.
/// Paths come from ``SiteURL`` alone; groups add middleware only.
func routes(_ app: Application) throws {
    // Operations and stored content (outside /api/: errors are HTML pages).
    app.get(.health, use: HealthController.health)
    app.get(.api(.version), use: HealthController.version)
    app.get(.content(cid: .key), use: ContentController.serve)

    // Pages.
    let pages = app.grouped(SessionAuthenticator())
    pages.get(.home, use: WebController.home)
    pages.get(.asset(.key), use: AssetPage.show)

    let api = app.grouped(SessionAuthenticator())
    let signedIn = api.grouped(RequireUser())

    // Sign-in and profiles (rate group `auth`).
    let auth = api.grouped(RateLimitMiddleware(group: .auth))
    auth.post(.api(.auth(.generateNonce)), use: AuthController.generateNonce)
    auth.post(.api(.auth(.verifySignature)), use: AuthController.verifySignature)
    auth.post(.api(.auth(.refreshToken)), use: AuthController.refreshToken)
    auth.post(.api(.auth(.logout)), use: AuthController.logout)
    auth.get(.api(.auth(.user(address: .key))), use: ProfileController.publicProfile)
    auth.grouped(RequireUser()).get(.api(.auth(.me)), use: ProfileController.me)
    auth.grouped(RequireUser()).post(.api(.auth(.profile)), use: ProfileController.update)

    // Assets: reads (rate group `asset_read`) and writes (`asset_write`).
    let assets = AssetController()
    let reads = api.grouped(RateLimitMiddleware(group: .assetRead))
    let writes = api.grouped(RateLimitMiddleware(group: .assetWrite), RequireUser())
    reads.grouped(RequireUser()).get(.api(.assets(.collection)), use: assets.ownAssets)
    reads.get(.api(.assets(.discover)), use: assets.discover)
    reads.get(.api(.assets(.asset(.key))), use: assets.detail)
    writes.patch(.api(.assets(.asset(.key))), body: .assetJSON, use: assets.update)
    writes.delete(.api(.assets(.asset(.key))), use: assets.archive)
    writes.post(.api(.assets(.asset(.key, .restore))), use: assets.restore)
    writes.delete(.api(.assets(.asset(.key, .permanentDelete))), use: assets.permanentlyDelete)

    // Uploads into the content store, and creation through the pipeline.
    writes.post(.api(.assets(.uploadToIPFS)), body: .stream, use: UploadController.upload)
    writes.post(.api(.assets(.collection)), body: .assetJSON, use: AssetCreationController.create)
    writes.post(.api(.assets(.asset(.key, .retryRegistration))), use: AssetCreationController.retryRegistration)
    writes.post(.api(.assets(.asset(.key, .retryCreation))), use: AssetCreationController.retryCreation)

    // Remixes and lineage.
    writes.post(.api(.assets(.derivatives)), body: .assetJSON, use: DerivativeController.create)
    writes.post(.api(.assets(.createMultiParentDerivative)), body: .assetJSON, use: DerivativeController.create)
    reads.grouped(RequireUser()).get(.api(.assets(.derivatives)), use: LineageController.relationships)
    reads.get(.api(.assets(.asset(.key, .derivatives))), use: LineageController.derivatives)
    reads.get(.api(.assets(.asset(.key, .parents))), use: LineageController.parents)
    reads.get(.api(.assets(.asset(.key, .lineage))), use: LineageController.lineage)

    // Royalties.
    reads.grouped(RequireUser()).get(.api(.assets(.royalties)), use: RoyaltyController.received)
    reads.get(.api(.assets(.asset(.key, .royaltyBalance))), use: RoyaltyController.balance)
    writes.post(.api(.assets(.asset(.key, .payRoyalty))), use: RoyaltyController.pay)
    writes.post(.api(.assets(.asset(.key, .claimRoyalties))), use: RoyaltyController.claim)
    reads.grouped(RequireUser()).get(.api(.royaltyPayment(.key)), use: RoyaltyController.payment)

    // The caller's WIP on the ledger.
    signedIn.get(.api(.wallet), use: WalletController.balance)
    signedIn.grouped(RateLimitMiddleware(group: .assetWrite)).post(.api(.walletFaucet), use: WalletController.faucet)

    // The AI assistant: the five tasks and feedback (rate group `ai`), statistics (`analytics`).
    let ai = signedIn.grouped(RateLimitMiddleware(group: .ai))
    ai.post(.api(.assets(.ai(.generateTitle))), use: AIController.generateTitle)
    ai.post(.api(.assets(.ai(.enhanceDescription))), use: AIController.enhanceDescription)
    ai.post(.api(.assets(.ai(.analyzeContent))), use: AIController.analyzeContent)
    ai.post(.api(.assets(.ai(.suggestLicense))), use: AIController.suggestLicense)
    ai.post(.api(.assets(.ai(.analyzeDerivative))), use: AIController.analyzeDerivative)
    ai.post(.api(.assets(.ai(.feedback))), use: AIFeedbackController.submit)
    let analytics = signedIn.grouped(RateLimitMiddleware(group: .analytics))
    analytics.get(.api(.assets(.ai(.usageStats))), use: AIStatsController.usageStats)
    analytics.get(.api(.assets(.ai(.platformStats))), use: AIStatsController.platformStats)
}
