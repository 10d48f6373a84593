/// Solidity ABI encoding and decoding, selectors and event topics.
public enum ABI {
    /// `abi.encode(values…)` for the given types (the values form one tuple).
    public static func encode(_ values: [ABIValue], as types: [ABIType]) throws(ABIError) -> [UInt8] {
        for type in types { if let error = type.validationError { throw error } }
        return try ABIEncoder.encodeTuple(values, as: types)
    }

    /// `abi.encode(value)` of a single value.
    public static func encode(_ value: ABIValue, as type: ABIType) throws(ABIError) -> [UInt8] {
        try encode([value], as: [type])
    }

    /// Strictly decodes `data` as a tuple of `types`. Bytes after the encoding are ignored, as
    /// Solidity's `abi.decode` does; anything malformed throws with the byte offset at fault.
    public static func decode(_ types: [ABIType], from data: [UInt8]) throws(ABIError) -> [ABIValue] {
        for type in types { if let error = type.validationError { throw error } }
        return try ABIDecoder(data: data).decodeTuple(types, base: 0)
    }

    /// Decodes a single value of `type`.
    public static func decode(_ type: ABIType, from data: [UInt8]) throws(ABIError) -> ABIValue {
        try decode([type], from: data)[0]
    }

    /// The 4-byte selector of a canonical function or error signature: keccak256(signature)[0..<4].
    public static func selector(_ canonicalSignature: String) -> [UInt8] {
        Array(Keccak256.hash(canonicalSignature).prefix(4))
    }

    /// The topic0 of a canonical event signature: keccak256(signature).
    public static func eventTopic(_ canonicalSignature: String) -> [UInt8] {
        Keccak256.hash(canonicalSignature)
    }
}
