import Foundation
import JWT
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Access and refresh tokens")
struct TokenTests {
    @Test func accessTokenExpiresAfter60Minutes() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            client.clock.advance(by: 59 * 60)
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access).status == .ok)
            client.clock.advance(by: 2 * 60)
            let response = try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access)
            #expect(response.status == .unauthorized)
            #expect(response.errorDetail == TokenError.expired.description)
        }
    }

    @Test func forgedTokenIsRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            // setup: same claims, signed with another secret
            let keys = JWTKeyCollection()
            await keys.add(
                hmac: HMACKey(from: "another-secret-0123456789abcdef0123456789abcdef-0123456789abcdef-0123"),
                digestAlgorithm: .sha256)
            let payload = try await client.app.jwt.keys.verify(signedIn.access, as: AccessTokenPayload.self)
            let forged = try await keys.sign(payload)
            // MUT
            let response = try await client.send(.GET, "/api/auth/me/", bearer: forged)
            // validate
            #expect(response.status == .unauthorized)
            #expect(response.errorDetail == TokenError.badSignature.description)
        }
    }

    @Test func wrongAlgorithmIsRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let parts = signedIn.access.split(separator: ".").map(String.init)
            // alg "none" with no signature, and HS512 with the same secret: both refused.
            let none = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URLEncodedString() + "." + parts[1] + "."
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: TestInstallation.jwtSecret), digestAlgorithm: .sha512)
            let payload = try await client.app.jwt.keys.verify(signedIn.access, as: AccessTokenPayload.self)
            let hs512 = try await keys.sign(payload)
            for token in [none, hs512] {
                let response = try await client.send(.GET, "/api/auth/me/", bearer: token)
                #expect(response.status == .unauthorized)
                #expect(response.errorDetail?.contains("is not accepted") == true, "\(response.body.string)")
            }
        }
    }

    @Test func garbageTokenAndOtherSchemesAreRefused() async throws {
        try await withLore { (client: TestClient) async throws in
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: "not.a.jwt").status == .unauthorized)
            let basic = try await client.send(.GET, "/api/auth/me/", headers: ["Authorization": "Basic dXNlcjpwYXNz"])
            #expect(basic.status == .unauthorized)
            let none = try await client.send(.GET, "/api/auth/me/")
            #expect(none.status == .unauthorized)
            #expect(none.errorDetail == "Authentication credentials were not provided.")
        }
    }

    @Test func refreshRotatesAndReuseRevokesTheFamily() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            // MUT: rotate once
            let first = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": signedIn.refresh]))
            #expect(first.status == .ok)
            let pair = try first.json
            let newAccess = try #require(pair["access"] as? String)
            let newRefresh = try #require(pair["refresh"] as? String)
            #expect(newRefresh != signedIn.refresh)
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: newAccess).status == .ok)
            // MUT: present the rotated (used) token again
            let reuse = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": signedIn.refresh]))
            // validate: refused, and the whole session is gone
            #expect(reuse.status == .unauthorized)
            #expect(reuse.errorDetail == TokenError.refreshTokenReused.description)
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: newAccess).status == .unauthorized)
            let successor = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": newRefresh]))
            #expect(successor.status == .unauthorized)
        }
    }

    @Test func refreshTokenExpiresAfterSevenDays() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            client.clock.advance(by: 7 * 86_400 + 1)
            let response = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": signedIn.refresh]))
            #expect(response.status == .unauthorized)
            #expect(response.errorDetail == TokenError.refreshTokenExpired.description)
        }
    }

    @Test func unknownRefreshTokenAndMissingField() async throws {
        try await withLore { (client: TestClient) async throws in
            let unknown = try await client.send(.POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": "nope"]))
            #expect(unknown.status == .unauthorized)
            let missing = try await client.send(.POST, "/api/auth/refresh-token/", raw: "{}")
            #expect(missing.status == .badRequest)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let other = try await client.signIn(TestWallet())
            // MUT
            let response = try await client.send(
                .POST, "/api/auth/logout/", json: JSONBody(["refresh": signedIn.refresh]))
            // validate
            #expect(response.status == .noContent)
            #expect(response.setCookies["lore_access"] == "")
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access).status == .unauthorized)
            let refresh = try await client.send(
                .POST, "/api/auth/refresh-token/", json: JSONBody(["refresh": signedIn.refresh]))
            #expect(refresh.status == .unauthorized)
            // Other sessions are untouched.
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: other.access).status == .ok)
        }
    }

    @Test func logoutWithTheAccessTokenAlone() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let response = try await client.send(.POST, "/api/auth/logout/", bearer: signedIn.access)
            #expect(response.status == .noContent)
            #expect(try await client.send(.GET, "/api/auth/me/", bearer: signedIn.access).status == .unauthorized)
            #expect(try await client.send(.POST, "/api/auth/logout/").status == .unauthorized)
        }
    }
}

@Suite("Cookie sessions and CSRF")
struct CookieSessionTests {
    private func cookieHeaders(_ signedIn: SignedIn, extra: HTTPHeaders = [:]) -> HTTPHeaders {
        var headers = extra
        headers.add(
            name: .cookie, value: "lore_access=\(signedIn.access); lore_csrf=\(signedIn.cookies["lore_csrf"] ?? "")")
        return headers
    }

    @Test func cookieAuthenticatesReads() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.send(.GET, "/api/auth/me/", headers: cookieHeaders(signedIn))
            #expect(me.status == .ok)
            let page = try await client.send(.GET, "/", headers: cookieHeaders(signedIn))
            #expect(page.body.string.contains(signedIn.username))
        }
    }

    @Test func cookieWritesNeedTheCSRFCheck() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let update = JSONBody(["bio": "hello"])
            // No Origin and no token: refused.
            let bare = try await client.send(
                .POST, "/api/auth/profile/", json: update, headers: cookieHeaders(signedIn))
            #expect(bare.status == .forbidden)
            #expect(bare.errorTitle == "CSRF check failed")
            // A foreign Origin: refused.
            let foreign = try await client.send(
                .POST, "/api/auth/profile/", json: update,
                headers: cookieHeaders(signedIn, extra: ["Origin": "https://evil.example"]))
            #expect(foreign.status == .forbidden)
            // A wrong token: refused.
            let wrong = try await client.send(
                .POST, "/api/auth/profile/", json: update,
                headers: cookieHeaders(signedIn, extra: ["X-CSRF-Token": "guess"]))
            #expect(wrong.status == .forbidden)
            // Lore's own origin: accepted.
            let sameOrigin = try await client.send(
                .POST, "/api/auth/profile/", json: update,
                headers: cookieHeaders(signedIn, extra: ["Origin": "http://lore.test"]))
            #expect(sameOrigin.status == .ok)
            // The double-submitted token: accepted.
            let token = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["bio": "again"]),
                headers: cookieHeaders(signedIn, extra: ["X-CSRF-Token": signedIn.cookies["lore_csrf"] ?? ""]))
            #expect(token.status == .ok)
            #expect(try token.json["bio"] as? String == "again")
        }
    }

    @Test func bearerWritesNeedNoCSRFToken() async throws {
        try await withLore { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let response = try await client.send(
                .POST, "/api/auth/profile/", json: JSONBody(["bio": "api"]), bearer: signedIn.access)
            #expect(response.status == .ok)
        }
    }

    @Test func staleCookieIsAnonymousNotAnError() async throws {
        try await withLore { (client: TestClient) async throws in
            let page = try await client.send(.GET, "/", headers: ["Cookie": "lore_access=garbage"])
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Sign in with Ethereum"))
        }
    }
}
