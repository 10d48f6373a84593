import Fluent
import Foundation
import SQLKit

/// Enqueues and claims jobs. Claiming is one atomic statement — `FOR UPDATE SKIP LOCKED` on
/// PostgreSQL so concurrent workers on many instances never take the same job; SQLite runs one
/// writer at a time, so the same UPDATE is atomic there.
struct JobQueue: Sendable {
    /// Signalled once a job is committed, so this process' idle workers start it at once.
    let wakeUp = JobWakeUp()
    /// How long a claim lasts before another worker may take the job over.
    var lease: TimeInterval = 60
    /// Retry delay after the n-th failed attempt: `base · 2^(n−1)`, at most `maxBackoff`.
    var baseBackoff: TimeInterval = 2
    var maxBackoff: TimeInterval = 600

    /// Adds a job. With a `uniqueKey` the job is added only if no job has that key yet (so
    /// several instances scheduling the same occurrence add it once); returns whether it was added.
    @discardableResult
    func enqueue(
        kind: String, payload: some Encodable, runAt: Date, now: Date, maxAttempts: Int = 5, uniqueKey: String? = nil,
        on database: any Database
    ) async throws -> Bool {
        try await enqueueReturningID(
            kind: kind, payload: payload, runAt: runAt, now: now, maxAttempts: maxAttempts, uniqueKey: uniqueKey,
            on: database) != nil
    }

    /// ``enqueue(kind:payload:runAt:now:maxAttempts:uniqueKey:on:)`` returning the new job's id
    /// (nil when the unique key was taken).
    func enqueueReturningID(
        kind: String, payload: some Encodable, runAt: Date, now: Date, maxAttempts: Int = 5, uniqueKey: String? = nil,
        on database: any Database
    ) async throws -> UUID? {
        let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let sql = database.sql
        let id = UUID()
        let rows = try await sql.insert(into: Job.schema)
            .columns(
                "id", "kind", "payload", "status", "attempts", "max_attempts", "run_at", "unique_key", "created_at"
            )
            .values(
                SQLBind(id), SQLBind(kind), SQLBind(json), SQLBind(Job.Status.queued.rawValue), SQLBind(0),
                SQLBind(maxAttempts), SQLBind(runAt), SQLBind(uniqueKey), SQLBind(now)
            )
            .ignoringConflicts(with: ["unique_key"])
            .returning("id")
            .all()
        return rows.isEmpty ? nil : id
    }

    /// Claims the next due job for `worker`, or nil. A running job whose lease has expired (its
    /// worker crashed) is due again.
    func claim(worker: String, now: Date, on database: any Database) async throws -> Job? {
        let sql = database.sql
        let lock: SQLQueryString = sql.dialect.name == "postgresql" ? "FOR UPDATE SKIP LOCKED" : ""
        let row = try await sql.raw(
            """
            UPDATE jobs SET status = 'running', locked_by = \(bind: worker), locked_until = \(bind: now.addingTimeInterval(lease)),
                attempts = attempts + 1
            WHERE id = (
                SELECT id FROM jobs
                WHERE (status = 'queued' AND run_at <= \(bind: now))
                   OR (status = 'running' AND locked_until < \(bind: now))
                ORDER BY run_at
                LIMIT 1
                \(lock)
            )
            RETURNING id
            """
        ).first()
        guard let row else { return nil }
        let id = try row.decode(column: "id", as: UUID.self)
        return try await Job.find(id, on: database)
    }

    /// Claims the job with this id if it is waiting (queued), whatever its `run_at`; nil when a
    /// worker has it already or it is done.
    func claim(jobID: UUID, worker: String, now: Date, on database: any Database) async throws -> Job? {
        let sql = database.sql
        let row = try await sql.update(Job.schema)
            .set("status", to: SQLBind(Job.Status.running.rawValue))
            .set("locked_by", to: SQLBind(worker))
            .set("locked_until", to: SQLBind(now.addingTimeInterval(lease)))
            .set("attempts", to: SQLRaw("attempts + 1"))
            .where("id", .equal, SQLBind(jobID))
            .where("status", .equal, SQLBind(Job.Status.queued.rawValue))
            .returning("id")
            .first()
        guard row != nil else { return nil }
        return try await Job.find(jobID, on: database)
    }

    /// Extends the lease of a job this worker still holds; false when it lost the job.
    func renewLease(_ job: Job, worker: String, now: Date, on database: any Database) async throws -> Bool {
        try await transition(job, worker: worker, on: database) { update in
            update.set("locked_until", to: SQLBind(now.addingTimeInterval(lease)))
        }
    }

    /// Marks a claimed job done.
    func complete(_ job: Job, worker: String, now: Date, on database: any Database) async throws {
        _ = try await transition(job, worker: worker, on: database) { update in
            update.set("status", to: SQLBind(Job.Status.succeeded.rawValue))
                .set("finished_at", to: SQLBind(now)).set("locked_by", to: SQLLiteral.null)
                .set("locked_until", to: SQLLiteral.null).set("last_error", to: SQLLiteral.null)
        }
    }

    /// Records a failed attempt: back to the queue after a backoff, or failed for good once
    /// its attempts are used up (or when `permanent`).
    func fail(_ job: Job, worker: String, error: String, permanent: Bool = false, now: Date, on database: any Database)
        async throws
    {
        let exhausted = permanent || job.attempts >= job.maxAttempts
        let delay = min(maxBackoff, baseBackoff * pow(2, Double(max(0, job.attempts - 1))))
        _ = try await transition(job, worker: worker, on: database) { update in
            update.set("status", to: SQLBind((exhausted ? Job.Status.failed : .queued).rawValue))
                .set("run_at", to: SQLBind(exhausted ? job.runAt : now.addingTimeInterval(delay)))
                .set("finished_at", to: exhausted ? SQLBind(now) as any SQLExpression : SQLLiteral.null)
                .set("last_error", to: SQLBind(String(error.prefix(2000))))
                .set("locked_by", to: SQLLiteral.null).set("locked_until", to: SQLLiteral.null)
        }
    }

    /// Applies `change` only while `worker` still holds the job's lease.
    private func transition(
        _ job: Job, worker: String, on database: any Database, _ change: (SQLUpdateBuilder) -> SQLUpdateBuilder
    ) async throws -> Bool {
        let sql = database.sql
        let update = change(sql.update(Job.schema))
            .where("id", .equal, SQLBind(try job.requireID()))
            .where("locked_by", .equal, SQLBind(worker))
            .where("status", .equal, SQLBind(Job.Status.running.rawValue))
        let rows = try await update.returning("id").all()
        return !rows.isEmpty
    }
}
