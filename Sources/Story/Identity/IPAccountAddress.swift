import BigInt
import Ethereum
import Foundation

/// The ipId: the ERC-6551 token-bound account address of an NFT, exactly as the canonical
/// ERC-6551 registry computes it with CREATE2 (story.md §3).
public enum IPAccountAddress {
    /// ERC-1167 minimal-proxy constructor and header, before the implementation address.
    private static let proxyHeader: [UInt8] = try! Hex.decode("0x3d60ad80600a3d3981f3363d3d373d3d3d363d73")
    /// ERC-1167 footer, after the implementation address.
    private static let proxyFooter: [UInt8] = try! Hex.decode("0x5af43d82803e903d91602b57fd5bf3")

    /// `registry.account(implementation, salt, chainId, tokenContract, tokenId)`:
    /// keccak256(0xff ‖ registry ‖ salt ‖ keccak256(creationCode))[12…], where creationCode is the
    /// 183-byte ERC-1167 proxy of `implementation` followed by abi.encode(salt, chainId, tokenContract, tokenId).
    public static func compute(
        chainId: BigUInt, tokenContract: Address, tokenId: BigUInt,
        registry: Address = StoryDeployment.erc6551Registry,
        implementation: Address = StoryDeployment.ipAccountImplementation,
        salt: Bytes32 = .zero
    ) -> Address {
        let hash = Keccak256.hash(
            creationCode(
                chainId: chainId, tokenContract: tokenContract, tokenId: tokenId, implementation: implementation,
                salt: salt))
        var preimage: [UInt8] = [0xff]
        preimage.reserveCapacity(85)
        preimage += registry.bytes
        preimage += salt.bytes
        preimage += hash
        return Address(unchecked: Array(Keccak256.hash(preimage).suffix(20)))
    }

    /// The account's creation code (exposed for the test against story_test_vectors.md §1).
    public static func creationCode(
        chainId: BigUInt, tokenContract: Address, tokenId: BigUInt, implementation: Address, salt: Bytes32
    ) -> [UInt8] {
        var code = proxyHeader
        code.reserveCapacity(183)
        code += implementation.bytes
        code += proxyFooter
        // abi.encode(bytes32 salt, uint256 chainId, address tokenContract, uint256 tokenId): four words.
        code += salt.bytes
        code += word(chainId)
        code += [UInt8](repeating: 0, count: 12) + tokenContract.bytes
        code += word(tokenId)
        return code
    }

    /// A uint256 as a 32-byte big-endian word (values wider than 256 bits keep their low 256 bits).
    private static func word(_ value: BigUInt) -> [UInt8] {
        let bytes = Array(value.serialize().suffix(32))
        return [UInt8](repeating: 0, count: 32 - bytes.count) + bytes
    }
}

/// Addresses of contracts deployed with CREATE: keccak256(rlp([deployer, nonce]))[12…].
public enum ContractAddress {
    /// The address of the contract `deployer` creates with account nonce `nonce` (contracts start
    /// at nonce 1, EIP-161).
    public static func create(deployer: Address, nonce: UInt64) -> Address {
        let rlp = RLP.list([.bytes(deployer.bytes), .uint(nonce)]).encoded()
        return Address(unchecked: Array(Keccak256.hash(rlp).suffix(20)))
    }
}
