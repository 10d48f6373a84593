import CSecp256k1

/// The process-wide libsecp256k1 context used for key derivation, signing and recovery.
///
/// Why `@unchecked Sendable` is sound: libsecp256k1 documents a context as safe to use from
/// several threads at once for every call that takes it as `const secp256k1_context *`
/// (seckey verification, public-key creation, signing, recovery, serialisation). The only
/// mutating calls, `secp256k1_context_randomize` and `secp256k1_context_destroy`, run in `init`
/// (before the instance is published) and `deinit` (after the last reference is gone). After
/// `init` returns, nothing mutates the context, so sharing it is a read-only share.
///
/// One context is shared rather than one per call because creating and randomizing a context
/// costs far more than a signature. It is a cryptographic constant, not a service.
final class Secp256k1Context: @unchecked Sendable {
    /// The shared, randomized context.
    static let shared = Secp256k1Context()

    /// The underlying `secp256k1_context *`; only ever passed where the C API takes a const context.
    let raw: OpaquePointer

    private init() {
        // v0.2.0: SECP256K1_CONTEXT_NONE (= SECP256K1_FLAGS_TYPE_CONTEXT) gives a context for
        // every operation; the SIGN/VERIFY flags are deprecated aliases of it.
        guard let context = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_NONE)) else {
            fatalError("libsecp256k1: secp256k1_context_create failed")
        }
        // Randomization blinds the signing and key-generation computations against timing and
        // power side channels (secp256k1.h, secp256k1_context_randomize).
        var seed = SecureRandom.bytes(count: 32)
        let randomized = secp256k1_context_randomize(context, &seed)
        seed.resetBytes()
        guard randomized == 1 else {
            fatalError("libsecp256k1: secp256k1_context_randomize failed")
        }
        raw = context
    }

    deinit {
        secp256k1_context_destroy(raw)
    }
}

/// Bytes from the system CSPRNG (`SystemRandomNumberGenerator`: getrandom(2) on Linux).
enum SecureRandom {
    static func bytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in generator.next() }
    }
}

extension Array where Element == UInt8 {
    /// Overwrites every byte with zero (best effort: copies made earlier are not reached).
    mutating func resetBytes() {
        for i in indices { self[i] = 0 }
    }
}
