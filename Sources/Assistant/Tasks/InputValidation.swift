import Foundation

/// Checks request fields and collects every problem, so a client sees all of them at once.
struct InputValidation {
    let limits: InputLimits
    private(set) var errors: [FieldError] = []

    init(limits: InputLimits) {
        self.limits = limits
    }

    /// A required free-text field: trimmed, not empty, with at least one letter or digit.
    mutating func requiredText(_ value: String, field: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            errors.append(FieldError(field: field, message: "This field is required."))
        } else if !trimmed.contains(where: { $0.isLetter || $0.isNumber }) {
            errors.append(FieldError(field: field, message: "Must contain words, not only punctuation."))
        } else if trimmed.count > limits.maxTextCharacters {
            errors.append(
                FieldError(
                    field: field, message: "Ensure this field has no more than \(limits.maxTextCharacters) characters.")
            )
        }
        return trimmed
    }

    /// An optional short field (title, intended use, media URL): trimmed; empty becomes nil.
    mutating func optionalText(_ value: String?, field: String, maxCharacters: Int) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        if trimmed.count > maxCharacters {
            errors.append(
                FieldError(
                    field: field, message: "Ensure this field has no more than \(maxCharacters) characters."))
        }
        return trimmed
    }

    mutating func requiredShortText(_ value: String, field: String, maxCharacters: Int) -> String {
        guard let text = optionalText(value, field: field, maxCharacters: maxCharacters) else {
            errors.append(FieldError(field: field, message: "This field is required."))
            return ""
        }
        return text
    }

    mutating func assetKind(_ value: String?, field: String = "asset_type", required: Bool) -> AssetKind? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            if required { errors.append(FieldError(field: field, message: "This field is required.")) }
            return nil
        }
        guard let kind = AssetKind(userInput: value) else {
            errors.append(FieldError(field: field, message: "Invalid choice. Must be one of: \(AssetKind.allSlugs)."))
            return nil
        }
        return kind
    }

    func finish() throws(AssistantError) {
        if !errors.isEmpty { throw .invalidInput(errors) }
    }
}

/// Size limits on what the assistant accepts, so a prompt stays within a model's context.
public struct InputLimits: Sendable, Equatable {
    /// Descriptions (default 5,000 characters).
    public var maxTextCharacters: Int
    /// Titles (default 200).
    public var maxTitleCharacters: Int
    /// `intended_use` (default 1,000).
    public var maxIntendedUseCharacters: Int
    /// Media URLs (default 2,048).
    public var maxURLCharacters: Int

    public init(
        maxTextCharacters: Int = 5000, maxTitleCharacters: Int = 200, maxIntendedUseCharacters: Int = 1000,
        maxURLCharacters: Int = 2048
    ) {
        self.maxTextCharacters = maxTextCharacters
        self.maxTitleCharacters = maxTitleCharacters
        self.maxIntendedUseCharacters = maxIntendedUseCharacters
        self.maxURLCharacters = maxURLCharacters
    }
}
