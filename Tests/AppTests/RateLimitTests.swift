import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Rate limits")
struct RateLimitTests {
    @Test func authGroupAllowsTenPerMinute() async throws {
        try await withLore { (client: TestClient) async throws in
            for i in 1...10 {
                let response = try await client.send(.POST, "/api/auth/generate-nonce/")
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "X-RateLimit-Limit") == "10")
                #expect(response.headers.first(name: "X-RateLimit-Remaining") == String(10 - i))
            }
            // MUT
            let refused = try await client.send(.POST, "/api/auth/generate-nonce/")
            // validate
            #expect(refused.status == .tooManyRequests)
            let body = try refused.json
            #expect(body["error"] as? String == "Rate limit exceeded")
            let retryAfter = try #require(body["retry_after"] as? Int)
            #expect(retryAfter == 55, "the clock is frozen 5 s into the minute")
            #expect(refused.headers.first(name: .retryAfter) == "55")
            #expect(
                body["detail"] as? String
                    == "You have exceeded the rate limit of 10 requests per minute. Please try again in 55 seconds.")
            let reset = try #require(Int(refused.headers.first(name: "X-RateLimit-Reset") ?? ""))
            #expect(Double(reset) == (client.clock.now().timeIntervalSince1970 / 60).rounded(.down) * 60 + 60)
            // The next minute starts a new window.
            client.clock.advance(by: 60)
            #expect(try await client.send(.POST, "/api/auth/generate-nonce/").status == .ok)
        }
    }

    @Test func limitIsConfigurable() async throws {
        try await withLore(["LORE_RATE_LIMIT_AUTH": "3"]) { (client: TestClient) async throws in
            for _ in 1...3 { #expect(try await client.send(.POST, "/api/auth/generate-nonce/").status == .ok) }
            #expect(try await client.send(.POST, "/api/auth/generate-nonce/").status == .tooManyRequests)
        }
    }

    @Test func signedInUsersHaveTheirOwnBucket() async throws {
        try await withLore(["LORE_RATE_LIMIT_AUTH": "4"]) { (client: TestClient) async throws in
            // Two anonymous calls and a sign-in (two more) use up the address' four.
            let signedIn = try await client.signIn(TestWallet())
            _ = try await client.send(.POST, "/api/auth/generate-nonce/")
            _ = try await client.send(.POST, "/api/auth/generate-nonce/")
            #expect(try await client.send(.POST, "/api/auth/generate-nonce/").status == .tooManyRequests)
            // MUT: the signed-in user is counted separately
            let me = try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access)
            // validate
            #expect(me.status == .ok)
            #expect(me.headers.first(name: "X-RateLimit-Remaining") == "3")
        }
    }

    @Test func disabledLimitsSendNoHeaders() async throws {
        try await withLore(["LORE_RATE_LIMITS_ENABLED": "false"]) { (client: TestClient) async throws in
            for _ in 1...12 { #expect(try await client.send(.POST, "/api/auth/generate-nonce/").status == .ok) }
            #expect(
                try await client.send(.POST, "/api/auth/generate-nonce/").headers.first(name: "X-RateLimit-Limit")
                    == nil)
        }
    }

    @Test func endedWindowsArePurged() async throws {
        try await withLore { (client: TestClient) async throws in
            _ = try await client.send(.POST, "/api/auth/generate-nonce/")
            client.clock.advance(by: 180)
            try await client.runScheduledJobs()
            let rows = try await (client.app.db as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM rate_limit_counters"
            ).first()
            #expect(try rows?.decode(column: "n", as: Int.self) == 0)
        }
    }
}
