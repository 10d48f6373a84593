import Foundation

/// Stores finished answers by cache key. In memory here; the app provides a database-backed
/// one so several instances share it (DECISIONS.md "AI / Cache").
public protocol AnswerCache: Sendable {
    /// The answer stored under `key`, unless it has expired by `now`.
    func answer(forKey key: String, now: Date) async throws -> CachedAnswer?
    /// Stores `answer` under `key` until `expiresAt`, replacing any previous one.
    func store(_ answer: CachedAnswer, forKey key: String, expiresAt: Date) async throws
}

/// What the cache keeps of an answer: the model that produced it and the result as JSON (the
/// result type's own snake_case encoding, so a database can keep it in a JSON column).
public struct CachedAnswer: Sendable, Equatable, Codable {
    public var modelUsed: String
    public var payload: Data

    public init(modelUsed: String, payload: Data) {
        self.modelUsed = modelUsed
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case payload
        case modelUsed = "model_used"
    }
}
