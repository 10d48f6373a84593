import BigInt

/// Story's units (story.md §4.2).
public enum StoryUnits {
    /// 100 % in every Story percentage (royalty shares, stacks, reward shares): uint32 100_000_000,
    /// so 1 % = 1_000_000 and 10 % = 10_000_000.
    public static let hundredPercent: UInt32 = 100_000_000

    /// `whole` percent in Story units (`percent(10)` = 10_000_000).
    public static func percent(_ whole: UInt32) -> UInt32 {
        precondition(whole <= 100, "a percentage is at most 100")
        return whole * 1_000_000
    }

    /// Royalty tokens per vault: 100_000_000 with 6 decimals (100.000000 RT = 100 %).
    public static let royaltyTokenSupply = BigUInt(100_000_000)

    /// WIP (and native IP) have 18 decimals.
    public static let wipDecimals = 18

    /// One WIP in wei: 10^18.
    public static let oneWIP = BigUInt(10).power(18)

    /// `whole` WIP in wei.
    public static func wip(_ whole: UInt64) -> BigUInt { BigUInt(whole) * oneWIP }
}
