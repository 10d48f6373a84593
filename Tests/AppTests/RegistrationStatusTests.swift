import Foundation
import Testing

@testable import App

@Suite("Registration status: the only moves an asset makes")
struct RegistrationStatusTests {
    /// The allowed moves, written out independently of the implementation.
    static let allowed: Set<[RegistrationStatus]> = [
        [.pending, .registered], [.pending, .failed],
        [.retrying, .registered], [.retrying, .failed],
        [.failed, .retrying],
    ]

    @Test(arguments: RegistrationStatus.allCases, RegistrationStatus.allCases)
    func everyMoveIsAllowedOrRefused(from: RegistrationStatus, to: RegistrationStatus) throws {
        let asset = Asset()
        asset.registrationStatus = from
        let isAllowed = Self.allowed.contains([from, to])
        #expect(from.canMove(to: to) == isAllowed)
        if isAllowed || from == to {
            try asset.moveRegistration(to: to)
            #expect(asset.registrationStatus == to)
        } else {
            #expect(throws: RegistrationMoveRefused.self) { try asset.moveRegistration(to: to) }
            #expect(asset.registrationStatus == from, "a refused move changes nothing")
        }
    }

    @Test func aNewAssetIsPendingAndOnlyAFailedOneCanBeRetried() {
        #expect(RegistrationStatus.initial == .pending)
        #expect(RegistrationStatus.predecessors(of: .retrying) == [.failed])
        #expect(RegistrationStatus.registered.successors.isEmpty)
    }

    @Test func markingClearsOrRecordsTheFailure() throws {
        let asset = Asset()
        asset.registrationStatus = .pending
        try asset.markFailed(at: .storyRegistration, reason: "the ledger is down")
        #expect(asset.registrationStatus == .failed)
        #expect(asset.failedAtStep == .storyRegistration)
        #expect(asset.registrationError == "the ledger is down")
        // A failed asset is not registered without a retry first.
        #expect(throws: RegistrationMoveRefused.self) { try asset.markRegistered(now: Date()) }
        #expect(asset.failedAtStep == .storyRegistration)

        asset.registrationStatus = .retrying
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        try asset.markRegistered(now: now)
        #expect(asset.registrationStatus == .registered)
        #expect(asset.registeredAt == now)
        #expect(asset.failedAtStep == nil && asset.registrationError == nil)
        #expect(throws: RegistrationMoveRefused.self) { try asset.markFailed(at: .licenseAttachment, reason: "late") }
    }

    @Test func onlyARegisteredAssetWithAnIPAccountHasARegisteredIPID() {
        let asset = Asset()
        asset.ipID = "0x00000000000000000000000000000000000000aa"
        asset.registrationStatus = .pending
        #expect(asset.ipAddress != nil)
        #expect(asset.registeredIPID == nil)
        asset.registrationStatus = .registered
        #expect(asset.registeredIPID == asset.ipAddress)
        asset.ipID = "not an address"
        #expect(asset.registeredIPID == nil)
    }
}
