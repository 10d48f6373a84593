import Ethereum
import Testing

@Suite("ABI types and signatures")
struct ABITypeTests {
    @Test func parsesNestedCanonicalTypes() throws {
        let type = try ABIType("(address,uint256[],bytes32)[2]")
        #expect(type == .fixedArray(.tuple([.address, .array(.uint(256)), .fixedBytes(32)]), 2))
        #expect(type.canonicalName == "(address,uint256[],bytes32)[2]")
        #expect(type.isDynamic)
        #expect(try ABIType("uint8[3][]") == .array(.fixedArray(.uint(8), 3)))
        #expect(try ABIType("((bool,int24),string)") == .tuple([.tuple([.bool, .int(24)]), .string]))
        #expect(try ABIType("()") == .tuple([]))
    }

    @Test func headSizeOfStaticAggregatesIsInline() throws {
        #expect(try ABIType("(uint256,address)[3]").headSize == 192)
        #expect(try ABIType("(uint256,bytes)").headSize == 32)
        #expect(try ABIType("bytes32[2][2]").headSize == 128)
    }

    @Test func rejectsNonCanonicalOrInvalidTypes() {
        for bad in [
            "uint", "int", "uint7", "uint264", "bytes0", "bytes33", "uint08", "address[0]", "(uint256",
            "uint256]", "byte", "bool[01]", "tuple", "uint256[99999999999999999999]",
        ] {
            #expect(throws: ABIError.self, "\(bad)") { try ABIType(bad) }
        }
    }

    @Test func functionSignaturesAndSelectors() throws {
        let transfer = try ABIFunction("transfer(address to, uint256 amount)")
        #expect(transfer.canonicalSignature == "transfer(address,uint256)")
        #expect(Hex.encode(transfer.selector) == "0xa9059cbb")
        #expect(throws: ABIError.self) { try ABIFunction("f(uint256 indexed x)") }
        #expect(throws: ABIError.self) { try ABIFunction("f(uint256") }
        #expect(throws: ABIError.self) { try ABIFunction("(uint256)") }
    }

    /// Selectors and topics recomputed from canonical signatures, compared with
    /// reference/story/story_selectors.md.
    @Test func storySelectorsAndTopics() throws {
        let functions = [
            (
                "0x2c24a702",
                "mintAndRegisterIpAndAttachPILTerms(address,address,(string,bytes32,string,bytes32),((bool,address,uint256,uint256,bool,bool,address,bytes,uint32,uint256,bool,bool,bool,bool,uint256,address,string),(bool,uint256,address,bytes,uint32,bool,uint32,address))[],bool)"
            ),
            (
                "0xc0c56b62",
                "mintAndRegisterIpAndMakeDerivative(address,(address[],address,uint256[],bytes,uint256,uint32,uint32),(string,bytes32,string,bytes32),address,bool)"
            ),
            ("0xd2577f3b", "payRoyaltyOnBehalf(address,address,address,uint256)"),
            ("0x6a5def7f", "raiseDispute(address,bytes32,bytes32,bytes)"),
            ("0x7bac65fd", "setPermission(address,address,address,bytes4,uint8)"),
            ("0x76a26b62", "LicenseRegistry__ParentIpTagged(address)"),
            ("0x048a9640", "ArbitrationPolicyUMA__CannotCancel()"),
        ]
        for (selector, signature) in functions {
            #expect(Hex.encode(try ABIFunction(signature).selector) == selector, "\(signature)")
        }
        let events = [
            (
                "0x02ad3a2e0356b65fdfe4a73c825b78071ae469db35162978518b8c258abb3767",
                "IPRegistered(address ipId, uint256 indexed chainId, address indexed tokenContract, uint256 indexed tokenId, string name, string uri, uint256 registrationDate)"
            ),
            (
                "0xa3acc6b7f3ea8e264c0cd03337cc54765023f009bf8060aca0dbd690b2ee71c7",
                "RoyaltyPaid(address receiverIpId, address payerIpId, address sender, address token, uint256 amount, uint256 amountAfterFee)"
            ),
            (
                "0x366214cf742f11794f23ac52e40786dacd98f4d23e78ffc7db468883324c4224",
                "PermissionSet(address ipAccountOwner, address indexed ipAccount, address indexed signer, address indexed to, bytes4 func, uint8 permission)"
            ),
        ]
        for (topic, signature) in events {
            #expect(Hex.encode(try ABIEvent(signature).topic0) == topic, "\(signature)")
        }
    }
}
