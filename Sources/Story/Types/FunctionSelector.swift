import Ethereum

/// A 4-byte function selector (`bytes4`), as AccessController permissions use it.
/// ``any`` (`0x00000000`) is the wildcard for "every function of the target".
public struct FunctionSelector: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    /// The wildcard `0x00000000`.
    public static let any = FunctionSelector(unchecked: [0, 0, 0, 0])

    public init?(_ bytes: [UInt8]) {
        guard bytes.count == 4 else { return nil }
        self.bytes = bytes
    }

    init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// The selector of a canonical signature, e.g. `attachLicenseTerms(address,address,uint256)` → 0x2a4130c0.
    public init(signature: String) { bytes = ABI.selector(signature) }

    /// Parses `0x` + 8 hex digits.
    public init?(hex: String) {
        guard let bytes = try? Hex.decode(hex), bytes.count == 4 else { return nil }
        self.bytes = bytes
    }

    public var isWildcard: Bool { self == .any }
    public var hex: String { Hex.encode(bytes) }
    public var description: String { hex }
}
