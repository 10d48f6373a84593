import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Profiles")
struct ProfileTests {
    @Test func updateUsernameAndBio() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let response = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["username": "ada_l", "bio": "Writes music."]),
                bearer: signedIn.access)
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["username"] as? String == "ada_l")
            #expect(body["bio"] as? String == "Writes music.")
            // Partial update keeps the rest.
            let partial = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["bio": "Paints."]), bearer: signedIn.access)
            #expect(try partial.json["username"] as? String == "ada_l")
            let me = try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access).json
            #expect(me["bio"] as? String == "Paints.")
        }
    }

    @Test func invalidUsernamesChangeNothing() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            for bad in ["ab", String(repeating: "a", count: 31), "Ada", "ada-l", "ada l", "ádá"] {
                let response = try await client.send(
                    .POST, "/api/auth/profile/", json: JSONBody(["username": bad, "bio": "changed"]),
                    bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(bad)")
                #expect((try response.json["field_errors"] as? [String: [String]])?["username"] != nil)
            }
            let me = try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access).json
            #expect(me["username"] as? String == signedIn.username)
            #expect(me["bio"] as? String == "")
        }
    }

    @Test func bioLongerThan500IsRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let response = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["bio": String(repeating: "x", count: 501)]),
                bearer: signedIn.access)
            #expect(response.status == .badRequest)
            #expect((try response.json["field_errors"] as? [String: [String]])?["bio"] != nil)
        }
    }

    @Test func takenUsernameIs409() async throws {
        try await withLore(["LORE_RATE_LIMIT_AUTH": "100"]) { (client: TestClient) async throws in
            let alice = try await client.signIn(TestWallet())
            let bob = try await client.signIn(TestWallet())
            _ = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["username": "alice"]), bearer: alice.access)
            let response = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["username": "alice"]), bearer: bob.access)
            #expect(response.status == .conflict)
            #expect(
                (try response.json["field_errors"] as? [String: [String]])?["username"] == ["This username is taken."])
        }
    }

    @Test func defaultUsernameGetsASuffixWhenTaken() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let prefix = String(wallet.address.lowercased.prefix(10))
            // setup: someone already chose that name
            try await User(walletAddress: "0x" + String(repeating: "1", count: 40), username: prefix).create(
                on: client.app.db)
            // MUT
            let signedIn = try await client.signIn(wallet)
            // validate
            #expect(signedIn.username == prefix + "_2")
        }
    }

    @Test func signingInAgainKeepsTheSameUser() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let first = try await client.signIn(wallet)
            let second = try await client.signIn(wallet)
            #expect(first.userUUID == second.userUUID)
            #expect(try await User.query(on: client.app.db).count() == 1)
        }
    }

    @Test func publicProfileByAddress() async throws {
        try await withLore { (client: TestClient) async throws in
            let wallet = TestWallet()
            let signedIn = try await client.signIn(wallet)
            // Any case of the address finds the user; private fields are not shown.
            for form in [wallet.address.checksummed, wallet.address.lowercased] {
                let response = try await client.send(.GET, "/api/auth/user/\(form)/")
                #expect(response.status == .ok)
                let body = try response.json
                #expect(body["uuid"] as? String == signedIn.userUUID)
                #expect(body["last_login_at"] == nil || body["last_login_at"] is NSNull)
            }
            let unknown = try await client.send(.GET, "/api/auth/user/0x\(String(repeating: "2", count: 40))/")
            #expect(unknown.status == .notFound)
            let malformed = try await client.send(.GET, "/api/auth/user/bob/")
            #expect(malformed.status == .badRequest)
        }
    }

    @Test func profileNeedsSignIn() async throws {
        try await withLore { (client: TestClient) async throws in
            let response = try await client.send(.POST, "/api/auth/profile/", json: JSONBody(["bio": "x"]))
            #expect(response.status == .unauthorized)
        }
    }
}
