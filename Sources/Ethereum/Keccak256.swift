/// Keccak-256 as Ethereum uses it: Keccak[r=1088, c=512] with the original `0x01` padding
/// (not FIPS-202 SHA3-256, which pads with `0x06`).
///
/// Streaming: create one, `update` it with any number of byte runs, then `finalize()`.
public struct Keccak256: Sendable {
    /// Bytes absorbed per permutation (1088 bits).
    public static let rate = 136

    private var state = KeccakState()
    private var buffer = [UInt8](repeating: 0, count: Keccak256.rate)
    private var buffered = 0

    public init() {}

    /// One-shot hash of `bytes`.
    public static func hash<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = Keccak256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// One-shot hash of the UTF-8 bytes of `string`.
    public static func hash(_ string: String) -> [UInt8] {
        hash(Array(string.utf8))
    }

    /// Absorbs `bytes`.
    public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { absorb($0) }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { absorb($0) }
        }
    }

    private mutating func absorb(_ input: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        let rate = Self.rate
        if buffered > 0 {
            let take = Swift.min(rate - buffered, input.count)
            for i in 0..<take { buffer[buffered + i] = input[i] }
            buffered += take
            offset = take
            if buffered == rate {
                buffer.withUnsafeBufferPointer { state.absorbBlock($0.baseAddress!) }
                buffered = 0
            }
        }
        guard let base = input.baseAddress else { return }
        while input.count - offset >= rate {
            state.absorbBlock(base + offset)
            offset += rate
        }
        let rest = input.count - offset
        if rest > 0 {
            for i in 0..<rest { buffer[i] = input[offset + i] }
            buffered = rest
        }
    }

    /// Pads, squeezes and returns the 32-byte digest. The hasher should not be reused afterwards.
    public mutating func finalize() -> [UInt8] {
        for i in buffered..<Self.rate { buffer[i] = 0 }
        buffer[buffered] ^= 0x01
        buffer[Self.rate - 1] ^= 0x80
        buffer.withUnsafeBufferPointer { state.absorbBlock($0.baseAddress!) }
        buffered = 0
        return state.squeeze32()
    }
}

/// The 5×5 lane Keccak-f[1600] state.
struct KeccakState: Sendable {
    private var lanes = [UInt64](repeating: 0, count: 25)

    mutating func absorbBlock(_ block: UnsafePointer<UInt8>) {
        lanes.withUnsafeMutableBufferPointer { a in
            for i in 0..<(Keccak256.rate / 8) {
                var lane: UInt64 = 0
                for b in 0..<8 { lane |= UInt64(block[i * 8 + b]) << (8 * UInt64(b)) }
                a[i] ^= lane
            }
            Self.permute(a.baseAddress!)
        }
    }

