import Crypto
import Foundation
import LoreJSON

/// The cache key of a request: SHA-256 of the canonical JSON (sorted keys, no whitespace) of
/// `{operation, inputs, model_tier, prompt_version}` (DECISIONS.md "AI / Cache").
public struct CacheKey: Sendable, Equatable {
    /// The canonical JSON that was hashed.
    public let canonicalJSON: String
    /// 64 lowercase hex digits.
    public let hex: String

    public init(operation: AssistantOperation, inputs: [String: String], tier: ModelTier) {
        let document = JSONValue.object([
            "operation": .string(operation.rawValue),
            "inputs": .object(inputs.mapValues { .string($0) }),
            "model_tier": .string(tier.rawValue),
            "prompt_version": .string(operation.promptVersion),
        ])
        let data = document.canonicalData()
        canonicalJSON = String(decoding: data, as: UTF8.self)
        let digits = Array("0123456789abcdef".utf8)
        var hexDigits: [UInt8] = []
        hexDigits.reserveCapacity(2 * SHA256.byteCount)
        for byte in SHA256.hash(data: data) {
            hexDigits.append(digits[Int(byte >> 4)])
            hexDigits.append(digits[Int(byte & 0x0f)])
        }
        hex = String(decoding: hexDigits, as: UTF8.self)
    }
}
