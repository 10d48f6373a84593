import Foundation
import IPFS
import NIOCore

/// UnixFS importer throughput, local-store write throughput, and the local store's peak
/// memory growth while writing a 1 GiB stream (the upload path must stay under ~64 MB).
let ipfsSuite = BenchmarkSuite(name: "ipfs") {
    let mebibyte = 1 << 20
    var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    let block = (0..<mebibyte).map { _ -> UInt8 in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 33)
    }

    // 1. The importer alone: 256 MiB, CIDv1 raw leaves (what Lore names content by).
    var importer = UnixFSImporter(options: .cidV1)
    let importSeconds = try measure {
        for _ in 0..<256 { try importer.update(block) }
        _ = try importer.finalize()
    }
    report("ipfs", "UnixFS import (CIDv1 raw leaves) 256MiB throughput", 256 / importSeconds, "MB/s")

    // 2. Writes through the local store, fed as 64 KiB ByteBuffers like an HTTP body.
    let pieces: [ByteBuffer] = stride(from: 0, to: mebibyte, by: 65_536).map { offset in
        var buffer = ByteBuffer()
        buffer.writeBytes(block[offset..<offset + 65_536])
        return buffer
    }
    let root = NSTemporaryDirectory() + "lore-ipfs-bench-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    for computesCIDv0 in [true, false] {
        let store = try LocalContentStore(
            directory: root + "/store-\(computesCIDv0)", maximumContentSize: 2 << 30, computesCIDv0: computesCIDv0)
        let seconds = try await measureAsync {
            let writer = try await store.beginWrite()
            for _ in 0..<256 { for piece in pieces { try await writer.write(piece) } }
            _ = try await writer.finish()
        }
        let label = computesCIDv0 ? "with CIDv0 alias" : "CIDv1 only"
        report("ipfs", "local store write 256MiB (\(label)) throughput", 256 / seconds, "MB/s")
    }

    // 3. Peak RSS growth while writing 1 GiB through the local store.
    let store = try LocalContentStore(directory: root + "/store-gib", maximumContentSize: 2 << 30)
    resetPeakResidentSize()
    let before = procStatusKiB("VmRSS")
    let seconds = try await measureAsync {
        let writer = try await store.beginWrite()
        for _ in 0..<1024 { for piece in pieces { try await writer.write(piece) } }
        let stored = try await writer.finish()
        precondition(stored.size == 1 << 30)
    }
    let peak = procStatusKiB("VmHWM")
    report("ipfs", "local store write 1GiB throughput", 1024 / seconds, "MB/s")
    report("ipfs", "local store write 1GiB peak RSS growth", Double(peak - before) / 1024, "MiB")
}

/// Resets VmHWM to the current RSS (Linux `clear_refs` value 5), so the peak is this step's.
private func resetPeakResidentSize() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// A `/proc/self/status` figure in KiB (0 where unavailable).
private func procStatusKiB(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}
