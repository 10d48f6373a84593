/// Why a value could not be ABI-encoded, or bytes could not be decoded, or a type string parsed.
public enum ABIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The type string is not a canonical ABI type.
    case invalidType(String)
    /// A signature such as `f(uint256,bool)` could not be parsed; `reason` says where.
    case invalidSignature(String, reason: String)
    /// The number of values differs from the number of types.
    case countMismatch(expected: Int, got: Int)
    /// A value's shape does not match its type (e.g. a string given for a `uint256`).
    case typeMismatch(expected: ABIType, got: String)
    /// An integer does not fit the declared width.
    case integerOutOfRange(ABIType)
    /// A `bytesN` value does not have exactly N bytes.
    case wrongFixedBytesLength(expected: Int, got: Int)
    /// A fixed array value does not have exactly k elements.
    case wrongArrayLength(expected: Int, got: Int)
    /// The data ends before `needed` bytes at `offset` could be read.
    case truncated(offset: Int, needed: Int, available: Int)
    /// An offset word points outside the data or back into the head.
    case invalidOffset(offset: Int, value: String)
    /// A length word is larger than the data could hold.
    case invalidLength(offset: Int, value: String)
    /// A word's padding is not zero, or a `bool` is neither 0 nor 1, or an int is not sign-extended.
    case dirtyPadding(type: ABIType, offset: Int)
    /// A `string` is not valid UTF-8.
    case invalidUTF8(offset: Int)
    /// Calldata does not start with the expected 4-byte selector.
    case selectorMismatch(expected: String, got: String)
    /// Event topics do not match the event (wrong topic0 or count).
    case topicMismatch(String)

    public var description: String {
        switch self {
        case .invalidType(let t): "'\(t)' is not a canonical ABI type"
        case .invalidSignature(let s, let reason): "invalid ABI signature '\(s)': \(reason)"
        case .countMismatch(let e, let g): "expected \(e) values, got \(g)"
        case .typeMismatch(let e, let g): "a \(e) cannot hold \(g)"
        case .integerOutOfRange(let t): "the integer does not fit in \(t)"
        case .wrongFixedBytesLength(let e, let g): "bytes\(e) needs exactly \(e) bytes, got \(g)"
        case .wrongArrayLength(let e, let g): "the fixed array needs exactly \(e) elements, got \(g)"
        case .truncated(let o, let n, let a): "data truncated: \(n) bytes needed at offset \(o), \(a) available"
        case .invalidOffset(let o, let v): "the offset \(v) at byte \(o) points outside the data"
        case .invalidLength(let o, let v): "the length \(v) at byte \(o) exceeds the data"
        case .dirtyPadding(let t, let o): "the \(t) word at byte \(o) is not canonically padded"
        case .invalidUTF8(let o): "the string at byte \(o) is not valid UTF-8"
        case .selectorMismatch(let e, let g): "expected selector \(e), got \(g)"
        case .topicMismatch(let reason): "log topics do not match: \(reason)"
        }
    }
}
