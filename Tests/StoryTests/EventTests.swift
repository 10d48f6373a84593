import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Events")
struct EventTests {
    @Test func historyIsOrderedAndPaginatedByCursor() async throws {
        let f = LedgerFixture()
        let ip = try await f.root(LedgerFixture.alice, [f.remix(share: 5)])
        try await f.fund(LedgerFixture.bob)
        _ = try await f.derivative(LedgerFixture.bob, parents: [ip.ipId], termsIds: ip.licenseTermsIds)
        let all = try await f.ledger.events(after: nil, limit: 10_000)
        #expect(all.first?.name == "Transfer" && all.first?.blockNumber == 1)
        #expect(all.contains { $0.name == "IPRegistered" } && all.contains { $0.name == "DerivativeRegistered" })
        // Strictly increasing (block, logIndex).
        for (earlier, later) in zip(all, all.dropFirst()) { #expect(earlier.cursor < later.cursor) }
        // Paging by cursor returns the same history.
        var paged: [LedgerEventRecord] = []
        var cursor: LedgerCursor?
        while true {
            let page = try await f.ledger.events(after: cursor, limit: 3)
            if page.isEmpty { break }
            paged += page
            cursor = page.last?.cursor
        }
        #expect(paged == all)
        // Receipts report the same records as history.
        let receipt = try await f.ledger.registerLicenseTerms(from: LedgerFixture.carol, terms: f.remix(share: 7))
        let tail = try await f.ledger.events(after: all.last?.cursor, limit: 100)
        #expect(tail == receipt.logs)
        #expect(tail.first?.transactionHash == receipt.transactionHash)
    }

    @Test func everyEventKindRoundTripsThroughALog() throws {
        let a = LedgerSettings.derivedAddress("a")
        let b = LedgerSettings.derivedAddress("b")
        let events: [StoryEvent] = [
            .transfer(from: a, to: b, value: 5), .nftTransfer(from: .zero, to: b, tokenId: 1),
            .ipAccountRegistered(account: a, implementation: b, chainId: 31337, tokenContract: a, tokenId: 2),
            .ipRegistered(ipId: a, chainId: 1, tokenContract: b, tokenId: 3, name: "n", uri: "u", registrationDate: 4),
            .metadataURISet(ipId: a, metadataURI: "m", metadataHash: .keccak256([1])),
            .nftTokenURISet(ipId: a, nftTokenURI: "t", nftMetadataHash: .keccak256([2])),
            .licenseTermsRegistered(licenseTermsId: 2, licenseTemplate: b, licenseTerms: [1, 2, 3]),
            .derivativeApproved(licenseTermsId: 1, ipId: a, caller: b, approved: true),
            .licenseTermsAttached(caller: a, ipId: b, licenseTemplate: a, licenseTermsId: 9),
            .licensingConfigSetForLicense(
                ipId: a, licenseTemplate: b, licenseTermsId: 1,
                licensingConfig: LicensingConfig(isSet: true, hookData: [7])),
            .expirationTimeSet(ipId: a, expireTime: 10),
            .licenseTokensMinted(
                caller: a, licensorIpId: b, licenseTemplate: a, licenseTermsId: 1, amount: 2, receiver: b,
                startLicenseTokenId: 0),
            .licenseTokenMinted(minter: a, receiver: b, tokenId: 0),
            .derivativeRegistered(
                caller: a, childIpId: b, licenseTokenIds: [1], parentIpIds: [a], licenseTermsIds: [2],
                licenseTemplate: b),
            .ipRoyaltyVaultDeployed(ipId: a, ipRoyaltyVault: b),
            .licenseMintingFeePaid(receiverIpId: a, payerAddress: b, token: a, amount: 5, amountAfterFee: 4),
            .licensedWithRoyalty(ipId: a, royaltyPolicy: b, licensePercent: 7, externalData: []),
            .linkedToParents(
                ipId: a, parentIpIds: [b], licenseRoyaltyPolicies: [a], licensesPercent: [9], externalData: [1]),
            .royaltyPaid(receiverIpId: a, payerIpId: b, sender: a, token: b, amount: 6, amountAfterFee: 6),
            .revenueTransferredToVault(ipId: a, ancestorIpId: b, token: a, amount: 1),
            .revenueTokenAddedToVault(token: a, amount: 2), .revenueTokenClaimed(claimer: a, token: b, amount: 3),
            .disputeRaised(
                disputeId: 1, targetIpId: a, disputeInitiator: b, disputeTimestamp: 5, arbitrationPolicy: a,
                disputeEvidenceHash: .keccak256([3]), targetTag: DisputeTag.improperUsage, data: [4]),
            .disputeRaisedUMA(
                disputeId: 1, assertionId: .keccak256([5]), caller: a, liveness: 60, currency: b, bond: 7),
            .disputeJudgementSet(disputeId: 1, decision: true, data: []), .disputeCancelled(disputeId: 1, data: [1]),
            .disputeResolved(disputeId: 1, data: []),
            .ipTaggedOnRelatedIpInfringement(
                disputeId: 2, infringingIpId: a, ipIdToTag: b, infringerDisputeId: 1,
                tag: DisputeTag.improperUsage, disputeTimestamp: 9),
            .ipGroupRegistered(groupId: a, groupPool: b), .addedIpToGroup(groupId: a, ipIds: [b]),
            .removedIpFromGroup(groupId: a, ipIds: [b, a]),
            .collectedRoyaltiesToGroupPool(groupId: a, token: b, pool: a, amount: 3),
            .claimedReward(groupId: a, token: b, ipId: [a], amount: [4]),
            .permissionSet(ipAccountOwner: a, ipAccount: b, signer: a, to: b, function: .any, permission: 2),
        ]
        #expect(Set(events.map(\.kind)) == Set(StoryEventKind.allCases))
        for event in events {
            let log = event.log
            #expect(try StoryEvent.decode(topics: log.topics, data: log.data) == event, "\(event.name)")
        }
        // Topics match story_selectors.md for the ones the app reads first.
        #expect(
            StoryEventKind.ipRegistered.abiEvent.topic0.hexString
                == "0x02ad3a2e0356b65fdfe4a73c825b78071ae469db35162978518b8c258abb3767")
        #expect(
            StoryEventKind.derivativeRegistered.abiEvent.topic0.hexString
                == "0x61fd21a7f55188eedf0350d3d5d208084941bfbf3dbf7b7e15760ff36b7d2355")
        #expect(
            StoryEventKind.disputeRaised.abiEvent.topic0.hexString
                == "0x0d33aef6594f31a48636b65156c5ef95cc55d30bc086f59468bb1461153e8743")
    }
}
