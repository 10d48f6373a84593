import NIOCore

/// The chunks of several sources, one after the other (a multipart body around a file).
actor ConcatenatedChunkSource: ByteChunkSource {
    private var sources: ArraySlice<any ByteChunkSource>

    init(_ sources: [any ByteChunkSource]) {
        self.sources = sources[...]
    }

    func nextChunk() async throws -> ByteBuffer? {
        while let source = sources.first {
            if let chunk = try await source.nextChunk() { return chunk }
            sources.removeFirst()
        }
        return nil
    }
}
