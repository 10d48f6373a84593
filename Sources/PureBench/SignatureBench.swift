import Ethereum

/// secp256k1 through libsecp256k1: public-key recoveries per second (what every sign-in costs)
/// and signatures per second (what every transaction costs), each over at least 2 s of work.
let signatureSuite = BenchmarkSuite(name: "signatures") {
    let key = try PrivateKey(hex: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
    let digest = EIP191.hash(message: "lore.example wants you to sign in with your Ethereum account")
    let signature = key.sign(digest: digest)
    let warmUp = try signature.recoverAddress(digest: digest)
    precondition(warmUp == key.address)

    var recoveries = 0
    var recovered = Address.zero
    var seconds = 0.0
    while seconds < 2 {
        seconds += try measure {
            for _ in 0..<1_000 { recovered = try signature.recoverAddress(digest: digest) }
        }
        recoveries += 1_000
    }
    precondition(recovered == key.address)
    report("signatures", "recoverAddress", Double(recoveries) / seconds, "recoveries/s")

    var signatures = 0
    var last = signature
    seconds = 0
    while seconds < 2 {
        seconds += measure {
            for _ in 0..<1_000 { last = key.sign(digest: digest) }
        }
        signatures += 1_000
    }
    precondition(last == signature)
    report("signatures", "sign (RFC 6979)", Double(signatures) / seconds, "signatures/s")
}
