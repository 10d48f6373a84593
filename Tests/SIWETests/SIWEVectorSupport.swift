import Foundation
import SIWE
import TestVectors

/// Loading of the spruceid/siwe vectors in `vectors/siwe/`.
enum SIWEVectors {
    /// A JSON file whose top level is an object of named cases.
    static func cases(_ file: String) throws -> [(name: String, value: Any)] {
        let object = try Vectors.json("siwe/\(file)")
        guard let cases = object as? [String: Any] else { throw VectorFileError.notAnObject(file) }
        return cases.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Decodes a message from a case's field object, as a client sending the JSON form would.
    static func message(fromFields fields: Any) throws -> SIWEMessage {
        let data = try JSONSerialization.data(withJSONObject: fields)
        return try JSONDecoder().decode(SIWEMessage.self, from: data)
    }

    enum VectorFileError: Error {
        case notAnObject(String)
        case malformedCase(String)
    }
}
