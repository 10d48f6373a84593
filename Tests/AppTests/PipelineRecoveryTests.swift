import Fluent
import Foundation
import Story
import Testing
import Vapor
import VaporTesting

@testable import App

/// The creation pipeline survives a crash at any point: the next worker (after the dead one's
/// lease expires, or after a restart) finishes the asset, and the ledger holds it exactly once.
@Suite("Pipeline crash recovery")
struct PipelineRecoveryTests {
    static let crashPoints: [CrashPoint] = [
        PipelinePoint.before(.mediaUpload), .afterSaved(.mediaUpload), .before(.metadataUpload),
        .afterSaved(.metadataUpload),
        .before(.storyRegistration), .afterLedgerCall, .afterSaved(.storyRegistration),
    ].map(CrashPoint.init)

    /// Claims the asset's job as a worker that then dies at `point`: its lease is never released.
    private func crash(_ client: TestClient, at point: PipelinePoint) async throws {
        let services = client.app.lore
        services.pipelineFaults.install(CrashOnce(at: point))
        defer { services.pipelineFaults.install(nil) }
        let job = try #require(
            try await services.jobQueue.claim(worker: "doomed", now: client.clock.now(), on: client.app.db))
        let handler = try #require(services.jobHandlers.first { $0.kind == CreationPipeline.kind })
        let context = JobContext(
            job: job, database: client.app.db, logger: client.app.logger, now: { client.clock.now() }, heartbeat: {})
        await #expect(throws: CrashOnce.SimulatedCrash.self) { try await handler.run(context) }
    }

    @Test(arguments: crashPoints)
    func crashAnywhereFinishesOnceAfterTheLeaseExpires(at crashPoint: CrashPoint) async throws {
        let point = crashPoint.point
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
            let uuid = try #require(try created.json["uuid"] as? String)
            // MUT: a worker dies mid-pipeline; another finds the job once the lease expires
            try await crash(client, at: point)
            #expect(try await client.app.makeJobWorker().drain() == 0, "the dead worker's lease still holds")
            client.clock.advance(by: 61)
            #expect(try await client.app.makeJobWorker().drain() == 1)
            // validate: registered, and registered once
            let asset = try await client.asset(uuid, bearer: signedIn.access)
            #expect(asset["registration_status"] as? String == "registered")
            let registrations = try await client.ledgerEvents(named: "IPRegistered")
            #expect(registrations.count == 1)
            guard case .ipRegistered(let ipId, _, _, _, _, _, _) = registrations.first?.event else {
                Issue.record("no IPRegistered event")
                return
            }
            #expect(ipId.lowercased == asset["ip_id"] as? String)
        }
    }

    /// The hardest point, with a real restart: the ledger committed the registration, the
    /// process died before saving it; a new process on the same data directory and database
    /// replays the ledger's journal and adopts the registration instead of minting again.
    @Test func restartAfterTheLedgerCommittedAdoptsTheRegistration() async throws {
        let installation = try TestInstallation()
        let clock = makeTestClock()
        var first: Application? = try await installation.makeApp(clock: clock)
        var uuid = ""
        var access = ""
        do {
            let client = TestClient(app: first!, clock: clock)
            let signedIn = try await client.signIn(TestWallet())
            access = signedIn.access
            let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
            uuid = try #require(try created.json["uuid"] as? String)
            try await crash(client, at: .afterLedgerCall)
            try await first!.asyncShutdown()
            first = nil
            // MUT: start again, after the lease has run out
            clock.advance(by: 61)
            let second = try await installation.makeApp(clock: clock)
            do {
                let restarted = TestClient(app: second, clock: clock)
                #expect(try await restarted.app.makeJobWorker().drain() == 1)
                // validate
                let asset = try await restarted.asset(uuid, bearer: access)
                #expect(asset["registration_status"] as? String == "registered")
                #expect(try await restarted.ledgerEvents(named: "IPRegistered").count == 1)
                let steps = try #require(asset["step_data"] as? [String: Any])
                #expect((steps["story_registration"] as? [String: Any])?["recovered"] as? Bool == true)
            } catch {
                Issue.record(error)
            }
            await installation.destroy(using: second)
            try await second.asyncShutdown()
        } catch {
            Issue.record(error)
            if let first { try await first.asyncShutdown() }
        }
    }
}

/// A crash point with a readable name for the test report.
struct CrashPoint: Sendable, CustomTestStringConvertible {
    let point: PipelinePoint

    var testDescription: String {
        switch point {
        case .before(let step): "before \(step.rawValue)"
        case .during(let step): "during \(step.rawValue)"
        case .afterLedgerCall: "after the ledger call"
        case .afterSaved(let step): "after saving \(step.rawValue)"
        }
    }
}
