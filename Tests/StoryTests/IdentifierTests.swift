import BigInt
import Ethereum
import Testing

@testable import Story

@Suite("Story identifiers")
struct IdentifierTests {
    /// story_test_vectors.md §1: the three worked ipId examples (1315 and 1514).
    @Test(.enabled(if: StoryReference.isAvailable, Comment(rawValue: StoryReference.skipReason)))
    func ipIdWorkedExamples() throws {
        let rows = try StoryReference.ipIdExamples()
        #expect(rows.count == 3)
        for row in rows {
            let ipId = IPAccountAddress.compute(
                chainId: BigUInt(row.chainId), tokenContract: try Address(row.tokenContract),
                tokenId: BigUInt(row.tokenId))
            #expect(ipId.checksummed == row.ipId, "\(row)")
        }
    }

    /// story_test_vectors.md §1: keccak256 of the 183-byte creation code for row 1.
    @Test(.enabled(if: StoryReference.isAvailable, Comment(rawValue: StoryReference.skipReason)))
    func creationCodeHash() throws {
        let code = IPAccountAddress.creationCode(
            chainId: 1315, tokenContract: try Address("0xc32A8a0FF3beDDDa58393d022aF433e78739FAbc"), tokenId: 1,
            implementation: StoryDeployment.ipAccountImplementation, salt: .zero)
        #expect(code.count == 183)
        let text = try StoryReference.text()
        #expect(text.contains("keccak256(creationCode) = \(Hex.encode(Keccak256.hash(code)))"))
    }

    @Test func aeneidDeploymentUsesThePublicCollection() throws {
        let ipId = StoryDeployment.aeneid.ipId(tokenContract: StoryDeployment.aeneid.spgNftContract, tokenId: 1)
        #expect(ipId == (try Address("0x78cDAEEA147bF8AACFa8dda269EF724aC54d94ad")))
    }

    /// The local collection is the first CREATE of RegistrationWorkflows (nonce 1).
    @Test func localCollectionIsDerivedWithCreate() throws {
        let local = StoryDeployment.local()
        #expect(local.chainId == 31337)
        #expect(local.spgNftContract == ContractAddress.create(deployer: local.registrationWorkflows, nonce: 1))
        #expect(local.spgNftContract != StoryDeployment.aeneid.spgNftContract)
        #expect(local.spgNftContract.checksummed == "0x7DD071D3197A51f2f21dDc482C1ac8Dd11Be8567")
        // Same contracts as Aeneid (CREATE3), different chain: a different ipId for the same token.
        #expect(
            local.ipId(tokenContract: local.spgNftContract, tokenId: 1)
                != StoryDeployment.aeneid.ipId(tokenContract: local.spgNftContract, tokenId: 1))
    }

    /// Well-known CREATE addresses: the first contracts deployed by Anvil's account #0.
    @Test func createAddressMatchesKnownDeployments() throws {
        let deployer = try Address("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
        #expect(
            ContractAddress.create(deployer: deployer, nonce: 0)
                == (try Address("0x5FbDB2315678afecb367f032d93F642f64180aa3")))
        #expect(
            ContractAddress.create(deployer: deployer, nonce: 1)
                == (try Address("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")))
    }
}
