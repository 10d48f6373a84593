#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin throwing wrappers over the POSIX file calls the stores need (pwrite/pread, fsync,
/// flock, rename). Every failure becomes ``ContentStoreError/io(operation:path:reason:)``.
struct POSIXFile {
    let descriptor: Int32
    let path: String

    /// Opens `path` with `flags` (and `mode` when creating).
    static func open(_ path: String, flags: Int32, mode: mode_t = 0o644) throws -> POSIXFile {
        let descriptor = path.withCString { systemOpen($0, flags | O_CLOEXEC, mode) }
        guard descriptor >= 0 else { throw POSIXFile.error("open", path) }
        return POSIXFile(descriptor: descriptor, path: path)
    }

    /// Writes all of `bytes` at `offset`.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        var written = 0
        while written < bytes.count {
            let result = pwrite(
                descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset) + off_t(written))
            if result < 0 {
                if errno == EINTR { continue }
                throw POSIXFile.error("write", path)
            }
            written += result
        }
    }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns how many were read (short only at the end).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
        var total = 0
        while total < buffer.count {
            let result = pread(
                descriptor, buffer.baseAddress! + total, buffer.count - total, off_t(offset) + off_t(total))
            if result < 0 {
                if errno == EINTR { continue }
                throw POSIXFile.error("read", path)
            }
            if result == 0 { break }
            total += result
        }
        return total
    }

    /// Flushes the file's data and metadata to stable storage.
    func sync() throws {
        guard fsync(descriptor) == 0 else { throw POSIXFile.error("fsync", path) }
    }

    /// Takes an exclusive advisory lock; false when another open file holds it.
    func tryLockExclusive() throws -> Bool {
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
        if errno == EWOULDBLOCK { return false }
        throw POSIXFile.error("flock", path)
    }

    /// The file's identity and change times.
    func status() throws -> FileStatus {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw POSIXFile.error("stat", path) }
        return FileStatus(info)
    }

    func close() {
        _ = systemClose(descriptor)
    }

    static func error(_ operation: String, _ path: String) -> ContentStoreError {
        .io(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}

/// What identifies one version of a file: the stores remember it for files they verified, and
/// a file whose status changed since is verified again before being served.
struct FileStatus: Codable, Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedNanoseconds: Int64
    let changedNanoseconds: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modifiedNanoseconds = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changedNanoseconds = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// The status of the file at `path`, or nil when there is none.
    static func of(_ path: String) throws -> FileStatus? {
        var info = stat()
        if stat(path, &info) == 0 { return FileStatus(info) }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw POSIXFile.error("stat", path)
    }
}

/// Filesystem operations on paths.
enum FileSystem {
    /// Atomically replaces `destination` with `source` (same filesystem).
    static func rename(_ source: String, to destination: String) throws {
        guard systemRename(source, destination) == 0 else { throw POSIXFile.error("rename", source) }
    }

    /// Removes `path`; a missing file is not an error.
    static func remove(_ path: String) {
        _ = unlink(path)
    }

    /// Creates `path` and its parents (mode 0755) when missing.
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw POSIXFile.error("mkdir", current)
            }
        }
    }

    /// Flushes a directory, so renames and creations in it survive a crash.
    static func syncDirectory(_ path: String) throws {
        let directory = try POSIXFile.open(path, flags: O_RDONLY | O_DIRECTORY)
        defer { directory.close() }
        try directory.sync()
    }

    /// Names of the entries of a directory (without `.` and `..`).
    static func entries(of path: String) throws -> [String] {
        guard let stream = opendir(path) else {
            if errno == ENOENT { return [] }
            throw POSIXFile.error("opendir", path)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Reads a whole (small) file; nil when it does not exist.
    static func readFile(_ path: String) throws -> [UInt8]? {
        guard try FileStatus.of(path) != nil else { return nil }
        let file = try POSIXFile.open(path, flags: O_RDONLY)
        defer { file.close() }
        let size = Int(try file.status().size)
        var bytes = [UInt8](repeating: 0, count: size)
        let count = try bytes.withUnsafeMutableBytes { try file.read(into: $0, at: 0) }
        return Array(bytes.prefix(count))
    }
}

private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}

private func systemRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
