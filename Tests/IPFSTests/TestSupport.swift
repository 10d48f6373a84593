import Foundation
import NIOCore

@testable import IPFS

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "lore-ipfs-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Names of the regular files under `relative` (recursively).
    func files(under relative: String) -> [String] {
        let base = path + "/" + relative
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}

enum TestData {
    /// Deterministic pseudo-random bytes.
    static func random(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        var state = seed
        var bytes = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: state >> 33)
        }
        return bytes
    }

    /// The CID `ipfs add` prints for `bytes` with `options`.
    static func cid(_ bytes: [UInt8], _ options: UnixFSImportOptions = .cidV1) throws -> CID {
        var importer = UnixFSImporter(options: options)
        try importer.update(bytes)
        return try importer.finalize().root
    }

    static func buffer(_ bytes: some Sequence<UInt8>) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeBytes(Array(bytes))
        return buffer
    }

    /// Writes `bytes` through `writer` in pieces of `piece` bytes.
    static func write(_ bytes: [UInt8], to writer: any ContentWriter, piece: Int = 65_536) async throws {
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + piece, bytes.count)
            try await writer.write(buffer(bytes[offset..<end]))
            offset = end
        }
    }

    static func collect(_ chunks: ByteChunks) async throws -> [UInt8] {
        var result: [UInt8] = []
        for try await chunk in chunks { result.append(contentsOf: chunk.readableBytesView) }
        return result
    }
}
