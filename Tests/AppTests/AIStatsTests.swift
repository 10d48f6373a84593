import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

/// `usage-stats` and `platform-stats` over known logs; the daily statistics and retention jobs.
@Suite("AI usage statistics")
struct AIStatsTests {
    /// 2030-06-15 12:00:05 UTC: far from midnight, so no day closes mid-test by accident.
    static let noon = Date(timeIntervalSince1970: 1_907_755_205)

    /// A log row with known figures, `daysAgo` days before the app's now.
    @discardableResult
    private func log(
        _ client: TestClient, user: SignedIn, _ operation: String, _ status: AIGenerationLog.Status,
        model: String = "m1",
        ms: Int, tokens: Int? = nil, daysAgo: Int = 0
    ) async throws -> AIGenerationLog {
        let row = AIGenerationLog()
        row.$user.id = UUID(uuidString: user.userUUID)!
        row.operationType = operation
        row.modelTier = "fast"
        row.inputData = "{}"
        row.outputData = status == .failed ? nil : "{}"
        row.modelUsed = status == .failed ? "" : model
        row.status = status
        row.cacheHit = status == .cached
        row.responseTimeMs = ms
        row.tokensUsed = status == .cached ? 0 : tokens
        row.errorMessage = status == .failed ? "All models failed. Last error: x" : ""
        row.promptVersion = "\(operation)-v1"
        row.attempts = "[]"
        row.cacheKey = String(repeating: "0", count: 64)
        row.createdAt = client.clock.now().addingTimeInterval(-Double(daysAgo) * 86_400)
        try await row.create(on: client.app.db)
        return row
    }

    private func stats(_ client: TestClient, _ path: String, as user: SignedIn) async throws -> [String: Any] {
        let response = try await client.send(.GET, "/api/assets/ai/\(path)", bearer: user.access)
        #expect(response.status == .ok, "\(response.body.string)")
        return try response.json
    }

    /// Alice: 5 requests today and yesterday; Bob: 1 today.
    private func seed(_ client: TestClient) async throws -> (alice: SignedIn, bob: SignedIn) {
        let alice = try await client.signIn(TestWallet())
        let bob = try await client.signIn(TestWallet())
        try await log(client, user: alice, "title", .success, model: "m1", ms: 100, tokens: 50, daysAgo: 1)
        try await log(client, user: alice, "title", .cached, model: "m1", ms: 10, daysAgo: 1)
        try await log(client, user: alice, "description", .success, model: "m2", ms: 300, tokens: 150)
        try await log(client, user: alice, "license", .failed, ms: 1000, tokens: 20)
        try await log(client, user: alice, "title", .cached, model: "m1", ms: 20)
        try await log(client, user: bob, "derivative", .success, model: "m2", ms: 500, tokens: 80)
        return (alice, bob)
    }

