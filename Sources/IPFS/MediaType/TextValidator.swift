/// Streaming check that bytes are UTF-8 text: well-formed UTF-8 (no overlong forms,
/// surrogates or code points past U+10FFFF) and no control characters other than tab,
/// line feed, form feed and carriage return. Binary data fails it within a few bytes.
public struct TextValidator: Sendable {
    public private(set) var isText = true
    private var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xbf

    public init() {}

    /// Feeds the next bytes; cheap to keep calling once ``isText`` is false.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard isText else { return }
        for byte in bytes where !accept(byte) {
            isText = false
            return
        }
    }

    /// True when everything fed was text and no multi-byte sequence is left open.
    public var isCompleteText: Bool { isText && pending == 0 }

    private mutating func accept(_ byte: UInt8) -> Bool {
        if pending > 0 {
            guard byte >= lower && byte <= upper else { return false }
            pending -= 1
            lower = 0x80
            upper = 0xbf
            return true
        }
        switch byte {
        case 0x09, 0x0a, 0x0c, 0x0d, 0x20...0x7e: return true
        case 0x7f, 0x00...0x1f: return false
        case 0xc2...0xdf: pending = 1
        case 0xe0: pending = 2; lower = 0xa0
        case 0xe1...0xec, 0xee...0xef: pending = 2
        case 0xed: pending = 2; upper = 0x9f
        case 0xf0: pending = 3; lower = 0x90
        case 0xf1...0xf3: pending = 3
        case 0xf4: pending = 3; upper = 0x8f
        default: return false
        }
        return true
    }
}
