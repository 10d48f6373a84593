import Foundation
import LoreJSON

/// An asset's `step_data`: each step's recorded result, keyed by step name.
struct StepData: Sendable {
    private(set) var steps: [String: JSONValue]

    init(json: String) {
        if case .object(let object) = JSONValue(text: json) { steps = object } else { steps = [:] }
    }

    subscript(step: String) -> JSONValue? {
        get { steps[step] }
        set { steps[step] = newValue }
    }

    /// Records `fields` (strings, numbers, bools) as the result of `step`.
    mutating func record(_ step: String, _ fields: [String: JSONValue]) {
        steps[step] = .object(fields)
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(JSONValue.object(steps)), as: UTF8.self)) ?? "{}"
    }
}

extension Asset {
    var steps: StepData {
        get { StepData(json: stepData) }
        set { stepData = newValue.json }
    }
}
