import BigInt
import Ethereum

/// Story Protocol as Lore uses it: one narrow port with two adapters — the embedded
/// ``LocalLedger``, and Story over JSON-RPC (chain-adapter-research.md).
///
/// An adapter implements five requirements: the deployment, the operator's address, and three
/// ways of talking to the ledger —
/// - ``submit(_:from:)`` sends one transaction, a ``LedgerCall`` (a Story contract function with
///   its arguments), and returns its receipt with a ``CallResult``. Locally the call is executed and
///   journalled; on a chain its `calldata` and `target(in:)` make the transaction, and the result is
///   rebuilt from the receipt's logs.
/// - ``read(_:)`` answers one ``LedgerView`` (a view function, an `eth_call` on chain) with a
///   ``LedgerViewResult``; an adapter switches over the enum.
/// - ``events(after:limit:)`` pages through the ledger's events (the journal, or `eth_getLogs`).
///
/// Everything the app calls — `mintAndRegisterIpAndAttachPILTerms(from:…)`, `balance(of:token:)`,
/// … — is an extension built on those three, so each operation and its result mapping is written
/// once, whatever the adapter. Operations are named after Story's contract functions and take
/// Story's types and units (percentages: 100 % = 100_000_000; amounts in token wei).
///
/// `from` is the transaction's sender (`msg.sender`): the signed-in creator's wallet on whose
/// behalf Lore acts, or ``operatorAddress`` for what Lore does itself. The license template is
/// always PILicenseTemplate and `royaltyContext` empty (LAP and LRP ignore it, story.md §2.0).
///
/// Rule violations throw ``StoryError`` (Story's custom error, its arguments and a plain-words
/// explanation); infrastructure failures throw other errors (e.g. ``JournalError``); an answer
/// of the wrong shape throws ``UnexpectedLedgerResult``.
public protocol IPLedger: Sendable {
    /// The contracts and chain id.
    var deployment: StoryDeployment { get }
    /// The ledger's own account (and, locally, the arbitration relayer).
    var operatorAddress: Address { get }

    /// Executes `call` as a transaction sent by `from` and returns its receipt once it is final
    /// (locally: journalled and fsync'd). A refused call throws its ``StoryError`` and changes nothing.
    func submit(_ call: LedgerCall, from: Address) async throws -> LedgerReceipt<CallResult>

    /// Answers `view` from the current state, with the result shape the view names.
    func read(_ view: LedgerView) async throws -> LedgerViewResult

    /// The events after `cursor` (from the beginning when nil), oldest first, at most `limit`.
    func events(after cursor: LedgerCursor?, limit: Int) async throws -> [LedgerEventRecord]
}

extension IPLedger {
    /// The next page (up to 1,000 events) after `cursor`.
    public func events(after cursor: LedgerCursor?) async throws -> [LedgerEventRecord] {
        try await events(after: cursor, limit: 1_000)
    }

    /// IPAssetRegistry.ipId: the ERC-6551 address of an NFT (pure computation, the same on every adapter).
    public func ipId(chainId: UInt64, tokenContract: Address, tokenId: BigUInt) -> Address {
        IPAccountAddress.compute(chainId: BigUInt(chainId), tokenContract: tokenContract, tokenId: tokenId)
    }
}
