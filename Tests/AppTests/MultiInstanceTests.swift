import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Several instances on one database")
struct MultiInstanceTests {
    /// Two app instances share one database: a nonce issued by one is accepted, once, by the other.
    @Test func nonceIssuedByOneInstanceIsAcceptedOnceByAnother() async throws {
        let installation = try TestInstallation()
        let clock = makeTestClock()
        let first = try await installation.makeApp(clock: clock)
        // The local ledger belongs to one process (its journal is locked); the instances share
        // the database, which is what this test is about.
        let second: Application
        do {
            second = try await installation.makeApp(
                ["LORE_LEDGER_DIR": installation.dataDirectory + "/ledger-2"], clock: clock)
        } catch {
            try await first.asyncShutdown()
            throw error
        }
        do {
            let (a, b) = (TestClient(app: first, clock: clock), TestClient(app: second, clock: clock))
            let wallet = TestWallet()
            let (_, message) = try await a.nonce(for: wallet.address)
            let signature = wallet.sign(message!)
            // MUT
            let accepted = try await b.verify(message!, signature: signature)
            let replayedOnFirst = try await a.verify(message!, signature: signature)
            // validate
            #expect(accepted.status == .ok)
            #expect(replayedOnFirst.status == .unauthorized)
            // The session works on either instance.
            let access = try #require(try accepted.json["access"] as? String)
            #expect(try await a.send(.GET, "/api/auth/me/", bearer: access).status == .ok)
        } catch {
            Issue.record(error)
        }
        await installation.destroy(using: first)
        try await first.asyncShutdown()
        try await second.asyncShutdown()
    }
}
