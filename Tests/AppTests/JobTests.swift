import Fluent
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import App

/// Records every run; fails the first `failures` attempts of each job.
private struct RecordingHandler: JobHandler {
    let kind = "test.record"
    let runs: NIOLockedValueBox<[String]>
    var failures = 0
    var permanent = false

    func run(_ context: JobContext) async throws {
        let payload = try context.payload(as: [String: String].self)
        runs.withLockedValue { $0.append(payload["name"] ?? "?") }
        if permanent { throw PermanentJobFailure(description: "bad input") }
        if context.job.attempts <= failures { throw BenchLikeError(message: "attempt \(context.job.attempts) failed") }
    }
}

private struct BenchLikeError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

@Suite("Durable jobs")
struct JobTests {
    private func worker(_ client: TestClient, _ handler: RecordingHandler, name: String = "w1") -> JobWorker {
        JobWorker(
            name: name, queue: client.app.lore.jobQueue, handlers: [handler], clock: client.clock,
            logger: client.app.logger, database: { client.app.db })
    }

    private func enqueue(_ client: TestClient, _ name: String, maxAttempts: Int = 5, uniqueKey: String? = nil)
        async throws -> Bool
    {
        try await client.app.lore.jobQueue.enqueue(
            kind: "test.record", payload: ["name": name], runAt: client.clock.now(), now: client.clock.now(),
            maxAttempts: maxAttempts, uniqueKey: uniqueKey, on: client.app.db)
    }

    @Test func jobsRunOnceInOrderAndSucceed() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            _ = try await enqueue(client, "a")
            client.clock.advance(by: 1)
            _ = try await enqueue(client, "b")
            // MUT
            let ran = try await worker(client, RecordingHandler(runs: runs)).drain()
            // validate
            #expect(ran == 2)
            #expect(runs.withLockedValue { $0 } == ["a", "b"])
            let jobs = try await Job.query(on: client.app.db).all()
            #expect(jobs.allSatisfy { $0.status == .succeeded && $0.finishedAt != nil && $0.lockedBy == nil })
        }
    }

    @Test func failedAttemptsRetryWithBackoffThenSucceed() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            let handler = RecordingHandler(runs: runs, failures: 2)
            _ = try await enqueue(client, "flaky")
            let w = worker(client, handler)
            #expect(try await w.drain() == 1)
            var job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.status == .queued)
            #expect(job.lastError == "attempt 1 failed")
            #expect(job.runAt.timeIntervalSince(client.clock.now()) == 2)
            // Not due yet.
            #expect(try await w.drain() == 0)
            client.clock.advance(by: 2)
            #expect(try await w.drain() == 1)
            job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.runAt.timeIntervalSince(client.clock.now()) == 4, "backoff doubles")
            client.clock.advance(by: 4)
            #expect(try await w.drain() == 1)
            job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.status == .succeeded)
            #expect(job.attempts == 3)
            #expect(runs.withLockedValue { $0.count } == 3)
        }
    }

    @Test func exhaustedAndPermanentFailuresStop() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            _ = try await enqueue(client, "doomed", maxAttempts: 2)
            let w = worker(client, RecordingHandler(runs: runs, failures: 10))
            try await w.drain()
            client.clock.advance(by: 60)
            try await w.drain()
            client.clock.advance(by: 600)
            #expect(try await w.drain() == 0)
            let job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.status == .failed)
            #expect(job.attempts == 2)

            _ = try await enqueue(client, "bad")
            try await worker(client, RecordingHandler(runs: runs, permanent: true)).drain()
            let bad = try #require(try await Job.query(on: client.app.db).filter(\.$payload ~~ "bad").first())
            #expect(bad.status == .failed && bad.attempts == 1 && bad.lastError == "bad input")
        }
    }

    @Test func crashedWorkersLeaseExpiresAndAnotherTakesOver() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            _ = try await enqueue(client, "orphan")
            // setup: a worker claims the job and "crashes" (never reports back)
            let claimed = try await client.app.lore.jobQueue.claim(
                worker: "crashed", now: client.clock.now(), on: client.app.db)
            #expect(claimed != nil)
            let other = worker(client, RecordingHandler(runs: runs), name: "w2")
            #expect(try await other.drain() == 0, "the lease still holds")
            // MUT
            client.clock.advance(by: 61)
            // validate
            #expect(try await other.drain() == 1)
            let job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.status == .succeeded && job.attempts == 2)
            // The crashed worker can no longer complete it.
            client.clock.advance(by: 5)
            try await client.app.lore.jobQueue.complete(
                claimed!, worker: "crashed", now: client.clock.now(), on: client.app.db)
            #expect(try await Job.query(on: client.app.db).first()?.finishedAt == job.finishedAt)
        }
    }

    @Test func concurrentWorkersNeverRunAJobTwice() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            for i in 0..<40 { _ = try await enqueue(client, "job\(i)") }
            // MUT: four workers drain the queue at once
            try await withThrowingTaskGroup(of: Int.self) { group in
                for n in 0..<4 {
                    let w = worker(client, RecordingHandler(runs: runs), name: "w\(n)")
                    group.addTask { try await w.drain() }
                }
                let total = try await group.reduce(0, +)
                #expect(total == 40)
            }
            // validate
            let names = runs.withLockedValue { $0 }
            #expect(names.count == 40)
            #expect(Set(names).count == 40)
        }
    }

    @Test func anIdleWorkerStartsACommittedJobWithoutWaitingForItsPoll() async throws {
        try await withLore { (client: TestClient) async throws in
            let runs = NIOLockedValueBox<[String]>([])
            // An hour between polls: only the wake-up can start the job within the test.
            let idle = JobWorker(
                name: "idle", queue: client.app.lore.jobQueue, handlers: [RecordingHandler(runs: runs)],
                pollInterval: .seconds(3600), clock: client.clock, logger: client.app.logger,
                database: { client.app.db })
            let running = Task { await idle.run() }
            defer { running.cancel() }
            try await Task.sleep(for: .milliseconds(50))  // let it find the queue empty and wait
            // MUT
            _ = try await enqueue(client, "woken")
            client.app.lore.jobQueue.wakeUp.signal()
            // validate
            var waited = 0
            while runs.withLockedValue({ $0.isEmpty }), waited < 600 {
                try await Task.sleep(for: .milliseconds(50))
                waited += 1
            }
            #expect(runs.withLockedValue { $0 } == ["woken"])
            running.cancel()
            await running.value  // cancellation ends the wait at once
        }
    }

    @Test func uniqueKeysMakeSchedulingIdempotent() async throws {
        try await withLore { (client: TestClient) async throws in
            #expect(try await enqueue(client, "x", uniqueKey: "nightly@1") == true)
            #expect(try await enqueue(client, "x", uniqueKey: "nightly@1") == false)
            #expect(try await Job.query(on: client.app.db).count() == 1)
            // The housekeeping schedule: two instances ticking in the same minute add one job.
            let services = client.app.lore
            try await RecurringSchedule.tick(
                services.schedules, queue: services.jobQueue, now: client.clock.now(), on: client.app.db)
            try await RecurringSchedule.tick(
                services.schedules, queue: services.jobQueue, now: client.clock.now(), on: client.app.db)
            #expect(try await Job.query(on: client.app.db).filter(\.$kind == HousekeepingJob.kind).count() == 1)
            client.clock.advance(by: 60)
            try await RecurringSchedule.tick(
                services.schedules, queue: services.jobQueue, now: client.clock.now(), on: client.app.db)
            #expect(try await Job.query(on: client.app.db).filter(\.$kind == HousekeepingJob.kind).count() == 2)
        }
    }

    @Test func housekeepingPurgesExpiredRefreshTokensAndDeadSessions() async throws {
        try await withLore { (client: TestClient) async throws in
            _ = try await client.signIn(TestWallet())
            _ = try await client.signIn(TestWallet())
            client.clock.advance(by: 8 * 86_400)  // past the 7-day refresh lifetime
            let fresh = try await client.signIn(TestWallet())
            // MUT
            try await client.app.lore.jobQueue.enqueue(
                kind: HousekeepingJob.kind, payload: [String: String](), runAt: client.clock.now(),
                now: client.clock.now(), on: client.app.db)
            #expect(try await client.app.makeJobWorker().drain() == 1)
            // validate: only the fresh session and its token are left, and it still refreshes
            #expect(try await RefreshToken.query(on: client.app.db).count() == 1)
            #expect(try await AuthSession.query(on: client.app.db).count() == 1)
            let refreshed = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": fresh.refresh]))
            #expect(refreshed.status == .ok, "\(refreshed.body.string)")
        }
    }

    @Test func unknownKindFailsPermanently() async throws {
        try await withLore { (client: TestClient) async throws in
            try await client.app.lore.jobQueue.enqueue(
                kind: "nobody.handles.this", payload: ["a": "b"], runAt: client.clock.now(), now: client.clock.now(),
                on: client.app.db)
            try await client.app.makeJobWorker().drain()
            let job = try #require(try await Job.query(on: client.app.db).first())
            #expect(job.status == .failed)
            #expect(job.lastError?.contains("no handler") == true)
        }
    }
}

