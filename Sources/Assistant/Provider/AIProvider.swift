/// A chat-completion backend: one request, one answer. Adapters: `OpenAICompatibleProvider`
/// (OpenRouter, Ollama, llama.cpp, …) and `LocalProvider` (embedded text analysis, no network).
public protocol AIProvider: Sendable {
    /// Sends one chat completion to `request.model` and returns its text and token usage.
    func complete(_ request: ChatRequest) async throws(AIProviderError) -> ChatCompletion
}

/// One message of a chat conversation.
public struct ChatMessage: Sendable, Equatable, Codable {
    /// `system`, `user` or `assistant`.
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: "system", content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
}

/// What a provider is asked to do.
public struct ChatRequest: Sendable {
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double
    public var maxTokens: Int
    /// The whole call (connect, send, wait, read) must finish within this time.
    public var timeout: Duration
    /// The structured inputs the prompt was rendered from. Remote models read `messages`; the
    /// local provider analyses these directly instead of re-parsing its own prompt.
    public var subject: TaskSubject

    public init(
        model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, timeout: Duration,
        subject: TaskSubject
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.timeout = timeout
        self.subject = subject
    }
}

/// A provider's answer.
public struct ChatCompletion: Sendable, Equatable {
    /// The assistant message's text, unparsed.
    public var text: String
    /// The model that answered, as the provider names it (may differ from the one requested,
    /// e.g. a dated variant on OpenRouter).
    public var model: String
    /// Token counts, when the provider reports them.
    public var usage: TokenUsage?

    public init(text: String, model: String, usage: TokenUsage?) {
        self.text = text
        self.model = model
        self.usage = usage
    }
}

/// Token counts as reported in an OpenAI-compatible `usage` object.
public struct TokenUsage: Sendable, Equatable, Codable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int

    public init(promptTokens: Int, completionTokens: Int, totalTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
    }
}
