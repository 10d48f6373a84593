import Ethereum
import Testing

@Suite("Signing: keys, signatures, recovery")
struct SigningTests {
    /// web3.js `eth.accounts.sign("Some data", key)` (its documented example): an independent
    /// RFC 6979 implementation, so equal bytes show the nonce derivation and low-s rule agree.
    @Test func personalSignKnownAnswer() throws {
        let key = try PrivateKey(hex: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
        #expect(
            Hex.encode(EIP191.hash(message: "Some data"))
                == "0x1da44b586eb0729ff70a73c326926f6ed5a25f5b056e7f47fbc6e58d86871655")
        let signature = key.signPersonalMessage("Some data")
        #expect(
            signature.hex == "0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd"
                + "6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c")
        #expect(key.address.checksummed == "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")
    }

    @Test func signAndRecoverRoundTrip() throws {
        for _ in 0..<20 {
            let key = PrivateKey.random()
            let digest = Keccak256.hash(SigningTestSupport.bytes32(decimal: "\(UInt64.random(in: 0...UInt64.max))"))
            let signature = key.sign(digest: digest)
            #expect(try signature.recoverPublicKey(digest: digest) == key.publicKey)
            #expect(try signature.recoverAddress(digest: digest) == key.address)
            #expect(try Signature(bytes: signature.bytes) == signature)
            #expect(try Signature(hex: signature.hex) == signature)
            #expect([27, 28].contains(signature.bytes[64]))
        }
    }

    @Test func signingIsDeterministic() throws {
        let key = try PrivateKey(hex: String(repeating: "11", count: 32))
        let digest = Keccak256.hash("lore")
        #expect(key.sign(digest: digest) == key.sign(digest: digest))
        #expect(key.sign(digest: digest) != key.sign(digest: Keccak256.hash("lore!")))
    }

    @Test func recoveryIdAndVAreEquivalent() throws {
        let key = PrivateKey.random()
        let digest = Keccak256.hash("v equivalence")
        let signature = key.sign(digest: digest)
        var zeroOne = signature.bytes
        zeroOne[64] -= 27
        let parsed = try Signature(bytes: zeroOne)
        #expect(parsed == signature)
        #expect(parsed.bytes[64] == signature.v)
        #expect(try parsed.recoverAddress(digest: digest) == key.address)
    }

    @Test func highSIsRejected() throws {
        let key = PrivateKey.random()
        let digest = Keccak256.hash("malleable")
        let signature = key.sign(digest: digest)
        let twin = SigningTestSupport.highSTwin(of: signature)
        #expect(throws: SignatureError.highS) { try Signature(bytes: twin) }
        var twinZeroOne = twin
        twinZeroOne[64] -= 27
        #expect(throws: SignatureError.highS) { try Signature(bytes: twinZeroOne) }
    }

    @Test func anotherKeyRecoversAnotherAddress() throws {
        let signer = PrivateKey.random()
        let other = PrivateKey.random()
        let digest = Keccak256.hash("who signed")
        #expect(try other.sign(digest: digest).recoverAddress(digest: digest) != signer.address)
        #expect(try other.sign(digest: digest).recoverAddress(digest: digest) == other.address)
    }

    @Test func malformedSignaturesAreRejected() throws {
        let good = PrivateKey.random().sign(digest: Keccak256.hash("x")).bytes
        #expect(throws: SignatureError.wrongLength(64)) { try Signature(bytes: Array(good.prefix(64))) }
        #expect(throws: SignatureError.wrongLength(66)) { try Signature(bytes: good + [0]) }
        #expect(throws: SignatureError.notHex) { try Signature(hex: "0xzz") }
        for v: UInt8 in [2, 26, 29, 35, 255] {
            #expect(throws: SignatureError.invalidRecoveryByte(v)) {
                try Signature(bytes: Array(good.prefix(64)) + [v])
            }
        }
        let zero = [UInt8](repeating: 0, count: 32)
        let order = SigningTestSupport.negateModOrder(zero)  // n − 0 = n
        let r = Array(good[0..<32])
        let s = Array(good[32..<64])
        #expect(throws: SignatureError.rOutOfRange) { try Signature(bytes: zero + s + [27]) }
        #expect(throws: SignatureError.rOutOfRange) { try Signature(bytes: order + s + [27]) }
        #expect(throws: SignatureError.sOutOfRange) { try Signature(bytes: r + zero + [27]) }
        #expect(throws: SignatureError.sOutOfRange) { try Signature(bytes: r + order + [27]) }
        #expect(throws: SignatureError.rOutOfRange) {
            try Signature(bytes: [UInt8](repeating: 0xff, count: 32) + s + [27])
        }
    }

    /// About half of all x values are not the x coordinate of a curve point; a signature whose r
    /// is such a value passes the range checks but has no public key, which recovery must report.
    @Test func recoveryFailureIsReported() throws {
        let digest = Keccak256.hash("no point")
        var failures = 0
        for x: UInt8 in 1...20 {
            let r = [UInt8](repeating: 0, count: 31) + [x]
            let s = [UInt8](repeating: 0, count: 31) + [1]
            let signature = try Signature(r: r, s: s, recoveryId: 0)
            do {
                _ = try signature.recoverAddress(digest: digest)
            } catch {
                #expect(error == .recoveryFailed)
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test func privateKeyValidation() throws {
        #expect(throws: PrivateKeyError.wrongLength(31)) { try PrivateKey(bytes: [UInt8](repeating: 1, count: 31)) }
        #expect(throws: PrivateKeyError.outOfRange) { try PrivateKey(bytes: [UInt8](repeating: 0, count: 32)) }
        let order = SigningTestSupport.negateModOrder([UInt8](repeating: 0, count: 32))
        #expect(throws: PrivateKeyError.outOfRange) { try PrivateKey(bytes: order) }
        #expect(throws: PrivateKeyError.notHex) { try PrivateKey(hex: "0xnothex") }
        let key = PrivateKey.random()
        #expect(!key.description.contains(Hex.encode(key.rawBytes, prefix: false)))
        #expect(key.description.contains(key.address.checksummed))
        #expect(key.publicKey.count == 64)
    }

    @Test func errorsReadWell() {
        #expect(SignatureError.highS.description.contains("EIP-2"))
        #expect(SignatureError.invalidRecoveryByte(5).description.contains("27, 28, 0 or 1"))
        #expect(PrivateKeyError.outOfRange.description.contains("curve order"))
    }
}
