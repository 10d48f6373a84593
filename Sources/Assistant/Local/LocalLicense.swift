/// Picks the PIL flavor that matches the creator's stated intent (their intended use when it says
/// anything about licensing, else their description) and explains the choice with their words.
enum LocalLicense {
    /// The share suggested for Commercial Remix when the creator names none; they can change it.
    static let defaultRoyaltyPercentage = 10

    static func suggest(description: String, intendedUse: String?) -> LicenseSuggestion {
        let fromUse = intendedUse.map { LicenseIntent(text: $0) } ?? LicenseIntent()
        let intent = fromUse.isEmpty ? LicenseIntent(text: description) : fromUse
        let source = fromUse.isEmpty ? "description" : "intended use"
        let (flavor, reason) = decide(intent)
        let royalty = flavor == .commercialRemix ? (intent.statedPercentage ?? defaultRoyaltyPercentage) : 0
        let said =
            intent.isEmpty
            ? "The \(source) says nothing about how the work may be used. "
            : "Your \(source) mentions \(evidence(intent)). "
        return LicenseSuggestion(
            licenseType: flavor, royaltyPercentage: royalty,
            explanation: said + reason + " " + terms(flavor, royalty: royalty, stated: intent.statedPercentage != nil))
    }

    private static func decide(_ intent: LicenseIntent) -> (LicenseFlavor, String) {
        if !intent.nonCommercial.isEmpty {
            if !intent.noDerivatives.isEmpty {
                return (
                    .nonCommercialSocialRemixing,
                    "No Lore flavor is both non-commercial and remix-free, so this keeps the non-commercial part; use a custom license to forbid remixes too."
                )
            }
            return (.nonCommercialSocialRemixing, "It rules out commercial use, so a non-commercial license fits.")
        }
        let wantsMoney = !intent.commercial.isEmpty || !intent.royalty.isEmpty
        if wantsMoney {
            if !intent.noDerivatives.isEmpty {
                return (.commercialUse, "It allows commercial use but not remixes.")
            }
            if !intent.royalty.isEmpty && intent.royaltyFree.isEmpty && intent.statedPercentage != 0 {
                return (.commercialRemix, "It asks for a share of revenue, which only Commercial Remix provides.")
            }
            if !intent.royaltyFree.isEmpty || intent.statedPercentage == 0 || !intent.openAttribution.isEmpty
                || !intent.free.isEmpty
            {
                return (.ccBy, "It allows commercial use without asking for royalties.")
            }
            if !intent.remix.isEmpty {
                return (
                    .commercialRemix,
                    "It allows commercial use and remixes, and Commercial Remix pays you a share of what remixes earn."
                )
            }
            return (.commercialUse, "It is about commercial use and does not mention remixes.")
        }
        if !intent.openAttribution.isEmpty && !intent.free.isEmpty {
            return (.ccBy, "It offers the work freely with credit.")
        }
        if !intent.free.isEmpty || !intent.remix.isEmpty {
            return (.nonCommercialSocialRemixing, "It invites free remixing and does not ask for commercial use.")
        }
        if !intent.noDerivatives.isEmpty {
            return (.commercialUse, "It forbids remixes, and Commercial Use is the only flavor without derivatives.")
        }
        if !intent.openAttribution.isEmpty {
            return (.ccBy, "It asks only for credit.")
        }
        return (
            .nonCommercialSocialRemixing,
            "Non-Commercial Social Remixing is the safest start: it keeps every commercial right with you."
        )
    }

    private static func evidence(_ intent: LicenseIntent) -> String {
        let cues =
            intent.nonCommercial + intent.noDerivatives + intent.royaltyFree + intent.royalty
            + intent.commercial + intent.free + intent.remix + intent.openAttribution
        return ProseList.join(ProseList.quoted(Array(cues.prefix(4))))
    }

    private static func terms(_ flavor: LicenseFlavor, royalty: Int, stated: Bool) -> String {
        switch flavor {
        case .nonCommercialSocialRemixing:
            return
                "Non-Commercial Social Remixing lets anyone remix the work non-commercially with credit; it carries no royalty."
        case .commercialUse:
            return
                "Commercial Use lets others use the work commercially for a license fee you set, without remixes; it carries no royalty."
        case .commercialRemix:
            let share = stated ? "the \(royalty)% you stated" : "\(royalty)%, a common starting share you can adjust,"
            return
                "Commercial Remix lets others use and remix the work commercially with credit and pays you \(share) of what their derivatives earn."
        case .ccBy:
            return
                "Creative Commons Attribution lets anyone use and remix the work, commercially too, with credit only; it carries no royalty."
        }
    }
}
