import Foundation

/// The embedded default provider: deterministic text analysis of the task's inputs, no network.
/// It answers with the same JSON a model is asked for, which then passes the same parsing and
/// validation, so both paths return identical shapes.
public struct LocalProvider: AIProvider {
    /// Its `model_used`.
    public static let modelName = "lore-local/text-analysis-v1"

    let corpus: BackgroundCorpus

    public init() {
        corpus = .standard
    }

    public func complete(_ request: ChatRequest) async throws(AIProviderError) -> ChatCompletion {
        guard request.model == Self.modelName else {
            throw .rejected(
                status: 404, message: "the local provider serves only \(Self.modelName), not \(request.model)")
        }
        let answer: Data
        do {
            answer = try answerJSON(for: request.subject)
        } catch {
            throw .badResponse("could not encode the local answer: \(error)")
        }
        return ChatCompletion(text: String(decoding: answer, as: UTF8.self), model: Self.modelName, usage: nil)
    }

    func answerJSON(for subject: TaskSubject) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch subject {
        case .titles(let description, let kind):
            let titles = LocalTitles.suggest(description: description, assetKind: kind, corpus: corpus)
            return try encoder.encode(TitleSuggestions(titles: titles))
        case .description(let description, let title, let kind):
            let text = LocalDescription.enhance(description: description, title: title, assetKind: kind, corpus: corpus)
            return try encoder.encode(EnhancedDescription(enhancedDescription: text))
        case .analysis(let title, let description, let mediaURL):
            return try encoder.encode(
                LocalContentAnalysis.analyze(
                    title: title, description: description, mediaURL: mediaURL, corpus: corpus))
        case .license(_, let description, let intendedUse):
            return try encoder.encode(LocalLicense.suggest(description: description, intendedUse: intendedUse))
        case .derivative(let parent, let child, _, _):
            return try encoder.encode(LocalDerivative.analyze(parent: parent, child: child, corpus: corpus))
        }
    }
}
