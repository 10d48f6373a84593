/// The five tasks. Raw values are the `AIGenerationLog.operation_type` values of the original
/// system (lore-inventory.md §3.5).
public enum AssistantOperation: String, Sendable, Codable, CaseIterable {
    case title
    case description
    case analysis
    case license
    case derivative

    /// The version of the task's prompt and answer rules. Part of every cache key, so changing a
    /// prompt never serves answers produced by the old one.
    public var promptVersion: String {
        switch self {
        case .title: "title-v1"
        case .description: "description-v1"
        case .analysis: "analysis-v1"
        case .license: "license-v1"
        case .derivative: "derivative-v1"
        }
    }
}

/// The validated inputs of one task. Carried in every `ChatRequest` so the local provider can
/// analyse them directly.
public enum TaskSubject: Sendable, Equatable {
    case titles(description: String, assetKind: AssetKind?)
    case description(description: String, title: String?, assetKind: AssetKind?)
    case analysis(title: String, description: String, mediaURL: String?)
    case license(assetKind: AssetKind, description: String, intendedUse: String?)
    case derivative(
        parentDescription: String, childDescription: String, parentMediaURL: String?, childMediaURL: String?)

    public var operation: AssistantOperation {
        switch self {
        case .titles: .title
        case .description: .description
        case .analysis: .analysis
        case .license: .license
        case .derivative: .derivative
        }
    }
}
