import NIOCore

/// Produces the chunks of one read, on demand (the consumer's pace is the producer's).
public protocol ByteChunkSource: AnyObject, Sendable {
    /// The next chunk, or nil at the end.
    func nextChunk() async throws -> ByteBuffer?
}

/// A pull-driven sequence of byte chunks: a chunk is read only when the consumer asks for it,
/// so serving a large file never buffers more than a chunk. Each iteration starts a new read.
public struct ByteChunks: AsyncSequence, Sendable {
    public typealias Element = ByteBuffer

    private let makeSource: @Sendable () -> any ByteChunkSource

    /// Chunks from a fresh source per iteration.
    public init(_ makeSource: @escaping @Sendable () -> any ByteChunkSource) {
        self.makeSource = makeSource
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let source: any ByteChunkSource

        public mutating func next() async throws -> ByteBuffer? {
            try await source.nextChunk()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(source: makeSource())
    }

    /// Reads everything into one buffer, refusing more than `maxBytes`.
    public func collect(upTo maxBytes: Int) async throws -> ByteBuffer {
        var result = ByteBuffer()
        for try await chunk in self {
            guard result.readableBytes + chunk.readableBytes <= maxBytes else {
                throw ContentStoreError.tooLarge(limit: Int64(maxBytes))
            }
            var chunk = chunk
            result.writeBuffer(&chunk)
        }
        return result
    }
}

/// Serves a fixed list of buffers.
actor BufferListSource: ByteChunkSource {
    private var buffers: ArraySlice<ByteBuffer>

    init(_ buffers: [ByteBuffer]) {
        self.buffers = buffers[...]
    }

    func nextChunk() -> ByteBuffer? {
        buffers.popFirst()
    }
}
