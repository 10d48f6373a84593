import Foundation

/// Turns an HTTP response from a chat-completions endpoint into a completion or a typed error.
enum OpenAICompatibleResponse {
    static func interpret(_ response: RawHTTPResponse, requestedModel: String) throws(AIProviderError) -> ChatCompletion
    {
        guard (200..<300).contains(response.status) else {
            throw error(
                status: response.status, message: errorMessage(in: response.body),
                retryAfter: response.retryAfter)
        }
        let decoded: ChatCompletionWire.Response
        do {
            decoded = try JSONDecoder().decode(ChatCompletionWire.Response.self, from: response.body)
        } catch {
            throw .badResponse("the body is not a chat completion: \(snippet(response.body))")
        }
        // OpenRouter reports some upstream failures (rate limits, provider errors) as an error
        // object inside a 200 response.
        if let failure = decoded.error, decoded.choices?.isEmpty ?? true {
            throw error(status: failure.status ?? 502, message: failure.message ?? "", retryAfter: response.retryAfter)
        }
        guard let choice = decoded.choices?.first else {
            throw .badResponse("the completion has no choices")
        }
        guard let text = choice.message?.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            let reason = choice.finishReason.map { " (finish_reason \($0))" } ?? ""
            throw .badResponse("the completion has no text content\(reason)")
        }
        let model = decoded.model.flatMap { $0.isEmpty ? nil : $0 } ?? requestedModel
        return ChatCompletion(text: text, model: model, usage: decoded.usage?.tokenUsage)
    }

    static func error(status: Int, message: String, retryAfter: String?) -> AIProviderError {
        switch status {
        case 429: .rateLimited(retryAfter: retryAfter.flatMap { parseRetryAfter($0) }, message: message)
        case 401: .unauthorized(status: status, message: message)
        case 500...599: .serverError(status: status, message: message)
        default: .rejected(status: status, message: message)
        }
    }

    /// `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
    static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 {
            return .seconds(seconds)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .seconds(max(0, Int(date.timeIntervalSince(now).rounded(.up))))
    }

    /// The `error.message` of an OpenAI-style error body, or the start of the body.
    static func errorMessage(in body: Data) -> String {
        if let envelope = try? JSONDecoder().decode(ChatCompletionWire.ErrorEnvelope.self, from: body),
            let message = envelope.error?.message, !message.isEmpty
        {
            return message
        }
        return snippet(body)
    }

    static func snippet(_ body: Data, limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return body.count > limit ? text + "…" : text
    }
}
