/// Dispute tags: the UTF-8 name right-padded to 32 bytes, not a hash (story.md §2.6).
public enum DisputeTag {
    public static let improperRegistration = Bytes32(text: "IMPROPER_REGISTRATION")!
    public static let improperUsage = Bytes32(text: "IMPROPER_USAGE")!
    public static let improperPayment = Bytes32(text: "IMPROPER_PAYMENT")!
    public static let contentStandardsViolation = Bytes32(text: "CONTENT_STANDARDS_VIOLATION")!
    /// The transient state of a raised, undecided dispute; never a valid target tag.
    public static let inDispute = Bytes32(text: "IN_DISPUTE")!

    /// The tags Story whitelists.
    public static let whitelisted: [Bytes32] = [
        improperRegistration, improperUsage, improperPayment, contentStandardsViolation,
    ]
}
