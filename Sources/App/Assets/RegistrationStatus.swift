import Ethereum
import Fluent
import Foundation
import SQLKit

/// Where an asset is in its life on the ledger, and the only moves between those states — the
/// one place that changes `registration_status`:
///
///     pending ──┬─► registered          a new asset, through its creation pipeline
///               └─► failed ─► retrying  its owner retries a failed asset
///     retrying ─┬─► registered          …and the pipeline runs again
///               └─► failed
///
/// `registered` is final: what the ledger holds is never undone by Lore.
enum RegistrationStatus: String, Codable, CaseIterable, Sendable {
    case pending, retrying, registered, failed

    /// What a new asset starts as.
    static let initial = RegistrationStatus.pending

    /// The states this one may move to.
    var successors: Set<RegistrationStatus> {
        switch self {
        case .pending, .retrying: [.registered, .failed]
        case .failed: [.retrying]
        case .registered: []
        }
    }

    func canMove(to next: RegistrationStatus) -> Bool { successors.contains(next) }

    /// The states from which `next` may be reached.
    static func predecessors(of next: RegistrationStatus) -> [RegistrationStatus] {
        allCases.filter { $0.canMove(to: next) }
    }
}

/// A move the rules above do not allow: a bug in the caller, never the user's doing.
struct RegistrationMoveRefused: Error, CustomStringConvertible {
    let from: RegistrationStatus
    let to: RegistrationStatus

    var description: String { "An asset cannot move from \(from.rawValue) to \(to.rawValue)." }
}

extension Asset {
    /// Moves to `next`, or stays where it is when already there; refuses any other move.
    func moveRegistration(to next: RegistrationStatus) throws {
        guard registrationStatus != next else { return }
        guard registrationStatus.canMove(to: next) else {
            throw RegistrationMoveRefused(from: registrationStatus, to: next)
        }
        registrationStatus = next
    }

    /// The pipeline finished: registered on the ledger, no failure left on record.
    func markRegistered(now: Date) throws {
        try moveRegistration(to: .registered)
        registeredAt = registeredAt ?? now
        failedAtStep = nil
        registrationError = nil
    }

    /// The pipeline stopped at `step` for `reason`; the owner may retry from there.
    func markFailed(at step: CreationStep, reason: String) throws {
        try moveRegistration(to: .failed)
        failedAtStep = step
        registrationError = reason
    }

    /// The IP's account on the ledger, once the registration recorded one.
    var ipAddress: Address? { ipID.flatMap { try? Address(ignoringChecksum: $0) } }

    /// The IP's account while the asset is registered: what royalties, remixes and the ledger's
    /// views need. Nil before registration finishes.
    var registeredIPID: Address? { registrationStatus == .registered ? ipAddress : nil }
}

/// Retrying a failed registration.
enum RegistrationRetry {
    /// Moves the asset from `failed` to `retrying` with one conditional update, so that of
    /// several concurrent retries exactly one wins (true); the others find it moved (false).
    /// On success the in-memory asset resumes at `step` with its failure cleared.
    static func claim(_ asset: Asset, resumingAt step: CreationStep, on database: any Database) async throws -> Bool {
        let claimed = try await database.sql.update(Asset.schema)
            .set("registration_status", to: SQLBind(RegistrationStatus.retrying.rawValue))
            .where("id", .equal, SQLBind(try asset.requireID()))
            .where(
                "registration_status", .in,
                SQLBind.group(RegistrationStatus.predecessors(of: .retrying).map(\.rawValue))
            )
            .returning("id")
            .first()
        guard claimed != nil else { return false }
        asset.registrationStatus = .retrying
        asset.creationStep = step
        asset.failedAtStep = nil
        asset.registrationError = nil
        return true
    }
}
