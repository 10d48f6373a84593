import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("PIL terms (PILicenseTemplate.registerLicenseTerms)")
struct LicenseTermsTests {
    typealias E = StoryErrors.PILicenseTemplate

    @Test func genesisRegistersNonCommercialSocialRemixingAsIdOne() async throws {
        let f = LedgerFixture()
        #expect(await f.ledger.licenseTerms(1) == PILFlavor.nonCommercialSocialRemixing())
        #expect(await f.ledger.licenseTermsId(of: PILFlavor.nonCommercialSocialRemixing()) == 1)
        #expect(await f.ledger.licenseTerms(0) == nil)
    }

    @Test func identicalTermsAreDeduplicated() async throws {
        let f = LedgerFixture()
        let first = try await f.ledger.registerLicenseTerms(from: LedgerFixture.alice, terms: f.remix(share: 5))
        #expect(first.result == 2)
        #expect(first.events.map(\.name) == ["LicenseTermsRegistered"])
        let again = try await f.ledger.registerLicenseTerms(from: LedgerFixture.bob, terms: f.remix(share: 5))
        #expect(again.result == 2)
        #expect(again.events.isEmpty)
        // 20 zero bytes of checker data (the SDKs' choice) is different terms from empty bytes.
        var sdkStyle = f.remix(share: 5)
        sdkStyle.commercializerCheckerData = [UInt8](repeating: 0, count: 20)
        #expect(try await f.ledger.registerLicenseTerms(from: LedgerFixture.alice, terms: sdkStyle).result == 3)
    }

    @Test func theUriIsJSONEscapedBeforeHashing() async throws {
        let f = LedgerFixture()
        var terms = PILFlavor.nonCommercialSocialRemixing()
        terms.uri = "say \"hi\"\n"
        let id = try await f.ledger.registerLicenseTerms(from: LedgerFixture.alice, terms: terms).result
        #expect(await f.ledger.licenseTerms(id)?.uri == "say \\\"hi\\\"\\n")
        #expect(JSONEscape.escape("a\u{01}b\\") == "a\\u0001b\\\\")
    }

    @Test func everyValidationRuleHasItsError() async throws {
        let f = LedgerFixture()
        let other = LedgerSettings.derivedAddress("not-whitelisted")
        var cases: [(StoryErrorDefinition, PILTerms)] = []
        var t = f.remix(share: 5)
        t.royaltyPolicy = other
        cases.append((E.royaltyPolicyNotWhitelisted, t))
        t = f.remix(share: 5)
        t.currency = other
        cases.append((E.currencyTokenNotWhitelisted, t))
        t = f.remix(share: 5)
        t.currency = .zero
        cases.append((E.royaltyPolicyRequiresCurrencyToken, t))
        t = PILFlavor.nonCommercialSocialRemixing()
        t.defaultMintingFee = 1
        cases.append((E.mintingFeeRequiresRoyaltyPolicy, t))
        let ncsr = PILFlavor.nonCommercialSocialRemixing()
        t = ncsr
        t.commercialAttribution = true
        cases.append((E.commercialDisabledCantAddAttribution, t))
        t = ncsr
        t.commercializerChecker = other
        cases.append((E.commercialDisabledCantAddCommercializers, t))
        t = ncsr
        t.commercialRevShare = 1
        cases.append((E.commercialDisabledCantAddRevShare, t))
        t = ncsr
        t.commercialRevCeiling = 1
        cases.append((E.commercialDisabledCantAddRevCeiling, t))
        t = ncsr
        t.derivativeRevCeiling = 1
        cases.append((E.commercialDisabledCantAddDerivativeRevCeiling, t))
        t = ncsr
        t.royaltyPolicy = f.lap
        t.currency = f.wip
        cases.append((E.commercialDisabledCantAddRoyaltyPolicy, t))
        t = f.remix(share: 5)
        t.royaltyPolicy = .zero
        t.currency = .zero
        cases.append((E.commercialEnabledRoyaltyPolicyRequired, t))
        t = f.remix(share: 5)
        t.commercializerChecker = other
        cases.append((E.commercializerCheckerDoesNotSupportHook, t))
        let noDerivatives = PILFlavor.commercialUse(defaultMintingFee: 0, currency: f.wip, royaltyPolicy: f.lap)
        t = noDerivatives
        t.derivativesAttribution = true
        cases.append((E.derivativesDisabledCantAddAttribution, t))
        t = noDerivatives
        t.derivativesApproval = true
        cases.append((E.derivativesDisabledCantAddApproval, t))
        t = noDerivatives
        t.derivativesReciprocal = true
        cases.append((E.derivativesDisabledCantAddReciprocal, t))
        t = noDerivatives
        t.derivativeRevCeiling = 1
        cases.append((E.derivativesDisabledCantAddDerivativeRevCeiling, t))
        for (definition, terms) in cases {
            await expectStoryError(definition) {
                _ = try await f.ledger.registerLicenseTerms(from: LedgerFixture.alice, terms: terms)
            }
        }
        // Nothing was registered by the refusals.
        #expect(await f.ledger.licenseTerms(2) == nil)
        // The four flavors themselves are valid.
        for flavor in [
            PILFlavor.nonCommercialSocialRemixing(), noDerivatives, f.remix(share: 10),
            PILFlavor.creativeCommonsAttribution(currency: f.wip, royaltyPolicy: f.lap),
        ] {
            _ = try await f.ledger.registerLicenseTerms(from: LedgerFixture.alice, terms: flavor)
        }
    }
}
