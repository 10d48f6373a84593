import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("AI on several instances sharing one database")
struct AIMultiInstanceTests {
    @Test("an answer cached by one instance is a cache hit on another; a 429 seen by one is skipped by both")
    func sharedCacheAndMarks() async throws {
        let server = try await FakeOpenAIServer.start()
        let installation = try TestInstallation()
        let clock = makeTestClock()
        let values = [
            "AI_BASE_URL": server.baseURL, "AI_MODELS_FAST": "limited,steady", "AI_REQUEST_TIMEOUT": "2",
            "AI_CACHE_STORE": "database",
        ]
        let first = try await installation.makeApp(values, clock: clock)
        // The local ledger belongs to one process (its journal is locked); the instances share
        // the database, which is what this test is about.
        let second: Application
        do {
            second = try await installation.makeApp(
                values.merging(["LORE_LEDGER_DIR": installation.dataDirectory + "/ledger-2"]) { $1 }, clock: clock)
        } catch {
            try await first.asyncShutdown()
            try await server.shutdown()
            throw error
        }
        do {
            server.script("limited", .rateLimited(retryAfterSeconds: nil))
            server.script("steady", .answer(ModelAnswers.titles, totalTokens: 12))
            let (a, b) = (TestClient(app: first, clock: clock), TestClient(app: second, clock: clock))
            let user = try await a.signIn(TestWallet())
            // MUT
            let onFirst = try await a.generateTitles(as: user)
            let onSecond = try await b.generateTitles(as: user)
            let otherInputOnSecond = try await b.generateTitles(
                as: user, ["description": "a red kite over green hills"])
            // validate
            #expect(
                try onFirst.json["cache_hit"] as? Bool == false && onFirst.json["model_used"] as? String == "steady")
            #expect(try onSecond.json["cache_hit"] as? Bool == true)
            #expect(try onSecond.json["titles"] as? [String] == ModelAnswers.titleList)
            #expect(try otherInputOnSecond.json["model_used"] as? String == "steady")
            #expect(server.requestCount(for: "steady") == 2, "the second instance's repeat never reached the provider")
            #expect(server.requestCount(for: "limited") == 1, "the mark set by the first instance held on the second")
            let logs = try await b.aiLogs()
            #expect(logs.map(\.status).filter { $0 == .cached }.count == 1)
            #expect(logs.count == 3)
        } catch {
            Issue.record(error)
        }
        await installation.destroy(using: first)
        try await first.asyncShutdown()
        try await second.asyncShutdown()
        try await server.shutdown()
    }
}
