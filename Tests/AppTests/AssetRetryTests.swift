import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// A fault that fails a step for good (as a broken store or refused input would).
private struct FailStep: PipelineFaults {
    let step: CreationStep
    func check(_ point: PipelinePoint) throws {
        if point == .during(step) { throw PermanentJobFailure(description: "\(step.rawValue) broke on purpose") }
    }
}

@Suite("Retrying a failed creation")
struct AssetRetryTests {
    /// Creates an asset whose pipeline fails for good at `step`.
    private func failedAsset(_ client: TestClient, _ signedIn: SignedIn, at step: CreationStep) async throws -> String {
        client.app.lore.pipelineFaults.install(FailStep(step: step))
        defer { client.app.lore.pipelineFaults.install(nil) }
        let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
        let uuid = try #require(try created.json["uuid"] as? String)
        try await client.app.makeJobWorker().drain()
        let asset = try await client.asset(uuid, bearer: signedIn.access)
        #expect(asset["registration_status"] as? String == "failed")
        #expect(asset["failed_at_step"] as? String == step.rawValue)
        #expect(asset["registration_error"] as? String == "\(step.rawValue) broke on purpose")
        return uuid
    }

    @Test func retryRegistrationRedoesOnlyTheRegistration() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let uuid = try await failedAsset(client, signedIn, at: .storyRegistration)
            let before = try await client.asset(uuid, bearer: signedIn.access)
            // MUT
            let response = try await client.send(
                .POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
            // validate: retrying now, registered after the job
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["success"] as? Bool == true)
            let asset = try #require(body["asset"] as? [String: Any])
            #expect(asset["registration_status"] as? String == "retrying")
            #expect(asset["creation_step"] as? String == "story_registration")
            try await client.app.makeJobWorker().drain()
            let after = try await client.asset(uuid, bearer: signedIn.access)
            #expect(after["registration_status"] as? String == "registered")
            #expect(after["failed_at_step"] is NSNull || after["failed_at_step"] == nil)
            // The metadata stored before the failure was reused, not rebuilt.
            #expect(after["metadata_uri"] as? String == before["metadata_uri"] as? String)
        }
    }

    @Test func retryCreationResumesFromTheFailedStep() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let uuid = try await failedAsset(client, signedIn, at: .metadataUpload)
            // retry_registration is for registration failures only
            let wrong = try await client.send(.POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
            #expect(wrong.status == .conflict)
            #expect(wrong.errorDetail?.contains("retry_creation") == true)
            // MUT
            let response = try await client.send(.POST, "/api/assets/\(uuid)/retry_creation/", bearer: signedIn.access)
            // validate
            #expect(response.status == .ok)
            #expect((try response.json["asset"] as? [String: Any])?["creation_step"] as? String == "metadata_upload")
            try await client.app.makeJobWorker().drain()
            #expect(
                try await client.asset(uuid, bearer: signedIn.access)["registration_status"] as? String == "registered")
        }
    }

    @Test func retriesKeepWorkingAfterHousekeepingPurgedEarlierJobs() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let uuid = try await failedAsset(client, signedIn, at: .storyRegistration)
            // A second failure, then the first job is purged (finished more than a day ago).
            client.app.lore.pipelineFaults.install(FailStep(step: .storyRegistration))
            let second = try await client.send(
                .POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
            #expect(second.status == .ok)
            try await client.app.makeJobWorker().drain()
            client.app.lore.pipelineFaults.install(nil)
            let jobs = try await Job.query(on: client.app.db).sort(\.$createdAt).sort(\.$id).all()
            #expect(jobs.count == 2 && jobs.allSatisfy { $0.status == .failed })
            try await jobs[0].delete(on: client.app.db)
            // MUT
            let third = try await client.send(.POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
            // validate: a job was enqueued and ran
            #expect(third.status == .ok)
            #expect(try await client.app.makeJobWorker().drain() == 1)
            #expect(
                try await client.asset(uuid, bearer: signedIn.access)["registration_status"] as? String == "registered")
        }
    }

    @Test func concurrentRetriesEnqueueOneJob() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let uuid = try await failedAsset(client, signedIn, at: .storyRegistration)
            // MUT: eight retries at once
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.send(.POST, "/api/assets/\(uuid)/retry_registration/", bearer: signedIn.access)
                            .status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // validate: one accepted, the others told it is under way; one job queued
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 7)
            #expect(try await Job.query(on: client.app.db).filter(\.$status == .queued).count() == 1)
        }
    }

    @Test func onlyFailedAssetsOfTheOwnerCanBeRetried() async throws {
        try await withLore { (client: TestClient) async throws in
            let owner = try await client.signIn(TestWallet())
            let other = try await client.signIn(TestWallet())
            let registered = try await client.createRegisteredAsset(owner)
            let conflict = try await client.send(
                .POST, "/api/assets/\(registered)/retry_creation/", bearer: owner.access)
            #expect(conflict.status == .conflict)
            // Someone else's registered asset: 403; someone else's failed (invisible) asset: 404.
            #expect(
                try await client.send(.POST, "/api/assets/\(registered)/retry_creation/", bearer: other.access).status
                    == .forbidden)
            let failed = try await failedAsset(client, owner, at: .storyRegistration)
            #expect(
                try await client.send(.POST, "/api/assets/\(failed)/retry_registration/", bearer: other.access).status
                    == .notFound)
            #expect(try await client.send(.POST, "/api/assets/\(failed)/retry_registration/").status == .unauthorized)
        }
    }

    @Test func transientFailuresRetryThenFailAfterTheLastAttempt() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            // setup: the media vanishes from under the pipeline's feet (transient: a network store)
            struct Flaky: PipelineFaults {
                struct Unreachable: Error, CustomStringConvertible { var description: String { "store unreachable" } }
                func check(_ point: PipelinePoint) throws {
                    if point == .during(.metadataUpload) { throw Unreachable() }
                }
            }
            client.app.lore.pipelineFaults.install(Flaky())
            defer { client.app.lore.pipelineFaults.install(nil) }
            let created = try await client.createAsset(try await client.assetFields(), bearer: signedIn.access)
            let uuid = try #require(try created.json["uuid"] as? String)
            for attempt in 1...5 {
                #expect(try await client.app.makeJobWorker().drain() == 1, "attempt \(attempt)")
                let asset = try await client.asset(uuid, bearer: signedIn.access)
                if attempt < 5 {
                    #expect(asset["registration_status"] as? String == "pending")
                    #expect((asset["registration_error"] as? String)?.contains("will be retried") == true)
                } else {
                    #expect(asset["registration_status"] as? String == "failed")
                    #expect(asset["failed_at_step"] as? String == "metadata_upload")
                }
                client.clock.advance(by: 700)
            }
        }
    }
}