@Suite("Job wake-up")
struct JobWakeUpTests {
    @Test func aSignalSinceTheLookEndsTheWaitAtOnce() async {
        let wakeUp = JobWakeUp()
        let seen = wakeUp.generation
        wakeUp.signal()
        #expect(await wakeUp.wait(after: seen, timeout: .seconds(3600)))
    }

    @Test func aSignalDuringTheWaitEndsIt() async {
        let wakeUp = JobWakeUp()
        let seen = wakeUp.generation
        async let woken = wakeUp.wait(after: seen, timeout: .seconds(3600))
        try? await Task.sleep(for: .milliseconds(20))
        wakeUp.signal()
        #expect(await woken)
    }

    @Test func withoutASignalTheWaitTimesOut() async {
        let wakeUp = JobWakeUp()
        #expect(await wakeUp.wait(after: wakeUp.generation, timeout: .milliseconds(10)) == false)
        // A signal before an earlier look does not count for a later one.
        wakeUp.signal()
        #expect(await wakeUp.wait(after: wakeUp.generation, timeout: .milliseconds(10)) == false)
    }

    @Test func manyWaitersAllWakeAndCancellationEndsAWait() async {
        let wakeUp = JobWakeUp()
        let seen = wakeUp.generation
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 { group.addTask { await wakeUp.wait(after: seen, timeout: .seconds(3600)) } }
            try? await Task.sleep(for: .milliseconds(20))
            wakeUp.signal()
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
        let waiting = Task { await wakeUp.wait(after: wakeUp.generation, timeout: .seconds(3600)) }
        waiting.cancel()
        #expect(await waiting.value == false)
    }
}
