/// Where and how to reach an OpenAI-compatible chat-completions server.
public struct OpenAICompatibleConfiguration: Sendable, Equatable {
    /// OpenRouter's API root, the default when only `OPENROUTER_API_KEY` is configured.
    public static let openRouterBaseURL = "https://openrouter.ai/api/v1"

    /// The API root; requests go to `{baseURL}/chat/completions`
    /// (e.g. `http://127.0.0.1:11434/v1` for Ollama, `http://127.0.0.1:8080/v1` for llama.cpp).
    public var baseURL: String
    /// Sent as `Authorization: Bearer …`; local servers usually need none.
    public var apiKey: String?
    /// OpenRouter's optional app attribution: `HTTP-Referer` (the site URL) …
    public var referer: String?
    /// … and `X-Title` (the app name).
    public var appTitle: String?
    /// Larger answers are refused as bad responses (a chat completion here is a few KiB).
    public var maxResponseBytes: Int

    public init(
        baseURL: String = openRouterBaseURL, apiKey: String? = nil, referer: String? = nil,
        appTitle: String? = nil, maxResponseBytes: Int = 1 << 20
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.referer = referer
        self.appTitle = appTitle
        self.maxResponseBytes = maxResponseBytes
    }

    /// `{baseURL}/chat/completions`, whatever trailing slashes the base URL has.
    public var chatCompletionsURL: String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/chat/completions"
    }
}
