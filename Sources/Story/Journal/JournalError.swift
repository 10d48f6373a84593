/// Why the ledger's journal cannot be used.
public enum JournalError: Error, Equatable, CustomStringConvertible {
    /// The file does not start with the journal's magic bytes.
    case notAJournal(path: String)
    /// A record other than the last is damaged: start-up stops rather than lose or invent history.
    case corruptRecord(index: UInt64, offset: UInt64, reason: String)
    /// A journaled transaction no longer applies (the journal and the code disagree).
    case replayFailed(index: UInt64, reason: String)
    /// Reading, writing or syncing failed.
    case io(operation: String, path: String, errno: Int32)
    /// Another ledger (another process) has the journal open.
    case locked(path: String)
    /// An earlier write failed; the ledger accepts no more transactions until restarted.
    case halted(reason: String)

    public var description: String {
        switch self {
        case .notAJournal(let path): "\(path) is not a ledger journal"
        case .corruptRecord(let index, let offset, let reason):
            "journal record \(index) at byte \(offset) is corrupt: \(reason)"
        case .replayFailed(let index, let reason): "journal record \(index) failed to replay: \(reason)"
        case .io(let operation, let path, let errno): "\(operation) \(path) failed (errno \(errno))"
        case .locked(let path): "\(path) is in use by another ledger"
        case .halted(let reason): "the ledger stopped after a journal failure: \(reason)"
        }
    }
}
