import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Streams a byte range of content from the gateway: one `GET` with `Range`, its body read as
/// the consumer asks. A gateway that ignores `Range` (200) is handled by skipping and cutting.
actor GatewayChunkSource: ByteChunkSource {
    private let store: PinataContentStore
    private let cid: CID
    private let range: Range<Int64>
    private var body: HTTPClientResponse.Body.AsyncIterator?
    private var toSkip: Int64 = 0
    private var remaining: Int64

    init(store: PinataContentStore, cid: CID, range: Range<Int64>) {
        self.store = store
        self.cid = cid
        self.range = range
        self.remaining = Int64(range.count)
    }

    func nextChunk() async throws -> ByteBuffer? {
        guard remaining > 0 else { return nil }
        if body == nil {
            try await start()
        }
        while remaining > 0 {
            guard var iterator = body else { return nil }
            let next: ByteBuffer?
            do {
                next = try await iterator.next(isolation: self)
            } catch {
                throw ContentStoreError.upstreamUnreachable(
                    service: PinataContentStore.gatewayService, detail: String(describing: error))
            }
            body = iterator
            guard var chunk = next else {
                throw ContentStoreError.upstreamInvalidResponse(
                    service: PinataContentStore.gatewayService, detail: "the body ended early")
            }
            if toSkip > 0 {
                let skipped = min(Int64(chunk.readableBytes), toSkip)
                chunk.moveReaderIndex(forwardBy: Int(skipped))
                toSkip -= skipped
            }
            guard chunk.readableBytes > 0 else { continue }
            let take = Int(min(Int64(chunk.readableBytes), remaining))
            remaining -= Int64(take)
            return chunk.readSlice(length: take)
        }
        return nil
    }

    private func start() async throws {
        var request = store.gatewayRequest(cid)
        request.headers.replaceOrAdd(name: "Range", value: "bytes=\(range.lowerBound)-\(range.upperBound - 1)")
        let response = try await store.execute(
            request, timeout: store.configuration.uploadTimeout, service: PinataContentStore.gatewayService)
        switch response.status {
        case .partialContent:
            let start = response.headers.first(name: "content-range")?
                .split(whereSeparator: { $0 == " " || $0 == "-" }).dropFirst().first.flatMap { Int64($0) }
            guard start == range.lowerBound else {
                throw ContentStoreError.upstreamInvalidResponse(
                    service: PinataContentStore.gatewayService, detail: "206 for another range")
            }
        case .ok:
            toSkip = range.lowerBound
        default:
            throw await store.failure(response, service: PinataContentStore.gatewayService)
        }
        body = response.body.makeAsyncIterator()
    }
}
