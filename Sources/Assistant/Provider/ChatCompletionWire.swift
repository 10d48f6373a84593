import LoreJSON

/// The JSON bodies of an OpenAI-compatible `POST /chat/completions` exchange.
enum ChatCompletionWire {
    struct Request: Encodable {
        var model: String
        var messages: [ChatMessage]
        var temperature: Double
        var maxTokens: Int
        var stream = false

        enum CodingKeys: String, CodingKey {
            case model, messages, temperature, stream
            case maxTokens = "max_tokens"
        }
    }

    struct Response: Decodable {
        var model: String?
        var choices: [Choice]?
        var usage: Usage?
        var error: ErrorBody?
    }

    struct Choice: Decodable {
        var message: Message?
        var finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message
            case finishReason = "finish_reason"
        }
    }

    struct Message: Decodable {
        /// A string, or (some servers) an array of `{type: "text", text: …}` parts.
        var content: JSONValue?

        var text: String? {
            switch content {
            case .string(let text):
                return text
            case .array(let parts):
                let texts = parts.compactMap { part -> String? in
                    guard case .object(let fields) = part, case .string(let text)? = fields["text"] else { return nil }
                    return text
                }
                return texts.isEmpty ? nil : texts.joined()
            default:
                return nil
            }
        }
    }

    struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
        }

        var tokenUsage: TokenUsage? {
            guard promptTokens != nil || completionTokens != nil || totalTokens != nil else { return nil }
            let prompt = promptTokens ?? 0
            let completion = completionTokens ?? 0
            return TokenUsage(
                promptTokens: prompt, completionTokens: completion, totalTokens: totalTokens ?? prompt + completion)
        }
    }

    /// `{"error": {"message": …, "code": …}}`, sent with error statuses and, by OpenRouter,
    /// sometimes inside a 200 response.
    struct ErrorBody: Decodable {
        var message: String?
        var code: JSONValue?

        /// The numeric code, when it is one (OpenRouter uses HTTP status numbers).
        var status: Int? {
            switch code {
            case .number(let value): Int(exactly: value)
            case .string(let value): Int(value)
            default: nil
            }
        }
    }

    struct ErrorEnvelope: Decodable {
        var error: ErrorBody?
    }
}
