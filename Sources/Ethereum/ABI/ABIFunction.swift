/// A function (or custom error) signature: its name, parameter types, canonical signature and
/// 4-byte selector, with calldata encoding and decoding.
public struct ABIFunction: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let parameters: [ABIParameter]
    /// `name(type1,type2,…)` with canonical types and no parameter names.
    public let canonicalSignature: String
    /// keccak256(canonicalSignature)[0..<4].
    public let selector: [UInt8]

    /// Parses `name(type1,type2)`; parameter names are allowed (`f(address owner, uint256)`).
    public init(_ signature: String) throws(ABIError) {
        var parser = ABISignatureParser(signature)
        let (name, parameters) = try parser.parseSignature()
        guard !parameters.contains(where: \.indexed) else {
            throw .invalidSignature(signature, reason: "'indexed' is only valid in events")
        }
        self.init(name: name, parameters: parameters)
    }

    public init(name: String, parameters: [ABIParameter]) {
        self.name = name
        self.parameters = parameters
        canonicalSignature = name + "(" + parameters.map(\.type.canonicalName).joined(separator: ",") + ")"
        selector = ABI.selector(canonicalSignature)
    }

    public var types: [ABIType] { parameters.map(\.type) }
    public var description: String { canonicalSignature }

    /// selector ‖ abi.encode(arguments).
    public func encodeCall(_ arguments: [ABIValue]) throws(ABIError) -> [UInt8] {
        selector + (try ABI.encode(arguments, as: types))
    }

    /// Checks the selector and decodes the arguments of `calldata`.
    public func decodeCall(_ calldata: [UInt8]) throws(ABIError) -> [ABIValue] {
        guard calldata.count >= 4, Array(calldata.prefix(4)) == selector else {
            throw .selectorMismatch(expected: Hex.encode(selector), got: Hex.encode(calldata.prefix(4)))
        }
        return try ABI.decode(types, from: Array(calldata.dropFirst(4)))
    }
}
