import AsyncHTTPClient
import Foundation
import NIOCore

/// Chat completions over HTTP against OpenRouter or any OpenAI-compatible server.
public struct OpenAICompatibleProvider: AIProvider {
    public let configuration: OpenAICompatibleConfiguration
    private let httpClient: HTTPClient

    /// - Parameter httpClient: a client the provider never shuts down; by default
    ///   ``modelHTTPClient``, which reports an unreachable server at once.
    public init(configuration: OpenAICompatibleConfiguration, httpClient: HTTPClient = Self.modelHTTPClient) {
        self.configuration = configuration
        self.httpClient = httpClient
    }

    /// A process-wide client that does not retry a failed connection: AsyncHTTPClient's default
    /// retries until the request's deadline, so a server that refuses connections would cost
    /// the whole timeout before the fallback chain could try the next model. Never shut down,
    /// like `HTTPClient.shared`.
    public static let modelHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    public func complete(_ request: ChatRequest) async throws(AIProviderError) -> ChatCompletion {
        let httpRequest = try makeHTTPRequest(for: request)
        let response = try await send(httpRequest, timeout: request.timeout)
        return try OpenAICompatibleResponse.interpret(response, requestedModel: request.model)
    }

    func makeHTTPRequest(for request: ChatRequest) throws(AIProviderError) -> HTTPClientRequest {
        let body = ChatCompletionWire.Request(
            model: request.model, messages: request.messages, temperature: request.temperature,
            maxTokens: request.maxTokens)
        let encoded: Data
        do {
            encoded = try JSONEncoder().encode(body)
        } catch {
            throw .badResponse("could not encode the request: \(error)")
        }
        var httpRequest = HTTPClientRequest(url: configuration.chatCompletionsURL)
        httpRequest.method = .POST
        httpRequest.headers.add(name: "Content-Type", value: "application/json")
        httpRequest.headers.add(name: "Accept", value: "application/json")
        if let apiKey = configuration.apiKey, !apiKey.isEmpty {
            httpRequest.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        }
        if let referer = configuration.referer, !referer.isEmpty {
            httpRequest.headers.add(name: "HTTP-Referer", value: referer)
        }
        if let appTitle = configuration.appTitle, !appTitle.isEmpty {
            httpRequest.headers.add(name: "X-Title", value: appTitle)
        }
        httpRequest.body = .bytes(ByteBuffer(bytes: encoded))
        return httpRequest
    }

    /// Runs the exchange under one overall timeout. AsyncHTTPClient's deadline covers the wait for
    /// the response head (and reports why a connection could not be made when it expires), so it
    /// goes first; the race here, a little later, bounds the body read.
    private func send(_ request: HTTPClientRequest, timeout: Duration) async throws(AIProviderError) -> RawHTTPResponse
    {
        let client = httpClient
        let limit = configuration.maxResponseBytes
        let nanoseconds = Int64(min(timeout.seconds * 1e9, Double(Int64.max / 2)))
        do {
            return try await withThrowingTaskGroup(of: RawHTTPResponse?.self) { group in
                group.addTask {
                    let response = try await client.execute(request, timeout: .nanoseconds(nanoseconds))
                    let body = try await response.body.collect(upTo: limit)
                    return RawHTTPResponse(
                        status: Int(response.status.code),
                        retryAfter: response.headers.first(name: "Retry-After"),
                        body: Data(body.readableBytesView))
                }
                group.addTask {
                    try await Task.sleep(for: timeout + Self.bodyReadGrace)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                guard let first else { throw TimeoutReached() }
                return first
            }
        } catch is TimeoutReached {
            throw .timeout(after: timeout)
        } catch let error as HTTPClientError {
            throw Self.classify(error, timeout: timeout)
        } catch is NIOTooManyBytesError {
            throw .badResponse("the answer is larger than \(limit) bytes")
        } catch is CancellationError {
            throw .connectionFailed("the request was cancelled")
        } catch {
            throw .connectionFailed(String(describing: error))
        }
    }

    private struct TimeoutReached: Error {}

    /// How long after the deadline the body read may still finish.
    static let bodyReadGrace = Duration.milliseconds(100)

    static func classify(_ error: HTTPClientError, timeout: Duration) -> AIProviderError {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .getConnectionFromPoolTimeout,
            .tlsHandshakeTimeout:
            return .timeout(after: timeout)
        default:
            return .connectionFailed(String(describing: error))
        }
    }
}

/// The parts of an HTTP response the provider looks at.
struct RawHTTPResponse: Sendable {
    var status: Int
    var retryAfter: String?
    var body: Data
}
