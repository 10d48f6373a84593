import Crypto
import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a byte range of a file chunk by chunk on the thread pool. With leaf digests it reads
/// whole 262144-byte chunks and checks each against its raw-leaf digest before handing out any
/// byte of it — the block-level verification an IPFS node does — so a range request costs at
/// most two extra partial chunks and never serves a corrupted byte.
actor FileChunkSource: ByteChunkSource {
    /// What a verified read checks chunks against.
    struct Verification: Sendable {
        let cid: CID
        let fileSize: Int64
        let leafDigests: [UInt8]
        /// Called once when a chunk does not match (the store withdraws the content).
        let onCorruption: @Sendable () -> Void
    }

    /// One leaf of the CIDv1 DAG: the unit the recorded leaf digests cover.
    private static let readSize = LeafDigests.chunkSize

    private let path: String
    private let range: Range<Int64>
    private let verification: Verification?
    private let threadPool: NIOThreadPool
    private var file: POSIXFile?
    private var position: Int64

    init(path: String, range: Range<Int64>, verification: Verification?, threadPool: NIOThreadPool) {
        self.path = path
        self.range = range
        self.verification = verification
        self.threadPool = threadPool
        self.position = range.lowerBound
    }

    deinit {
        file?.close()
    }

    func nextChunk() async throws -> ByteBuffer? {
        guard position < range.upperBound else {
            file?.close()
            file = nil
            return nil
        }
        if file == nil {
            let path = self.path
            file = try await threadPool.runIfActive { try POSIXFile.open(path, flags: O_RDONLY) }
        }
        guard let file else { return nil }
        let chunkSize = Int64(Self.readSize)
        let start = verification == nil ? position : position / chunkSize * chunkSize
        let end = verification.map { min(start + chunkSize, $0.fileSize) } ?? min(start + chunkSize, range.upperBound)
        let verification = self.verification
        let chunk = try await threadPool.runIfActive { () throws -> ByteBuffer in
            let length = Int(end - start)
            var buffer = ByteBufferAllocator().buffer(capacity: length)
            let count = try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { target in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: target[0..<length]), at: start)
            }
            if let verification {
                try Self.verify(buffer, count: count, expected: length, start: start, verification)
            } else if count < length {
                throw ContentStoreError.io(operation: "read", path: file.path, reason: "the file ended early")
            }
            return buffer
        }
        let sliceStart = Int(position - start)
        let sliceEnd = Int(min(range.upperBound, end) - start)
        position = start + Int64(sliceEnd)
        return chunk.getSlice(at: chunk.readerIndex + sliceStart, length: sliceEnd - sliceStart)
    }

    private static func verify(
        _ buffer: ByteBuffer, count: Int, expected: Int, start: Int64, _ verification: Verification
    ) throws {
        let index = Int(start / Int64(readSize))
        let matches =
            count == expected
            && buffer.withUnsafeReadableBytes { bytes in
                let digest = SHA256.digest(bytes)
                return digest.elementsEqual(verification.leafDigests[index * 32..<(index + 1) * 32])
            }
        guard matches else {
            verification.onCorruption()
            throw ContentStoreError.corrupted(
                cid: verification.cid.description, reason: "chunk \(index) does not match its hash")
        }
    }
}
