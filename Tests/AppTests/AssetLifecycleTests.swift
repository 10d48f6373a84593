import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Asset edit, archive, restore and permanent delete")
struct AssetLifecycleTests {
    // MARK: PATCH

    @Test func theOwnerEditsTitleAndDescription() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(
                owner: try await client.user(signedIn),
                AssetFixture(title: "Old", description: "old text", createdAt: fixtureEpoch))
            let path = "/api/assets/\(try asset.requireID())/"

            let response = try await client.send(
                .PATCH, path, json: JSONBody(["title": "  New title \n", "description": "New text."]),
                bearer: signedIn.access)
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["title"] as? String == "New title")
            #expect(body["description"] as? String == "New text.")
            let stored = try #require(try await client.storedAsset(asset))
            #expect(stored.title == "New title")
            #expect(stored.description == "New text.")
            #expect(stored.updatedAt.map { $0 > fixtureEpoch } == true)
            #expect(stored.ipID == asset.ipID)

            // Either field alone; the description may be emptied.
            let partial = try await client.send(
                .PATCH, path, json: JSONBody(["description": ""]), bearer: signedIn.access)
            #expect(try partial.json["title"] as? String == "New title")
            #expect(try await client.storedAsset(asset)?.description == "")
            let empty = try await client.send(.PATCH, path, raw: "{}", bearer: signedIn.access)
            #expect(empty.status == .ok)
        }
    }

    @Test func lengthLimitsAtTheirEdges() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(title: "Kept"))
            let path = "/api/assets/\(try asset.requireID())/"
            let cases: [(String, String, Bool)] = [
                ("title", String(repeating: "é", count: 200), true),
                ("title", String(repeating: "a", count: 201), false),
                ("title", "x", true),
                ("title", "", false),
                ("title", " \n\t ", false),
                ("description", String(repeating: "日", count: 5000), true),
                ("description", String(repeating: "d", count: 5001), false),
            ]
            for (field, value, accepted) in cases {
                let response = try await client.send(
                    .PATCH, path, json: JSONBody([field: value]), bearer: signedIn.access)
                #expect(response.status == (accepted ? .ok : .badRequest), "\(field) of \(value.count)")
                if !accepted { #expect(response.fieldErrors[field] != nil) }
            }
        }
    }

    @Test func otherFieldsAreNotEditableAndBadInputChangesNothing() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(title: "Kept", description: "kept"))
            let path = "/api/assets/\(try asset.requireID())/"
            for field in [
                "ip_id", "token_id", "media_url", "license_type", "license", "registration_status", "is_archived",
                "uuid",
            ] {
                let response = try await client.send(
                    .PATCH, path, json: JSONBody(["title": "Changed", "description": "changed", field: "x"]),
                    bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(field)")
                #expect(response.fieldErrors[field] == ["This field cannot be edited; only title and description can."])
                #expect(response.errorDetail?.contains("not editable: \(field)") == true)
            }
            let typed: [(String, String)] = [
                (#"{"title": null}"#, "title"), (#"{"title": 7}"#, "title"), (#"{"description": null}"#, "description"),
                (#"{"description": ["a"]}"#, "description"),
                (#"{"title": "Changed", "description": false}"#, "description"),
            ]
            for (raw, field) in typed {
                let response = try await client.send(.PATCH, path, raw: raw, bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(raw)")
                #expect(response.fieldErrors[field] != nil, "\(raw)")
            }
            for raw in ["[1]", "\"title\"", "{\"title\": ", "not json"] {
                let response = try await client.send(.PATCH, path, raw: raw, bearer: signedIn.access)
                #expect(response.status == .badRequest, "\(raw)")
                #expect(response.errorTitle == "Malformed request body", "\(raw)")
            }
            let stored = try #require(try await client.storedAsset(asset))
            #expect(stored.title == "Kept")
            #expect(stored.description == "kept")
        }
    }

    @Test func onlyTheOwnerMayEdit() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let stranger = try await client.signIn(TestWallet())
            let ada = try await client.makeUser(username: "ada")
            let public_ = try await client.insertAsset(owner: ada, AssetFixture(title: "Kept"))
            let pending = try await client.insertAsset(owner: ada, AssetFixture(title: "Kept", status: .pending))
            let edit = JSONBody(["title": "Mine now"])

            let anonymous = try await client.send(.PATCH, "/api/assets/\(try public_.requireID())/", json: edit)
            #expect(anonymous.status == .unauthorized)
            let forbidden = try await client.send(
                .PATCH, "/api/assets/\(try public_.requireID())/", json: edit, bearer: stranger.access)
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.errorDetail == "Only the asset's creator can change it.")
            let invisible = try await client.send(
                .PATCH, "/api/assets/\(try pending.requireID())/", json: edit, bearer: stranger.access)
            #expect(invisible.status == .notFound)
            let unknown = try await client.send(.PATCH, "/api/assets/\(UUID())/", json: edit, bearer: stranger.access)
            #expect(unknown.status == .notFound)
            #expect(try await client.storedAsset(public_)?.title == "Kept")
            #expect(try await client.storedAsset(pending)?.title == "Kept")
        }
    }

    @Test func cookieSessionsNeedTheCSRFToken() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(title: "Kept"))
            let path = "/api/assets/\(try asset.requireID())/"
            let access = try #require(signedIn.cookies["lore_access"])
            let csrf = try #require(signedIn.cookies["lore_csrf"])
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "lore_access=\(access); lore_csrf=\(csrf)")

            let refused = try await client.send(.PATCH, path, json: JSONBody(["title": "Forged"]), headers: headers)
            #expect(refused.status == .forbidden)
            #expect(refused.errorTitle == "CSRF check failed")
            headers.add(name: "X-CSRF-Token", value: csrf)
            let accepted = try await client.send(.PATCH, path, json: JSONBody(["title": "Mine"]), headers: headers)
            #expect(accepted.status == .ok)
            #expect(try await client.storedAsset(asset)?.title == "Mine")
        }
    }

    // MARK: Archive and restore

    @Test func archivingHidesTheAssetFromEveryoneButItsOwner() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(owner: try await client.user(signedIn), AssetFixture(title: "Art"))
            let path = "/api/assets/\(try asset.requireID())/"

            let response = try await client.send(.DELETE, path, bearer: signedIn.access)
            #expect(response.status == .noContent)
            #expect(response.body.readableBytes == 0)
            let stored = try #require(try await client.storedAsset(asset))
            #expect(stored.isArchived)
            #expect(stored.archivedAt == client.clock.now())

            #expect(try await client.send(.GET, path).status == .notFound)
            #expect(try await client.send(.GET, "/api/assets/discover/").json["count"] as? Int == 0)
            #expect(try await client.send(.GET, "/api/assets/", bearer: signedIn.access).json["count"] as? Int == 0)
            let archived = try await client.send(.GET, "/api/assets/?status=archived", bearer: signedIn.access)
            #expect(try archived.resultTitles == ["Art"])
            let own = try await client.send(.GET, path, bearer: signedIn.access).json
            #expect(own["is_archived"] as? Bool == true)

            let again = try await client.send(.DELETE, path, bearer: signedIn.access)
            #expect(again.status == .conflict)
            #expect(again.errorDetail == "This asset is already archived.")
        }
    }

    @Test func restoringBringsItBack() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let asset = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(title: "Art", isArchived: true))
            let path = "/api/assets/\(try asset.requireID())/"

            let response = try await client.send(.POST, path + "restore/", bearer: signedIn.access)
            #expect(response.status == .ok)
            let body = try response.json
            #expect(body["is_archived"] as? Bool == false)
            #expect(body["archived_at"] == nil || body["archived_at"] is NSNull)
            #expect(body["title"] as? String == "Art")
            #expect(try await client.send(.GET, "/api/assets/discover/").resultTitles == ["Art"])

            let again = try await client.send(.POST, path + "restore/", bearer: signedIn.access)
            #expect(again.status == .conflict)
            #expect(again.errorDetail?.contains("not archived") == true)
        }
    }

    @Test func archiveAndRestoreAreTheOwners() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let stranger = try await client.signIn(TestWallet())
            let ada = try await client.makeUser(username: "ada")
            let public_ = try await client.insertAsset(owner: ada)
            let archived = try await client.insertAsset(owner: ada, AssetFixture(isArchived: true))
            let publicPath = "/api/assets/\(try public_.requireID())/"
            let archivedPath = "/api/assets/\(try archived.requireID())/"

            #expect(try await client.send(.DELETE, publicPath).status == .unauthorized)
            #expect(try await client.send(.POST, archivedPath + "restore/").status == .unauthorized)
            #expect(try await client.send(.DELETE, publicPath, bearer: stranger.access).status == .forbidden)
            #expect(try await client.send(.POST, publicPath + "restore/", bearer: stranger.access).status == .forbidden)
            #expect(
                try await client.send(.POST, archivedPath + "restore/", bearer: stranger.access).status == .notFound)
            #expect(
                try await client.send(.DELETE, "/api/assets/\(UUID())/", bearer: stranger.access).status == .notFound)
            #expect(try await client.storedAsset(public_)?.isArchived == false)
            #expect(try await client.storedAsset(archived)?.isArchived == true)
        }
    }

    // MARK: Permanent delete

    @Test func permanentDeleteNeedsAnArchivedAsset() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            let active = try await client.insertAsset(owner: me)
            let response = try await client.send(
                .DELETE, "/api/assets/\(try active.requireID())/permanent_delete/", bearer: signedIn.access)
            #expect(response.status == .conflict)
            #expect(
                response.errorDetail == "Archive this asset first: only archived assets can be permanently deleted.")
            #expect(try await client.storedAsset(active) != nil)

            for status in [RegistrationStatus.registered, .failed] {
                let archived = try await client.insertAsset(owner: me, AssetFixture(status: status, isArchived: true))
                let path = "/api/assets/\(try archived.requireID())/"
                let deleted = try await client.send(.DELETE, path + "permanent_delete/", bearer: signedIn.access)
                #expect(deleted.status == .noContent, "\(status)")
                #expect(deleted.body.readableBytes == 0)
                #expect(try await client.storedAsset(archived) == nil)
                #expect(try await client.send(.GET, path, bearer: signedIn.access).status == .notFound)
                #expect(try await client.send(.POST, path + "restore/", bearer: signedIn.access).status == .notFound)
            }
        }
    }

    @Test func assetsWithDerivativesCannotBeDeleted() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let parent = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(isArchived: true))
            let ada = try await client.makeUser(username: "ada")
            let child = try await client.insertAsset(owner: ada, AssetFixture(isArchived: true))
            try await client.insertLink(child: child, parent: parent)

            let response = try await client.send(
                .DELETE, "/api/assets/\(try parent.requireID())/permanent_delete/", bearer: signedIn.access)
            #expect(response.status == .conflict)
            #expect(response.errorDetail?.contains("1 other asset is a derivative of it") == true)
            #expect(response.errorDetail?.contains("lineage") == true)
            #expect(try await client.storedAsset(parent) != nil)
            #expect(try await DerivativeLink.query(on: client.app.db).count() == 1)
        }
    }

    @Test func deletingADerivativeRemovesItFromItsParents() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let ada = try await client.makeUser(username: "ada")
            let first = try await client.insertAsset(owner: ada, AssetFixture(title: "first", derivativesCount: 1))
            let second = try await client.insertAsset(owner: ada, AssetFixture(title: "second", derivativesCount: 2))
            let untouched = try await client.insertAsset(
                owner: ada, AssetFixture(title: "untouched", derivativesCount: 4))
            let child = try await client.insertAsset(
                owner: try await client.user(signedIn), AssetFixture(isArchived: true))
            try await client.insertLink(child: child, parent: first, attribution: 50)
            try await client.insertLink(child: child, parent: second, attribution: 50)
            // `second` has another, registered derivative: the count is what the links say.
            let sibling = try await client.insertAsset(owner: ada, AssetFixture(title: "sibling"))
            try await client.insertLink(child: sibling, parent: second, attribution: 100)

            let response = try await client.send(
                .DELETE, "/api/assets/\(try child.requireID())/permanent_delete/", bearer: signedIn.access)
            #expect(response.status == .noContent)
            #expect(
                try await DerivativeLink.query(on: client.app.db).filter(\.$child.$id == child.requireID()).count() == 0
            )
            #expect(try await client.storedAsset(first)?.derivativesCount == 0)
            #expect(try await client.storedAsset(second)?.derivativesCount == 1)
            #expect(try await client.storedAsset(untouched)?.derivativesCount == 4)
        }
    }

    @Test func assetsStillBeingRegisteredCannotBeDeleted() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let signedIn = try await client.signIn(TestWallet())
            let me = try await client.user(signedIn)
            for status in [RegistrationStatus.pending, .retrying] {
                let asset = try await client.insertAsset(owner: me, AssetFixture(status: status, isArchived: true))
                let response = try await client.send(
                    .DELETE, "/api/assets/\(try asset.requireID())/permanent_delete/", bearer: signedIn.access)
                #expect(response.status == .conflict, "\(status)")
                #expect(response.errorDetail?.contains("still being registered") == true)
                #expect(try await client.storedAsset(asset) != nil)
            }
        }
    }

    @Test func permanentDeleteIsTheOwners() async throws {
        try await withLore(generousLimits) { (client: TestClient) async throws in
            let stranger = try await client.signIn(TestWallet())
            let ada = try await client.makeUser(username: "ada")
            let public_ = try await client.insertAsset(owner: ada)
            let archived = try await client.insertAsset(owner: ada, AssetFixture(isArchived: true))
            let archivedPath = "/api/assets/\(try archived.requireID())/permanent_delete/"

            #expect(try await client.send(.DELETE, archivedPath).status == .unauthorized)
            #expect(try await client.send(.DELETE, archivedPath, bearer: stranger.access).status == .notFound)
            let forbidden = try await client.send(
                .DELETE, "/api/assets/\(try public_.requireID())/permanent_delete/", bearer: stranger.access)
            #expect(forbidden.status == .forbidden)
            #expect(try await client.storedAsset(archived) != nil)
            #expect(try await client.storedAsset(public_) != nil)
        }
    }
}
