#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A POSIX file opened for appending and positional reads, with durable syncs.
final class JournalFile: @unchecked Sendable {
    // The descriptor is immutable after init; positional I/O on it is thread-safe.
    let path: String
    private let fd: Int32

    /// Opens (creating if needed) and locks the file: one ledger per journal. A previous owner in
    /// this process may still be closing it, so a held lock is retried for up to two seconds.
    init(path: String) throws(JournalError) {
        self.path = path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(operation: "open", path: path, errno: errno) }
        var attempts = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            attempts += 1
            guard reason == EWOULDBLOCK, attempts < 200 else {
                close(descriptor)
                throw reason == EWOULDBLOCK ? .locked(path: path) : .io(operation: "lock", path: path, errno: reason)
            }
            usleep(10_000)
        }
        fd = descriptor
    }

    deinit { close(fd) }

    func size() throws(JournalError) -> UInt64 {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(operation: "stat", path: path, errno: errno) }
        return UInt64(info.st_size)
    }

    /// Reads exactly `count` bytes at `offset` (fewer only at end of file).
    func read(at offset: UInt64, count: Int) throws(JournalError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "read", path: path, errno: errno)
            }
            if n == 0 { break }
            done += n
        }
        if done < count { buffer.removeLast(count - done) }
        return buffer
    }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: [UInt8], at offset: UInt64) throws(JournalError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                pwrite(fd, raw.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(operation: "write", path: path, errno: errno)
            }
            done += n
        }
    }

    /// Flushes written data to stable storage (fdatasync where available).
    func sync() throws(JournalError) {
        #if canImport(Glibc)
            let result = fdatasync(fd)
        #else
            let result = fsync(fd)
        #endif
        guard result == 0 else { throw .io(operation: "fsync", path: path, errno: errno) }
    }

    func truncate(to length: UInt64) throws(JournalError) {
        guard ftruncate(fd, off_t(length)) == 0 else { throw .io(operation: "truncate", path: path, errno: errno) }
        try sync()
    }

    /// fsyncs the directory so a newly created file's entry survives a crash.
    static func syncDirectory(_ path: String) throws(JournalError) {
        let dir = open(path, O_RDONLY)
        guard dir >= 0 else { throw .io(operation: "open", path: path, errno: errno) }
        defer { close(dir) }
        guard fsync(dir) == 0 else { throw .io(operation: "fsync", path: path, errno: errno) }
    }
}
