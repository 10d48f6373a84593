import NIOCore
import NIOPosix

/// The ``ContentWriter`` both stores use: buffers incoming chunks up to 1 MiB, then digests
/// and appends them to a ``SpoolFile`` on the thread pool (file I/O and hashing never block
/// the caller's executor), enforces the size limit as bytes arrive, and on `finish` hands the
/// completed spool to the store's `commit` (rename into place, or upload).
actor StreamingContentWriter: ContentWriter {
    typealias Commit = @Sendable (SpoolFile, ContentDigester.Digest) async throws -> StoredContent

    private static let batchSize = 1 << 20

    private enum State {
        case open
        /// A batch or the commit is running on the thread pool.
        case busy
        /// `cancel()` arrived while busy: the running step closes the writer when it returns.
        case cancelRequested
        case closed
    }

    private let spool: SpoolFile
    private let sizeLimit: Int64
    private let threadPool: NIOThreadPool
    private let commit: Commit
    private var staging = ByteBuffer()
    private var state = State.open
    private var received: Int64 = 0

    init(spool: SpoolFile, sizeLimit: Int64, threadPool: NIOThreadPool, commit: @escaping Commit) {
        self.spool = spool
        self.sizeLimit = sizeLimit
        self.threadPool = threadPool
        self.commit = commit
    }

    var bytesWritten: Int64 { received }

    func write(_ chunk: ByteBuffer) async throws {
        guard state == .open else { throw ContentStoreError.writerClosed }
        guard received + Int64(chunk.readableBytes) <= sizeLimit else {
            close()
            throw ContentStoreError.tooLarge(limit: sizeLimit)
        }
        received += Int64(chunk.readableBytes)
        var chunk = chunk
        staging.writeBuffer(&chunk)
        if staging.readableBytes >= Self.batchSize {
            try await flushStaging()
        }
    }

    func finish() async throws -> StoredContent {
        guard state == .open else { throw ContentStoreError.writerClosed }
        try await flushStaging()
        guard received > 0 else {
            close()
            throw ContentStoreError.empty
        }
        state = .busy
        defer { close() }
        let spool = self.spool
        let digest = try await threadPool.runIfActive { try spool.complete() }
        return try await commit(spool, digest)
    }

    func cancel() {
        // The spool must not be closed under a thread-pool job that is still using it.
        if state == .busy {
            state = .cancelRequested
        } else {
            close()
        }
    }

    private func flushStaging() async throws {
        guard staging.readableBytes > 0 else { return }
        state = .busy
        let batch = staging
        let spool = self.spool
        staging = ByteBuffer()
        do {
            try await threadPool.runIfActive {
                try batch.withUnsafeReadableBytes { try spool.append($0) }
            }
        } catch {
            close()
            throw error
        }
        guard state == .busy else {
            close()
            throw ContentStoreError.writerClosed
        }
        state = .open
        staging = batch
        staging.clear()
    }

    private func close() {
        state = .closed
        staging = ByteBuffer()
        spool.discard()
    }
}
