import Story

/// Story's refusals in the API's words: 422 naming the rule in plain words
/// ("the parent's license does not allow derivatives"), with Story's error name for reference.
enum LedgerRefusal {
    /// "The parent's license does not allow derivatives (LicensingModule__…)."
    static func sentence(for error: StoryError) -> String {
        var text = error.explanation
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        if !text.hasSuffix(".") { text += "." }
        return "\(text) (\(error.name))"
    }

    static func apiError(_ error: StoryError, what: String = "The ledger refused the operation") -> APIError {
        APIError(.unprocessableEntity, what, detail: sentence(for: error))
    }
}
