import BigInt
import Ethereum
import Foundation
import Testing

@testable import Story

/// A settable clock for ledgers under test.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64

    init(_ start: UInt64 = 1_800_000_000) { value = start }

    var now: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func advance(_ seconds: UInt64) {
        lock.lock()
        value += seconds
        lock.unlock()
    }

    var function: @Sendable () -> UInt64 { { self.now } }
}

/// An in-memory ledger with named wallets and shortcuts for the common set-ups.
struct LedgerFixture {
    let ledger: LocalLedger
    let clock: TestClock
    let d: StoryDeployment

    static let alice = LedgerSettings.derivedAddress("test.alice")
    static let bob = LedgerSettings.derivedAddress("test.bob")
    static let carol = LedgerSettings.derivedAddress("test.carol")
    static let dave = LedgerSettings.derivedAddress("test.dave")

    init(settings: LedgerSettings = LedgerSettings()) {
        clock = TestClock()
        ledger = LocalLedger(settings: settings, clock: clock.function)
        d = settings.deployment
    }

    var wip: Address { d.wip }
    var lap: Address { d.royaltyPolicyLAP }
    var lrp: Address { d.royaltyPolicyLRP }
    var relayer: Address { ledger.operatorAddress }

    func fund(_ account: Address, _ whole: UInt64 = 1_000) async throws {
        _ = try await ledger.faucet(to: account, amount: StoryUnits.wip(whole))
    }

    /// Commercial Remix terms: `share` percent (whole), `fee` WIP wei per license, under `policy`.
    func remix(share: UInt32, fee: BigUInt = 0, policy: Address? = nil) -> PILTerms {
        PILFlavor.commercialRemix(
            defaultMintingFee: fee, commercialRevShare: StoryUnits.percent(share), currency: wip,
            royaltyPolicy: policy ?? lap)
    }

    /// Mints and registers an IP for `owner` with `terms` attached.
    func root(
        _ owner: Address, _ terms: [PILTerms] = [PILFlavor.nonCommercialSocialRemixing()],
        config: LicensingConfig = .unset, hash: Bytes32 = .zero
    ) async throws -> RegisteredIP {
        try await ledger.mintAndRegisterIpAndAttachPILTerms(
            from: owner, spgNftContract: d.spgNftContract, recipient: owner,
            ipMetadata: IPMetadata(
                ipMetadataURI: "ipfs://ip", ipMetadataHash: hash, nftMetadataURI: "ipfs://nft",
                nftMetadataHash: hash),
            licenseTermsData: terms.map { LicenseTermsData(terms: $0, licensingConfig: config) }, allowDuplicates: true
        ).result
    }

    /// Mints a derivative of `parents` through `termsIds` for `owner`.
    func derivative(
        _ owner: Address, parents: [Address], termsIds: [BigUInt], maxMintingFee: BigUInt = 0,
        maxRevenueShare: UInt32 = 0
    ) async throws -> RegisteredIP {
        try await ledger.mintAndRegisterIpAndMakeDerivative(
            from: owner, spgNftContract: d.spgNftContract,
            derivData: MakeDerivative(
                parentIpIds: parents, licenseTemplate: d.piLicenseTemplate, licenseTermsIds: termsIds,
                maxMintingFee: maxMintingFee, maxRevenueShare: maxRevenueShare),
            ipMetadata: IPMetadata(), recipient: owner, allowDuplicates: true
        ).result
    }

    /// Mints an IP without terms.
    func bare(_ owner: Address) async throws -> RegisteredIP {
        try await ledger.mintAndRegisterIp(
            from: owner, spgNftContract: d.spgNftContract, recipient: owner,
            ipMetadata: IPMetadata(), allowDuplicates: true
        ).result
    }

    func balance(_ account: Address) async -> BigUInt { await ledger.balance(of: account, token: wip) }
}

/// Expects `body` to throw the Story error `definition` (by name), returning it for further checks.
@discardableResult
func expectStoryError(
    _ definition: StoryErrorDefinition, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () async throws -> Void
) async -> StoryError? {
    do {
        try await body()
        Issue.record("expected \(definition.name), nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch let error as StoryError {
        #expect(error.name == definition.name, "got \(error)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected \(definition.name), got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
