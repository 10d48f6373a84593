/// An event signature with its indexed parameters: builds and reads logs (topics + data) exactly as
/// the EVM's LOGn does for a Solidity `emit`.
public struct ABIEvent: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let parameters: [ABIParameter]
    /// `Name(type1,type2,…)`.
    public let canonicalSignature: String
    /// keccak256(canonicalSignature): topics[0] of every log of this (non-anonymous) event.
    public let topic0: [UInt8]

    /// Parses a human-readable event such as `Transfer(address indexed from, address indexed to, uint256 value)`.
    public init(_ signature: String) throws(ABIError) {
        var parser = ABISignatureParser(signature)
        let (name, parameters) = try parser.parseSignature()
        guard parameters.filter(\.indexed).count <= 3 else {
            throw .invalidSignature(signature, reason: "at most three parameters can be indexed")
        }
        self.name = name
        self.parameters = parameters
        canonicalSignature = name + "(" + parameters.map(\.type.canonicalName).joined(separator: ",") + ")"
        topic0 = ABI.eventTopic(canonicalSignature)
    }

    public var description: String { canonicalSignature }

    /// The log of `emit Name(values…)`: topic0, one topic per indexed value (dynamic values are
    /// represented by the keccak256 of their encoding, as Solidity does), and the non-indexed
    /// values ABI-encoded as the data.
    public func encodeLog(_ values: [ABIValue]) throws(ABIError) -> (topics: [[UInt8]], data: [UInt8]) {
        guard values.count == parameters.count else {
            throw .countMismatch(expected: parameters.count, got: values.count)
        }
        var topics = [topic0]
        var dataValues: [ABIValue] = []
        var dataTypes: [ABIType] = []
        for (parameter, value) in zip(parameters, values) {
            if parameter.indexed {
                topics.append(try Self.topic(for: value, as: parameter.type))
            } else {
                dataValues.append(value)
                dataTypes.append(parameter.type)
            }
        }
        return (topics, try ABI.encode(dataValues, as: dataTypes))
    }

    /// Decodes a log. Indexed dynamic values cannot be recovered from their hash; they come back
    /// as `.fixedBytes` holding the 32-byte topic.
    public func decodeLog(topics: [[UInt8]], data: [UInt8]) throws(ABIError) -> [ABIValue] {
        let indexedCount = parameters.filter(\.indexed).count
        guard topics.count == indexedCount + 1 else {
            throw .topicMismatch(
                "\(name) has \(indexedCount) indexed parameters, the log has \(topics.count - 1) topics")
        }
        guard topics[0] == topic0 else { throw .topicMismatch("topic0 is not \(canonicalSignature)") }
        let dataTypes = parameters.filter { !$0.indexed }.map(\.type)
        var dataValues = try ABI.decode(dataTypes, from: data).makeIterator()
        var topicIterator = topics.dropFirst().makeIterator()
        var values: [ABIValue] = []
        for parameter in parameters {
            if parameter.indexed {
                guard let topic = topicIterator.next(), topic.count == 32 else {
                    throw .topicMismatch("a topic is not 32 bytes")
                }
                switch parameter.type {
                case .string, .bytes, .array, .fixedArray, .tuple:
                    values.append(.fixedBytes(topic))
                default:
                    values.append(try ABI.decode(parameter.type, from: topic))
                }
            } else if let value = dataValues.next() {
                values.append(value)
            }
        }
        return values
    }

    /// The topic for an indexed value: its 32-byte word for value types, otherwise keccak256 of its
    /// in-place encoding (Solidity ABI spec, "Encoding of indexed event parameters").
    static func topic(for value: ABIValue, as type: ABIType) throws(ABIError) -> [UInt8] {
        switch type {
        case .string, .bytes, .array, .fixedArray, .tuple:
            return Keccak256.hash(try inPlaceEncoding(value, as: type, padded: false))
        default:
            return try ABI.encode(value, as: type)
        }
    }

    /// Strings and bytes are their raw contents (padded to 32 bytes only inside arrays and
    /// structs); arrays and structs are their elements' encodings concatenated, with no length or
    /// offsets.
    private static func inPlaceEncoding(_ value: ABIValue, as type: ABIType, padded: Bool) throws(ABIError) -> [UInt8] {
        switch (type, value) {
        case (.string, .string(let s)): return pad(Array(s.utf8), padded)
        case (.bytes, .bytes(let b)): return pad(b, padded)
        case (.array(let element), .array(let items)), (.fixedArray(let element, _), .array(let items)):
            if case .fixedArray(_, let count) = type, count != items.count {
                throw .wrongArrayLength(expected: count, got: items.count)
            }
            var out: [UInt8] = []
            for item in items { out += try inPlaceEncoding(item, as: element, padded: true) }
            return out
        case (.tuple(let components), .tuple(let items)):
            guard components.count == items.count else {
                throw .countMismatch(expected: components.count, got: items.count)
            }
            var out: [UInt8] = []
            for (component, item) in zip(components, items) {
                out += try inPlaceEncoding(item, as: component, padded: true)
            }
            return out
        default:
            return try ABI.encode(value, as: type)
        }
    }

    private static func pad(_ bytes: [UInt8], _ padded: Bool) -> [UInt8] {
        guard padded else { return bytes }
        return bytes + [UInt8](repeating: 0, count: (32 - bytes.count % 32) % 32)
    }
}
