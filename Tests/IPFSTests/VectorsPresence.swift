import TestVectors
import Testing

/// This target's vector tests skip without the shared vectors; under CI=true that is a failure,
/// also when this target runs alone (`swift test --filter`).
@Test(.enabled(if: Vectors.missingUnderCI))
func vectorsMustBePresentUnderCI() {
    Issue.record("CI=true but \(Vectors.skipReason)")
}
