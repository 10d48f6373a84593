import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Concurrency")
struct ConcurrencyTests {
    /// Many callers at once: every registration gets its own token id and ipId, every payment
    /// lands once, and the books balance.
    @Test func manyConcurrentCallersGetConsistentResults() async throws {
        let f = LedgerFixture()
        let ledger = f.ledger
        let d = f.d
        let parent = try await f.root(LedgerFixture.alice, [f.remix(share: 10, fee: 3)])
        let callers = (0..<200).map { LedgerSettings.derivedAddress("caller\($0)") }
        for caller in callers { try await f.fund(caller, 1) }
        let terms = parent.licenseTermsIds
        let children = try await withThrowingTaskGroup(of: Address.self) { group in
            for caller in callers {
                group.addTask {
                    let child = try await ledger.mintAndRegisterIpAndMakeDerivative(
                        from: caller, spgNftContract: d.spgNftContract,
                        derivData: MakeDerivative(
                            parentIpIds: [parent.ipId], licenseTemplate: d.piLicenseTemplate,
                            licenseTermsIds: terms),
                        ipMetadata: IPMetadata(), recipient: caller, allowDuplicates: true
                    ).result.ipId
                    _ = try await ledger.payRoyaltyOnBehalf(
                        from: caller, receiverIpId: child, payerIpId: .zero,
                        token: d.wip, amount: 1_000)
                    return child
                }
            }
            var all: [Address] = []
            for try await child in group { all.append(child) }
            return all
        }
        #expect(Set(children).count == 200)
        #expect(await ledger.derivativeIpIds(of: parent.ipId).count == 200)
        // Parent's vault got 200 minting fees; LAP holds 10 % of 200 payments.
        #expect(await ledger.claimableRevenue(ipId: parent.ipId, claimer: parent.ipId, token: d.wip) == 600)
        #expect(await ledger.balance(of: d.royaltyPolicyLAP, token: d.wip) == 200 * 100)
        #expect(await ledger.totalHoldings(token: d.wip) == StoryUnits.wip(200))
        let events = try await ledger.events(after: nil, limit: 1_000_000)
        #expect(events.filter { $0.name == "DerivativeRegistered" }.count == 200)
        #expect(events.filter { $0.name == "RoyaltyPaid" }.count == 200)
    }
}
