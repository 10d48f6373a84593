import Fluent
import Foundation

/// A unit of background work in the database, claimable by any instance's worker under a lease.
final class Job: Model, @unchecked Sendable {
    static let schema = "jobs"

    enum Status: String, Codable, Sendable {
        case queued, running, succeeded, failed
    }

    @ID(key: .id) var id: UUID?
    /// Which handler runs it.
    @Field(key: "kind") var kind: String
    /// The handler's input, as JSON.
    @Field(key: "payload") var payload: String
    @Enum(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "max_attempts") var maxAttempts: Int
    /// Not before this time.
    @Field(key: "run_at") var runAt: Date
    /// The worker holding the lease, and until when; an expired lease makes the job claimable again.
    @OptionalField(key: "locked_by") var lockedBy: String?
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    /// Set for jobs that must exist at most once (a recurring occurrence, one pipeline per asset).
    @OptionalField(key: "unique_key") var uniqueKey: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}
