import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Registration")
struct RegistrationTests {
    @Test func mintAndRegisterIpAndAttachPILTermsUsesStoryIdentifiers() async throws {
        let f = LedgerFixture()
        let hash = Bytes32.keccak256([1])
        let receipt = try await f.ledger.mintAndRegisterIpAndAttachPILTerms(
            from: LedgerFixture.alice, spgNftContract: f.d.spgNftContract, recipient: LedgerFixture.bob,
            ipMetadata: IPMetadata(
                ipMetadataURI: "ipfs://meta", ipMetadataHash: hash, nftMetadataURI: "ipfs://nft",
                nftMetadataHash: hash),
            licenseTermsData: [LicenseTermsData(terms: f.remix(share: 10))], allowDuplicates: false)
        let result = receipt.result
        #expect(result.tokenId == 1)
        #expect(result.ipId == IPAccountAddress.compute(chainId: 31337, tokenContract: f.d.spgNftContract, tokenId: 1))
        #expect(result.licenseTermsIds == [2])  // id 1 is the genesis Non-Commercial Social Remixing terms
        #expect(receipt.blockNumber == 1)
        #expect(receipt.to == f.d.licenseAttachmentWorkflows)
        #expect(
            receipt.events.map(\.name) == [
                "Transfer", "IPAccountRegistered", "IPRegistered", "NFTTokenURISet", "MetadataURISet",
                "LicenseTermsRegistered", "LicenseTermsAttached", "Transfer",
            ])
        guard
            case .ipRegistered(let ipId, let chainId, let contract, let tokenId, let name, let uri, _) = receipt.events[
                2]
        else {
            Issue.record("IPRegistered expected")
            return
        }
        #expect(ipId == result.ipId && chainId == 31337 && contract == f.d.spgNftContract && tokenId == 1)
        #expect(name == "31337: Lore #1" && uri == "ipfs://nft")
        #expect(await f.ledger.owner(of: result.ipId) == LedgerFixture.bob)
        #expect(await f.ledger.attachedLicenseTerms(of: result.ipId) == [2])
        let asset = try #require(await f.ledger.ipAsset(result.ipId))
        #expect(asset.metadataURI == "ipfs://meta" && asset.metadataHash == hash && asset.nftMetadataHash == hash)
    }
}
