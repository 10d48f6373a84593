import Fluent
import Foundation
import Vapor

/// What a job handler gets: its payload, the database, and a way to keep its lease alive.
struct JobContext: Sendable {
    let job: Job
    let database: any Database
    let logger: Logger
    let now: @Sendable () -> Date
    /// Extends the lease; handlers doing long steps call it between steps.
    let heartbeat: @Sendable () async throws -> Void

    func payload<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(job.payload.utf8))
    }
}

/// A failure that retrying cannot fix (bad payload, a rule the input breaks).
struct PermanentJobFailure: Error, CustomStringConvertible {
    let description: String
    /// The error behind it, when there is one (a ledger refusal).
    var underlying: (any Error & Sendable)?

    init(description: String, underlying: (any Error & Sendable)? = nil) {
        self.description = description
        self.underlying = underlying
    }
}

/// Runs one kind of job.
protocol JobHandler: Sendable {
    var kind: String { get }
    func run(_ context: JobContext) async throws
}

/// Polls the queue and runs due jobs with the registered handlers, one at a time per worker;
/// `concurrency` workers run side by side. Used in-process by `lore serve` and alone by `lore worker`.
final class JobWorker: Sendable {
    let name: String
    let queue: JobQueue
    let handlers: [String: any JobHandler]
    let pollInterval: Duration
    private let database: @Sendable () -> any Database
    private let clock: LoreClock
    private let logger: Logger

    init(
        name: String = "worker-\(UUID().uuidString.prefix(8))", queue: JobQueue, handlers: [any JobHandler],
        pollInterval: Duration = .milliseconds(500), clock: LoreClock, logger: Logger,
        database: @escaping @Sendable () -> any Database
    ) {
        self.name = name
        self.queue = queue
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.pollInterval = pollInterval
        self.clock = clock
        self.logger = logger
        self.database = database
    }

    /// Claims and runs due jobs until none is left; returns how many ran.
    @discardableResult
    func drain(limit: Int = .max) async throws -> Int {
        var ran = 0
        while ran < limit, try await runNext() { ran += 1 }
        return ran
    }

    /// Claims one due job and runs it; false when nothing was due.
    func runNext() async throws -> Bool {
        guard let job = try await queue.claim(worker: name, now: clock.now(), on: database()) else { return false }
        _ = try await execute(job)
        return true
    }

    /// Claims the job with this id if it is still waiting (a request that wants its result
    /// now), runs it and returns the handler's error, if any; nil when another worker has it.
    func runNow(jobID: UUID) async throws -> JobOutcome? {
        guard let job = try await queue.claim(jobID: jobID, worker: name, now: clock.now(), on: database()) else {
            return nil
        }
        return try await execute(job)
    }

    enum JobOutcome: Sendable {
        case succeeded
        case failed(any Error & Sendable)
    }

    /// Runs a claimed job with its handler and records the outcome.
    private func execute(_ job: Job) async throws -> JobOutcome {
        let db = database()
        guard let handler = handlers[job.kind] else {
            let error = PermanentJobFailure(description: "no handler for job kind '\(job.kind)'")
            try await queue.fail(job, worker: name, error: error.description, permanent: true, now: clock.now(), on: db)
            return .failed(error)
        }
        let context = JobContext(
            job: job, database: db, logger: logger, now: { [clock] in clock.now() },
            heartbeat: { [queue, name, clock] in
                guard try await queue.renewLease(job, worker: name, now: clock.now(), on: db) else {
                    throw CancellationError()
                }
            })
        do {
            try await handler.run(context)
            try await queue.complete(job, worker: name, now: clock.now(), on: db)
            return .succeeded
        } catch let error as PermanentJobFailure {
            logger.warning("Job \(job.kind) \(job.id?.uuidString ?? "") failed permanently: \(error)")
            try await queue.fail(job, worker: name, error: error.description, permanent: true, now: clock.now(), on: db)
            return .failed(error)
        } catch {
            logger.warning("Job \(job.kind) \(job.id?.uuidString ?? "") attempt \(job.attempts) failed: \(error)")
            try await queue.fail(job, worker: name, error: String(describing: error), now: clock.now(), on: db)
            return .failed(error)
        }
    }

    /// Runs until cancelled. When the queue is empty it waits `pollInterval`, or less when this
    /// process commits a job meanwhile (``JobQueue/wakeUp``).
    func run() async {
        while !Task.isCancelled {
            let seen = queue.wakeUp.generation
            do {
                if try await runNext() { continue }
            } catch {
                logger.error("Job worker \(name): \(String(reflecting: error))")
            }
            await queue.wakeUp.wait(after: seen, timeout: pollInterval)
        }
    }
}
