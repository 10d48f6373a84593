import Ethereum

/// One event as a chain log carries it: the emitting contract and the decoded event.
public struct LedgerLog: Hashable, Sendable {
    /// The contract that emitted it (e.g. IPAssetRegistry for `IPRegistered`, WIP for `Transfer`).
    public let address: Address
    public let event: StoryEvent

    public init(address: Address, event: StoryEvent) {
        self.address = address
        self.event = event
    }
}
