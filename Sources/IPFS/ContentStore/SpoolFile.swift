#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file that incoming content is streamed into while it is digested. The file is
/// created exclusively under a random name and stays locked (`flock`) while its writer lives,
/// so a start-up sweep can tell abandoned temporary files from ones still being written.
///
/// Not thread-safe: its ``StreamingContentWriter`` makes one call at a time, each on the
/// thread pool, which is what makes the `@unchecked Sendable` hand-off sound.
final class SpoolFile: @unchecked Sendable {
    /// Prefix of every temporary file name (the sweep only touches these).
    static let namePrefix = "incoming-"

    let path: String
    private var file: POSIXFile?
    private var digester: ContentDigester
    private var offset: Int64 = 0
    private let faults: WriteFaults

    /// Creates and locks a new temporary file in `directory`.
    init(directory: String, computesCIDv0: Bool, faults: WriteFaults = WriteFaults()) throws {
        let file = try SpoolFile.makeLockedTemporary(in: directory)
        self.path = file.path
        self.file = file
        self.digester = ContentDigester(computesCIDv0: computesCIDv0)
        self.faults = faults
    }

    deinit {
        discard()
    }

    /// Digests and appends `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let file else { throw ContentStoreError.writerClosed }
        if let failAt = faults.failWritesAfterBytes, offset + Int64(bytes.count) > failAt {
            throw ContentStoreError.io(operation: "write", path: path, reason: "injected failure")
        }
        try digester.update(bytes)
        try file.write(bytes, at: offset)
        offset += Int64(bytes.count)
    }

    /// Flushes the file to disk and returns the digest of everything appended.
    func complete() throws -> ContentDigester.Digest {
        guard let file else { throw ContentStoreError.writerClosed }
        try file.sync()
        return try digester.finalize()
    }

    /// Closes the file, keeping it (after it was renamed into place).
    func close() {
        file?.close()
        file = nil
    }

    /// Closes and removes the file. Idempotent.
    func discard() {
        guard let file else { return }
        file.close()
        self.file = nil
        FileSystem.remove(path)
    }

    /// Creates a new, exclusively named and locked temporary file in `directory`.
    static func makeLockedTemporary(in directory: String) throws -> POSIXFile {
        let name =
            namePrefix + String(UInt64.random(in: .min ... .max), radix: 16)
            + String(UInt64.random(in: .min ... .max), radix: 16) + ".tmp"
        let file = try POSIXFile.open(directory + "/" + name, flags: O_CREAT | O_EXCL | O_RDWR, mode: 0o644)
        guard try file.tryLockExclusive() else {
            file.close()
            FileSystem.remove(file.path)
            throw ContentStoreError.io(operation: "lock", path: file.path, reason: "already locked")
        }
        return file
    }

    /// Removes temporary files in `directory` that no live writer holds (left by a crash).
    static func removeAbandoned(in directory: String) throws {
        for name in try FileSystem.entries(of: directory) where name.hasPrefix(namePrefix) {
            let path = directory + "/" + name
            guard let file = try? POSIXFile.open(path, flags: O_RDWR) else { continue }
            defer { file.close() }
            if try file.tryLockExclusive() {
                FileSystem.remove(path)
            }
        }
    }
}

/// Failures a test can inject into a write, to check that nothing is left behind.
struct WriteFaults: Sendable {
    /// Fail the write that would take the file past this many bytes.
    var failWritesAfterBytes: Int64?
    /// Fail just before the completed file is renamed to its final name.
    var failBeforeCommit = false
}
