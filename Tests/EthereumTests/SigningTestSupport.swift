@testable import Ethereum

/// Byte arithmetic the signing tests need to build their inputs (never used by the code under test).
enum SigningTestSupport {
    /// A non-negative decimal string as a 32-byte big-endian number.
    static func bytes32(decimal: String) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        for char in decimal.utf8 {
            precondition((48...57).contains(char), "not a decimal digit")
            var carry = Int(char - 48)
            for i in stride(from: 31, through: 0, by: -1) {
                let value = Int(out[i]) * 10 + carry
                out[i] = UInt8(value & 0xff)
                carry = value >> 8
            }
            precondition(carry == 0, "does not fit in 32 bytes")
        }
        return out
    }

    /// n − s for the secp256k1 order n: the other valid `s` of the same ECDSA signature.
    static func negateModOrder(_ s: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        var borrow = 0
        for i in stride(from: 31, through: 0, by: -1) {
            var value = Int(Secp256k1Order.n[i]) - Int(s[i]) - borrow
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 256 }
            out[i] = UInt8(value)
        }
        return out
    }

    /// The 65-byte `r‖s‖v` of `signature` with s replaced by n − s and the recovery id flipped:
    /// the high-s twin that EIP-2 forbids.
    static func highSTwin(of signature: Signature) -> [UInt8] {
        signature.r + negateModOrder(signature.s) + [signature.recoveryId == 0 ? 28 : 27]
    }
}