    @Test("usage-stats: the caller's totals, rates, breakdowns, trend and recent requests")
    func usageStats() async throws {
        try await withLore { client in
            client.clock.freeze(at: Self.noon)
            let (alice, _) = try await seed(client)
            // MUT
            let json = try await stats(client, "usage-stats/", as: alice)
            // validate
            #expect(json["total_requests"] as? Int == 5)
            #expect(json["successful_requests"] as? Int == 4)
            #expect(json["failed_requests"] as? Int == 1)
            #expect(json["cache_hits"] as? Int == 2)
            #expect(json["cache_hit_rate"] as? Double == 40)
            #expect(json["avg_response_time_ms"] as? Int == 286, "(100 + 10 + 300 + 1000 + 20) / 5 = 286")
            #expect(json["total_tokens_used"] as? Int == 220)
            #expect(
                json["requests_by_operation"] as? [String: Int]
                    == ["title": 3, "description": 1, "license": 1, "analysis": 0, "derivative": 0])
            #expect(json["requests_by_model"] as? [String: Int] == ["m1": 3, "m2": 1])
            #expect(json["requests_by_status"] as? [String: Int] == ["success": 2, "cached": 2, "failed": 1])
            let trend = try #require(json["response_time_trend"] as? [[String: Any]])
            #expect(trend.map { $0["date"] as? String } == ["2030-06-14", "2030-06-15"])
            #expect(trend.map { $0["requests"] as? Int } == [2, 3])
            #expect(trend.map { $0["avg_response_time_ms"] as? Int } == [55, 440])
            #expect(trend.map { $0["p95_response_time_ms"] as? Int } == [100, 1000])
            let recent = try #require(json["recent_requests"] as? [[String: Any]])
            #expect(recent.count == 5)
            #expect(recent.first?["created_at"] as? String == "2030-06-15T12:00:05.000Z")
            #expect(recent.last?["operation_type"] as? String == "title")

            // A date range.
            let today = try await stats(client, "usage-stats/?start_date=2030-06-15&end_date=2030-06-15", as: alice)
            #expect(today["total_requests"] as? Int == 3)
            #expect((today["recent_requests"] as? [Any])?.count == 3)
        }
    }

    @Test("usage-stats rejects malformed and inverted dates")
    func usageStatsDates() async throws {
        try await withLore { client in
            let user = try await client.signIn(TestWallet())
            for query in ["start_date=2030-02-30", "end_date=15-06-2030", "start_date=2030-06-15&end_date=2030-06-14"] {
                let response = try await client.send(.GET, "/api/assets/ai/usage-stats/?\(query)", bearer: user.access)
                #expect(response.status == .badRequest, "\(query)")
                #expect(!response.fieldErrors.isEmpty)
            }
            for days in ["0", "x", "4000"] {
                let response = try await client.send(
                    .GET, "/api/assets/ai/platform-stats/?days=\(days)", bearer: user.access)
                #expect(response.status == .badRequest && response.fieldErrors["days"] != nil)
            }
        }
    }

    @Test("platform-stats: everyone's usage, for any signed-in user, with daily figures")
    func platformStats() async throws {
        try await withLore { client in
            client.clock.freeze(at: Self.noon)
            let (_, bob) = try await seed(client)
            let json = try await stats(client, "platform-stats/?days=7", as: bob)
            #expect(json["days"] as? Int == 7)
            #expect(json["total_users"] as? Int == 2)
            #expect(json["total_requests"] as? Int == 6)
            #expect(json["successful_requests"] as? Int == 5)
            #expect(json["cache_hit_rate"] as? Double == 33.33)
            #expect(json["total_tokens_used"] as? Int == 300)
            #expect(json["requests_by_model"] as? [String: Int] == ["m1": 3, "m2": 2])
            let daily = try #require(json["daily_stats"] as? [[String: Any]])
            #expect(daily.count == 7, "the whole window, zero days included")
            #expect(daily.first?["date"] as? String == "2030-06-09")
            #expect(daily.suffix(2).map { $0["total_requests"] as? Int } == [2, 4])
            #expect(daily.suffix(2).map { $0["unique_users"] as? Int } == [1, 2])
            #expect(daily.suffix(2).map { $0["cache_hits"] as? Int } == [1, 1])
            #expect((json["response_time_trend"] as? [Any])?.count == 7)

            let todayOnly = try await stats(client, "platform-stats/?days=1", as: bob)
            #expect(todayOnly["total_requests"] as? Int == 4)
        }
    }

    /// The figures a statistics response reports, without the parts that name "today".
    private func figures(_ json: [String: Any]) -> NSDictionary {
        var copy = json
        copy["recent_requests"] = nil
        return copy as NSDictionary
    }

    @Test("the daily job writes each finished day once; the statistics read the same from rows as from logs")
    func dailyJob() async throws {
        try await withLore { client in
            client.clock.freeze(at: Self.noon)
            let (alice, bob) = try await seed(client)
            let before = try await stats(client, "usage-stats/", as: alice)
            let platformBefore = try await stats(client, "platform-stats/?days=30", as: bob)
            // MUT
            try await client.runScheduledJobs()
            // validate: yesterday has a platform row and one for Alice; today is still read from the logs
            let rows = try await AIUsageStats.query(on: client.app.db).all()
            #expect(rows.map(\.date).sorted() == ["2030-06-14", "2030-06-14"])
            let platform = try #require(rows.first { $0.scope == AIUsageStats.platformScope })
            #expect(platform.totalRequests == 2 && platform.cacheHits == 1 && platform.uniqueUsers == 1)
            #expect(platform.p95ResponseTimeMs == 100 && platform.totalTokensUsed == 50)
            #expect(figures(try await stats(client, "usage-stats/", as: alice)) == figures(before))
            #expect(figures(try await stats(client, "platform-stats/?days=30", as: bob)) == figures(platformBefore))

            // Idempotent: folding again after a crash between a day's user rows and its platform
            // row (which moves the watermark) rewrites nothing that exists.
            try await AIUsageStats.query(on: client.app.db).filter(\.$scope == AIUsageStats.platformScope).delete()
            let refolded = try await AIUsageAggregation.foldClosedDays(now: client.clock.now(), on: client.app.db)
            #expect(refolded.map(\.description) == ["2030-06-14"])
            #expect(try await AIUsageStats.query(on: client.app.db).count() == 2)

            // The next day's run writes that day, once.
            client.clock.advance(by: 86_400)
            let signedInAgain = try await client.signIn(TestWallet())
            try await client.runScheduledJobs()
            let after = try await AIUsageStats.query(on: client.app.db).all()
            #expect(after.filter { $0.date == "2030-06-14" }.count == 2)
            #expect(after.filter { $0.date == "2030-06-15" }.count == 3, "platform, Alice, Bob")
            #expect(try await AIUsageStatsStore.watermark(on: client.app.db)?.description == "2030-06-15")
            let platformLater = try await stats(client, "platform-stats/?days=30", as: signedInAgain)
            #expect(platformLater["total_requests"] as? Int == 6 && platformLater["total_users"] as? Int == 2)
        }
    }

    @Test("retention folds old logs into the statistics before deleting them: totals are unchanged")
    func retentionKeepsTotals() async throws {
        try await withLore(["AI_LOG_RETENTION_DAYS": "90"]) { client in
            client.clock.freeze(at: Self.noon)
            let wallet = TestWallet()
            let alice = try await client.signIn(wallet)
            let bob = try await client.signIn(TestWallet())
            try await log(client, user: alice, "title", .success, model: "m1", ms: 120, tokens: 10, daysAgo: 200)
            try await log(client, user: alice, "description", .cached, model: "m1", ms: 5, daysAgo: 95)
            try await log(client, user: bob, "analysis", .failed, ms: 900, daysAgo: 95)
            try await log(client, user: alice, "license", .success, model: "m2", ms: 300, tokens: 30, daysAgo: 10)
            // A verdict on a log that retention will delete.
            let old = try #require(try await client.aiLogs().first)
            let verdict = AIAssetMetadata()
            verdict.$user.id = old.$user.id
            verdict.$generationLog.id = old.id
            verdict.contentType = "title"
            verdict.aiGeneratedContent = "Old Title Here"
            verdict.modelUsed = "m1"
            verdict.accepted = true
            verdict.createdAt = client.clock.now()
            verdict.updatedAt = client.clock.now()
            try await verdict.create(on: client.app.db)

            let usageBefore = try await stats(client, "usage-stats/", as: alice)
            let platformBefore = try await stats(client, "platform-stats/?days=365", as: bob)
            #expect(usageBefore["total_requests"] as? Int == 3)
            #expect(platformBefore["total_requests"] as? Int == 4 && platformBefore["total_users"] as? Int == 2)
            // MUT: the weekly retention job (with the daily and hourly jobs of the same tick)
            try await client.runScheduledJobs()
            // validate: only the 10-day-old log is left, the figures are the same, the verdict stays
            let logs = try await client.aiLogs()
            #expect(logs.map(\.operationType) == ["license"])
            #expect(figures(try await stats(client, "usage-stats/", as: alice)) == figures(usageBefore))
            #expect(figures(try await stats(client, "platform-stats/?days=365", as: bob)) == figures(platformBefore))
            let kept = try #require(try await AIAssetMetadata.query(on: client.app.db).first())
            #expect(kept.$generationLog.id == nil && kept.aiGeneratedContent == "Old Title Here")
            // A date range inside the folded period reads the rows.
            let folded = try await stats(client, "usage-stats/?start_date=2029-01-01&end_date=2030-03-31", as: alice)
            #expect(folded["total_requests"] as? Int == 2)
            #expect(folded["requests_by_status"] as? [String: Int] == ["success": 1, "cached": 1, "failed": 0])
        }
    }
}
