import BigInt
import Ethereum
import Testing

@testable import Story

/// The ledger's journal stores Story's own calldata: these check it byte for byte against
/// story_test_vectors.md §2 and §3.
@Suite("Story calldata vectors")
struct StoryVectorTests {
    @Test(.enabled(if: StoryReference.isAvailable, Comment(rawValue: StoryReference.skipReason)))
    func mintAndRegisterIpAndAttachPILTermsCalldata() throws {
        let expected = try StoryReference.hexBlock(after: "## 3. LicenseAttachmentWorkflows")
        let d = StoryDeployment.aeneid
        let terms = PILTerms(
            transferable: true, royaltyPolicy: d.royaltyPolicyLAP, defaultMintingFee: 0, expiration: 0,
            commercialUse: true,
            commercialAttribution: true, commercializerChecker: .zero, commercializerCheckerData: [],
            commercialRevShare: 10_000_000, commercialRevCeiling: 0, derivativesAllowed: true,
            derivativesAttribution: true,
            derivativesApproval: false, derivativesReciprocal: true, derivativeRevCeiling: 0, currency: d.wip,
            uri:
                "https://github.com/piplabs/pil-document/blob/ad67bb632a310d2557f8abcccd428e4c9c798db1/off-chain-terms/CommercialRemix.json"
        )
        #expect(
            terms
                == PILFlavor.commercialRemix(
                    defaultMintingFee: 0, commercialRevShare: 10_000_000, currency: d.wip,
                    royaltyPolicy: d.royaltyPolicyLAP))
        let call = LedgerCall.mintAndRegisterIpAndAttachPILTerms(
            spgNftContract: d.spgNftContract, recipient: try Address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
            ipMetadata: IPMetadata(
                ipMetadataURI: "ipfs://QmIpMetadataExample",
                ipMetadataHash: Bytes32([UInt8](repeating: 0x11, count: 32))!,
                nftMetadataURI: "ipfs://QmNftMetadataExample",
                nftMetadataHash: Bytes32([UInt8](repeating: 0x22, count: 32))!),
            licenseTermsData: [LicenseTermsData(terms: terms)], allowDuplicates: true)
        #expect(call.calldata.count == 1572)
        #expect(Hex.encode(call.calldata) == expected)
        #expect(call.target(in: d) == (try Address("0xcC2E862bCee5B6036Db0de6E06Ae87e524a79fd8")))
        // The journal decodes it back to the same call.
        #expect(try LedgerCall(to: call.target(in: d), calldata: call.calldata, deployment: d) == call)
    }

    @Test(.enabled(if: StoryReference.isAvailable, Comment(rawValue: StoryReference.skipReason)))
    func ipAssetRegistryRegisterCalldata() throws {
        let expected = try StoryReference.hexBlock(after: "## 2. IPAssetRegistry.register")
        let register = try ABIFunction("register(uint256 chainid, address tokenContract, uint256 tokenId)")
        let calldata = try register.encodeCall([
            .uint(1315), .address(try Address("0xc32A8a0FF3beDDDa58393d022aF433e78739FAbc")),
            .uint(1),
        ])
        #expect(Hex.encode(calldata) == expected)
    }

    /// Every kind of ledger call survives encode → decode.
    @Test func everyCallRoundTrips() throws {
        let d = StoryDeployment.local()
        let a = LedgerSettings.derivedAddress("a")
        let b = LedgerSettings.derivedAddress("b")
        let meta = IPMetadata(ipMetadataURI: "u", ipMetadataHash: .keccak256([1]))
        let calls: [LedgerCall] = [
            .mintAndRegisterIp(
                spgNftContract: d.spgNftContract, recipient: a, ipMetadata: meta, allowDuplicates: false),
            .mintAndRegisterIpAndMakeDerivative(
                spgNftContract: d.spgNftContract,
                derivData: MakeDerivative(
                    parentIpIds: [a, b], licenseTemplate: d.piLicenseTemplate, licenseTermsIds: [1, 2],
                    maxMintingFee: 5,
                    maxRts: 7, maxRevenueShare: 9), ipMetadata: meta, recipient: b, allowDuplicates: true),
            .registerLicenseTerms(PILFlavor.nonCommercialSocialRemixing()),
            .attachLicenseTerms(ipId: a, licenseTemplate: d.piLicenseTemplate, licenseTermsId: 3),
            .setLicensingConfig(
                ipId: a, licenseTemplate: d.piLicenseTemplate, licenseTermsId: 3,
                config: LicensingConfig(isSet: true, mintingFee: 4, hookData: [1, 2], commercialRevShare: 5)),
            .mintLicenseTokens(
                licensorIpId: a, licenseTemplate: d.piLicenseTemplate, licenseTermsId: 1, amount: 2,
                receiver: b, royaltyContext: [], maxMintingFee: 0, maxRevenueShare: 0),
            .registerDerivative(
                childIpId: a, parentIpIds: [b], licenseTermsIds: [1], licenseTemplate: d.piLicenseTemplate,
                royaltyContext: [], maxMintingFee: 1, maxRts: 2, maxRevenueShare: 3),
            .registerDerivativeWithLicenseTokens(childIpId: a, licenseTokenIds: [0, 1], royaltyContext: [], maxRts: 0),
            .setApproval(parentIpId: a, licenseTermsId: 1, childIpId: b, approved: true),
            .payRoyaltyOnBehalf(receiverIpId: a, payerIpId: .zero, token: d.wip, amount: 10),
            .transferToVault(policy: d.royaltyPolicyLRP, ipId: a, ancestorIpId: b, token: d.wip),
            .claimAllRevenue(
                ancestorIpId: a, claimer: a, childIpIds: [b], royaltyPolicies: [d.royaltyPolicyLAP],
                currencyTokens: [d.wip]),
            .raiseDispute(
                targetIpId: a, disputeEvidenceHash: .keccak256([2]), targetTag: DisputeTag.improperUsage, data: [9]),
            .setDisputeJudgement(disputeId: 1, decision: true, data: []),
            .cancelDispute(disputeId: 1, data: []),
            .resolveDispute(disputeId: 1, data: [1]),
            .tagIfRelatedIpInfringed(ipIdToTag: a, infringerDisputeId: 1),
            .registerGroup(groupPool: d.evenSplitGroupPool),
            .addIp(groupIpId: a, ipIds: [b], maxAllowedRewardShare: 10),
            .removeIp(groupIpId: a, ipIds: [b]),
            .collectRoyalties(groupId: a, token: d.wip),
            .claimReward(groupId: a, token: d.wip, ipIds: [b]),
            .collectRoyaltiesAndClaimReward(groupIpId: a, currencyTokens: [d.wip], memberIpIds: [b]),
            .setPermission(
                ipAccount: a, signer: b, to: d.licensingModule, function: LedgerSelectors.attachLicenseTerms,
                permission: 1),
            .setAllPermissions(ipAccount: a, signer: b, permission: 2),
            .setBatchPermissions([
                PermissionEntry(
                    ipAccount: a, signer: b, to: d.licensingModule, function: .any,
                    permission: .deny)
            ]),
            .transfer(token: d.wip, to: b, amount: 1),
            .faucet(to: a, amount: 5),
            .execute(ipAccount: a, to: d.wip, value: 0, data: [1, 2, 3, 4]),
            .safeTransferFrom(contract: d.spgNftContract, from: a, to: b, tokenId: 1),
        ]
        // Every kind except mintAndRegisterIpAndAttachPILTerms, which has its own test above.
        #expect(Set(calls.map(\.kind)).count == LedgerCallKind.allCases.count - 1)
        for call in calls {
            let decoded = try LedgerCall(to: call.target(in: d), calldata: call.calldata, deployment: d)
            #expect(decoded == call, "\(call.kind)")
        }
        // A call decoded against the wrong contract is rejected.
        #expect(throws: ABIError.self) {
            try LedgerCall(to: d.licensingModule, calldata: calls[0].calldata, deployment: d)
        }
    }
}
