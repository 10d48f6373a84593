import Crypto
import Foundation

/// A deterministic byte stream, filled a buffer at a time.
protocol ByteGenerator {
    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer)
}

/// `byte i = i mod 256`, zeros, or a repeated ASCII unit: a repeating pattern.
struct PatternGenerator: ByteGenerator {
    private let pattern: [UInt8]
    private var offset = 0

    init(pattern: [UInt8]) {
        // Pre-extend so every fill is a few memcpys even for a 1-byte pattern.
        var extended = pattern
        while extended.count < 65_536 { extended += pattern }
        self.pattern = extended
        self.period = pattern.count
    }

    private let period: Int

    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        var written = 0
        while written < buffer.count {
            let start = offset % period
            let count = min(buffer.count - written, pattern.count - start)
            pattern.withUnsafeBytes { source in
                (buffer.baseAddress! + written).copyMemory(from: source.baseAddress! + start, byteCount: count)
            }
            written += count
            offset += count
        }
    }
}

/// kubo's `DeterministicRandomReader`: RFC 8439 ChaCha20 keystream with key = SHA-256(seed),
/// a zero nonce and the block counter starting at 0.
struct ChaCha20Generator: ByteGenerator {
    private var state: [UInt32]
    private var block = [UInt8](repeating: 0, count: 64)
    private var used = 64

    init(seed: String) {
        let key = Array(SHA256.hash(data: Data(seed.utf8)))
        var state: [UInt32] = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574]
        for i in 0..<8 {
            state.append(
                UInt32(key[4 * i]) | UInt32(key[4 * i + 1]) << 8 | UInt32(key[4 * i + 2]) << 16 | UInt32(key[4 * i + 3])
                    << 24)
        }
        state += [0, 0, 0, 0]  // counter, nonce
        self.state = state
    }

    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        var written = 0
        while written < buffer.count {
            if used == 64 {
                nextBlock()
                used = 0
            }
            let count = min(64 - used, buffer.count - written)
            let from = used
            block.withUnsafeBytes { source in
                (buffer.baseAddress! + written).copyMemory(from: source.baseAddress! + from, byteCount: count)
            }
            used += count
            written += count
        }
    }

    private mutating func nextBlock() {
        var x0 = state[0]
        var x1 = state[1]
        var x2 = state[2]
        var x3 = state[3]
        var x4 = state[4]
        var x5 = state[5]
        var x6 = state[6]
        var x7 = state[7]
        var x8 = state[8]
        var x9 = state[9]
        var x10 = state[10]
        var x11 = state[11]
        var x12 = state[12]
        var x13 = state[13]
        var x14 = state[14]
        var x15 = state[15]
        @inline(__always) func quarter(_ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32, _ d: inout UInt32) {
            a = a &+ b; d ^= a; d = d &<< 16 | d &>> 16
            c = c &+ d; b ^= c; b = b &<< 12 | b &>> 20
            a = a &+ b; d ^= a; d = d &<< 8 | d &>> 24
            c = c &+ d; b ^= c; b = b &<< 7 | b &>> 25
        }
        for _ in 0..<10 {
            quarter(&x0, &x4, &x8, &x12)
            quarter(&x1, &x5, &x9, &x13)
            quarter(&x2, &x6, &x10, &x14)
            quarter(&x3, &x7, &x11, &x15)
            quarter(&x0, &x5, &x10, &x15)
            quarter(&x1, &x6, &x11, &x12)
            quarter(&x2, &x7, &x8, &x13)
            quarter(&x3, &x4, &x9, &x14)
        }
        let words = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15]
        block.withUnsafeMutableBytes { out in
            for i in 0..<16 {
                out.storeBytes(of: (words[i] &+ state[i]).littleEndian, toByteOffset: 4 * i, as: UInt32.self)
            }
        }
        state[12] &+= 1
    }
}

/// Go's `math/rand` (v1) `Rand.Read`: the additive lagged Fibonacci generator (607, 273), each
/// `Int63` giving 7 bytes, least significant first.
///
/// Go seeds its state as `seedValues(seed) XOR rngCooked`, a 607-entry table. Only the low 56
/// bits of the state ever reach `Read`'s output (carries only move upwards), so those bits of the
/// table can be recovered from the first 607 outputs of any seed: the shipped seed-41 file.
struct GoMathRandGenerator: ByteGenerator {
    static let length = 607
    static let tap = 273
    private static let low56: UInt64 = (1 << 56) - 1

    private var vec: [UInt64]
    private var tapIndex = 0
    private var feedIndex = length - tap
    private var value: UInt64 = 0
    private var remaining = 0

    init(seed: Int64, cooked: [UInt64]) {
        vec = zip(Self.seedValues(seed), cooked).map { $0 ^ $1 }
    }

    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        for index in 0..<buffer.count {
            if remaining == 0 {
                value = nextInt63()
                remaining = 7
            }
            buffer[index] = UInt8(truncatingIfNeeded: value)
            value >>= 8
            remaining -= 1
        }
    }

    private mutating func nextInt63() -> UInt64 {
        tapIndex = tapIndex == 0 ? Self.length - 1 : tapIndex - 1
        feedIndex = feedIndex == 0 ? Self.length - 1 : feedIndex - 1
        let x = vec[feedIndex] &+ vec[tapIndex]
        vec[feedIndex] = x
        return x & (UInt64.max >> 1)
    }

    /// Go's `rngSource.Seed` without the cooked table: three steps of x ← 48271·x mod (2³¹−1) per entry.
    static func seedValues(_ seed: Int64) -> [UInt64] {
        let modulus: Int64 = (1 << 31) - 1
        func seedrand(_ x: Int64) -> Int64 {
            let hi = x / 44_488
            let lo = x % 44_488
            let next = 48_271 * lo - 3_399 * hi
            return next < 0 ? next + modulus : next
        }
        var seed = seed % modulus
        if seed < 0 { seed += modulus }
        if seed == 0 { seed = 89_482_311 }
        var x = seed
        var values: [UInt64] = []
        for i in -20..<length {
            x = seedrand(x)
            if i >= 0 {
                var u = UInt64(x) << 40
                x = seedrand(x)
                u ^= UInt64(x) << 20
                x = seedrand(x)
                u ^= UInt64(x)
                values.append(u)
            }
        }
        return values
    }

    /// The low 56 bits of Go's cooked table, from the first 607 × 7 bytes `Read` gave for `seed`.
    /// Output y(k) = y(k−607) + y(k−273) (k ≥ 1), where y(j) for j ≤ 0 is the initial
    /// `vec[(334 − j) mod 607]`; run backwards, y(j) = y(j+607) − y(j+334).
    static func cookedLow56(fromOutputOf seed: Int64, bytes: [UInt8]) -> [UInt64] {
        precondition(bytes.count >= length * 7)
        var y = [UInt64](repeating: 0, count: 2 * length)  // y(j) at j + 606, j in -606...607
        func slot(_ j: Int) -> Int { j + length - 1 }
        for k in 1...length {
            var v: UInt64 = 0
            for b in 0..<7 { v |= UInt64(bytes[(k - 1) * 7 + b]) << (8 * UInt64(b)) }
            y[slot(k)] = v
        }
        for j in stride(from: 0, through: -(length - 1), by: -1) {
            y[slot(j)] = (y[slot(j + length)] &- y[slot(j + length - tap)]) & low56
        }
        var initial = [UInt64](repeating: 0, count: length)
        for j in -(length - 1)...0 {
            initial[((length - tap - j) % length + length) % length] = y[slot(j)]
        }
        return zip(initial, seedValues(seed)).map { ($0 ^ $1) & low56 }
    }
}