    func squeeze32() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 32)
        for i in 0..<4 {
            let lane = lanes[i]
            for b in 0..<8 { out[i * 8 + b] = UInt8(truncatingIfNeeded: lane >> (8 * UInt64(b))) }
        }
        return out
    }

    private static let roundConstants: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808a, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808b, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008a, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000a,
        0x0000_0000_8000_808b, 0x8000_0000_0000_008b, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800a, 0x8000_0000_8000_000a,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]

    @inline(__always)
    private static func rotl(_ x: UInt64, _ n: UInt64) -> UInt64 { (x << n) | (x >> (64 &- n)) }

    /// Keccak-f[1600]: 24 rounds of θ, ρ, π, χ, ι over lanes held in locals (unrolled for speed).
    private static func permute(_ s: UnsafeMutablePointer<UInt64>) {
        var a00 = s[0]
        var a01 = s[1]
        var a02 = s[2]
        var a03 = s[3]
        var a04 = s[4]
        var a05 = s[5]
        var a06 = s[6]
        var a07 = s[7]
        var a08 = s[8]
        var a09 = s[9]
        var a10 = s[10]
        var a11 = s[11]
        var a12 = s[12]
        var a13 = s[13]
        var a14 = s[14]
        var a15 = s[15]
        var a16 = s[16]
        var a17 = s[17]
        var a18 = s[18]
        var a19 = s[19]
        var a20 = s[20]
        var a21 = s[21]
        var a22 = s[22]
        var a23 = s[23]
        var a24 = s[24]
        for round in 0..<24 {
            // θ
            let c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20
            let c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21
            let c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22
            let c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23
            let c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24
            let d0 = c4 ^ rotl(c1, 1)
            let d1 = c0 ^ rotl(c2, 1)
            let d2 = c1 ^ rotl(c3, 1)
            let d3 = c2 ^ rotl(c4, 1)
            let d4 = c3 ^ rotl(c0, 1)
            // ρ and π: b[y][2x+3y] = rot(a[x][y] ^ d[x], r[x][y])
            let b00 = a00 ^ d0
            let b10 = rotl(a01 ^ d1, 1)
            let b20 = rotl(a02 ^ d2, 62)
            let b05 = rotl(a03 ^ d3, 28)
            let b15 = rotl(a04 ^ d4, 27)
            let b16 = rotl(a05 ^ d0, 36)
            let b01 = rotl(a06 ^ d1, 44)
            let b11 = rotl(a07 ^ d2, 6)
            let b21 = rotl(a08 ^ d3, 55)
            let b06 = rotl(a09 ^ d4, 20)
            let b07 = rotl(a10 ^ d0, 3)
            let b17 = rotl(a11 ^ d1, 10)
            let b02 = rotl(a12 ^ d2, 43)
            let b12 = rotl(a13 ^ d3, 25)
            let b22 = rotl(a14 ^ d4, 39)
            let b23 = rotl(a15 ^ d0, 41)
            let b08 = rotl(a16 ^ d1, 45)
            let b18 = rotl(a17 ^ d2, 15)
            let b03 = rotl(a18 ^ d3, 21)
            let b13 = rotl(a19 ^ d4, 8)
            let b14 = rotl(a20 ^ d0, 18)
            let b24 = rotl(a21 ^ d1, 2)
            let b09 = rotl(a22 ^ d2, 61)
            let b19 = rotl(a23 ^ d3, 56)
            let b04 = rotl(a24 ^ d4, 14)
            // χ
            a00 = b00 ^ (~b01 & b02)
            a01 = b01 ^ (~b02 & b03)
            a02 = b02 ^ (~b03 & b04)
            a03 = b03 ^ (~b04 & b00)
            a04 = b04 ^ (~b00 & b01)
            a05 = b05 ^ (~b06 & b07)
            a06 = b06 ^ (~b07 & b08)
            a07 = b07 ^ (~b08 & b09)
            a08 = b08 ^ (~b09 & b05)
            a09 = b09 ^ (~b05 & b06)
            a10 = b10 ^ (~b11 & b12)
            a11 = b11 ^ (~b12 & b13)
            a12 = b12 ^ (~b13 & b14)
            a13 = b13 ^ (~b14 & b10)
            a14 = b14 ^ (~b10 & b11)
            a15 = b15 ^ (~b16 & b17)
            a16 = b16 ^ (~b17 & b18)
            a17 = b17 ^ (~b18 & b19)
            a18 = b18 ^ (~b19 & b15)
            a19 = b19 ^ (~b15 & b16)
            a20 = b20 ^ (~b21 & b22)
            a21 = b21 ^ (~b22 & b23)
            a22 = b22 ^ (~b23 & b24)
            a23 = b23 ^ (~b24 & b20)
            a24 = b24 ^ (~b20 & b21)
            // ι
            a00 ^= roundConstants[round]
        }
        s[0] = a00; s[1] = a01; s[2] = a02; s[3] = a03; s[4] = a04
        s[5] = a05; s[6] = a06; s[7] = a07; s[8] = a08; s[9] = a09
        s[10] = a10; s[11] = a11; s[12] = a12; s[13] = a13; s[14] = a14
        s[15] = a15; s[16] = a16; s[17] = a17; s[18] = a18; s[19] = a19
        s[20] = a20; s[21] = a21; s[22] = a22; s[23] = a23; s[24] = a24
    }
}
