import BigInt
import Ethereum
import Testing

@testable import Story

/// SplitMix64: a small seeded generator so failures can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Royalty properties")
struct RoyaltyPropertyTests {
    /// Across random payments, claims, withdrawals and transfers — refused ones included — no
    /// WIP is created or lost (wallets + IP accounts + policies + vaults + treasury = what the
    /// faucet minted), no vault owes more than it holds, and no stack exceeds 100 %.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func moneyIsConserved(seed: UInt64) async throws {
        var rng = SeededGenerator(seed: seed)
        let f = LedgerFixture(settings: LedgerSettings(royaltyFeePercent: seed == 3 ? 250_000 : 0))
        let wallets = [LedgerFixture.alice, LedgerFixture.bob, LedgerFixture.carol, LedgerFixture.dave]
        for wallet in wallets { try await f.fund(wallet, 1_000) }
        let minted = StoryUnits.wip(4_000)

        // A LAP graph with a diamond and an LRP chain with a raised share.
        let lapTerms = f.remix(share: 10)
        let r1 = try await f.root(wallets[0], [lapTerms]).ipId
        let r2 = try await f.root(wallets[1], [lapTerms]).ipId
        let lapId = await f.ledger.attachedLicenseTerms(of: r1)[0]
        let a = try await f.derivative(wallets[2], parents: [r1], termsIds: [lapId]).ipId
        let c = try await f.derivative(wallets[3], parents: [r1, r2], termsIds: [lapId, lapId]).ipId
        let dd = try await f.derivative(wallets[0], parents: [c], termsIds: [lapId]).ipId
        let b = try await f.derivative(wallets[1], parents: [a], termsIds: [lapId]).ipId
        let l1 = try await f.root(wallets[2], [f.remix(share: 15, policy: f.lrp)]).ipId
        let lrpId = await f.ledger.attachedLicenseTerms(of: l1)[0]
        let l2 = try await f.derivative(wallets[3], parents: [l1], termsIds: [lrpId]).ipId
        _ = try await f.ledger.setLicensingConfig(
            from: wallets[3], ipId: l2, licenseTermsId: lrpId,
            licensingConfig: LicensingConfig(isSet: true, commercialRevShare: StoryUnits.percent(25)))
        let l3 = try await f.derivative(wallets[0], parents: [l2], termsIds: [lrpId]).ipId
        for (root, terms) in [(r1, lapId), (r2, lapId), (l1, lrpId)] {
            _ = try await f.ledger.mintLicenseTokens(
                from: wallets[0], licensorIpId: root, licenseTermsId: terms, amount: 1,
                receiver: wallets[0], maxMintingFee: 0, maxRevenueShare: 0)
        }
        let ips = [r1, r2, a, b, c, dd, l1, l2, l3]
        let owners: [Address: Address] = [
            r1: wallets[0], r2: wallets[1], a: wallets[2], b: wallets[1], c: wallets[3],
            dd: wallets[0], l1: wallets[2], l2: wallets[3], l3: wallets[0],
        ]
        // (descendant, ancestor, policy) pairs that can owe royalties.
        let debts: [(Address, Address, Address)] = [
            (a, r1, f.lap), (b, a, f.lap), (b, r1, f.lap), (c, r1, f.lap), (c, r2, f.lap), (dd, c, f.lap),
            (dd, r1, f.lap), (dd, r2, f.lap), (l2, l1, f.lrp), (l3, l2, f.lrp), (l3, l1, f.lrp),
        ]
        var refused = 0
        var claims = 0
        for step in 0..<300 {
            do {
                switch rng.next() % 5 {
                case 0, 1:
                    let amount =
                        rng.next() % 2 == 0
                        ? BigUInt(rng.next() % 1_000 + 1)
                        : BigUInt(rng.next() % 5_000) * StoryUnits.oneWIP / 1_000
                    _ = try await f.ledger.payRoyaltyOnBehalf(
                        from: wallets[Int(rng.next() % 4)],
                        receiverIpId: ips[Int(rng.next() % UInt64(ips.count))],
                        payerIpId: .zero, token: f.wip, amount: amount)
                case 2:
                    let (child, ancestor, policy) = debts[Int(rng.next() % UInt64(debts.count))]
                    _ = try await f.ledger.claimAllRevenue(
                        from: wallets[Int(rng.next() % 4)], ancestorIpId: ancestor,
                        claimer: ancestor, childIpIds: [child], royaltyPolicies: [policy],
                        currencyTokens: [f.wip])
                    claims += 1
                case 3:
                    let ip = ips[Int(rng.next() % UInt64(ips.count))]
                    _ = try await f.ledger.claimAllRevenue(
                        from: wallets[0], ancestorIpId: ip, claimer: ip, childIpIds: [],
                        royaltyPolicies: [], currencyTokens: [f.wip])
                default:
                    let ip = ips[Int(rng.next() % UInt64(ips.count))]
                    let held = await f.balance(ip)
                    if held > 0 {
                        _ = try await f.ledger.transferFromIPAccount(
                            from: owners[ip]!, ipAccount: ip, token: f.wip,
                            to: wallets[Int(rng.next() % 4)], amount: held / 2 + 1)
                    }
                }
            } catch is StoryError {
                refused += 1
            }
            #expect(await f.ledger.totalHoldings(token: f.wip) == minted, "seed \(seed) step \(step)")
        }
        var accounted = BigUInt(0)
        for account in wallets + ips + [f.lap, f.lrp, f.ledger.settings.treasury] {
            accounted += await f.balance(account)
        }
        for ip in ips {
            let vault = try #require(await f.ledger.royaltyVault(of: ip))
            let held = await f.balance(vault)
            accounted += held
            #expect(await f.ledger.claimableRevenue(ipId: ip, claimer: ip, token: f.wip) <= held)
            let stack =
                await f.ledger.royaltyStack(of: ip, policy: f.lap)
                + (await f.ledger.royaltyStack(of: ip, policy: f.lrp))
            #expect(stack <= StoryUnits.hundredPercent)
        }
        #expect(accounted == minted)
        #expect(refused < 150)
        #expect(claims > 10, "the random sequence should include successful claims from descendants")
    }
}
