import AsyncHTTPClient
import Ethereum
import Foundation
import IPFS
import NIOCore

/// A 1 GiB file through `POST /api/assets/upload-to-ipfs/` over loopback, streamed from the
/// client (generated on the fly, never held), against writing the same bytes straight into a
/// `LocalContentStore` in the same run. Reports throughput and the process' peak RSS growth
/// (VmHWM; the server, the client and the baseline all run in this process, so it is an upper
/// bound for the server). The budget: ≤ ~64 MB growth for 1 GiB.
let uploadSuite = HTTPBenchmarkSuite(name: "upload") {
    let body = GeneratedUpload(fileSize: 1 << 30)
    // The baseline runs before and after the upload: the disk's write-back makes successive
    // 1 GiB writes (each fsynced) differ by tens of percent.
    let before = try await writeDirectly(body)
    let upload = try await uploadThroughServer(body, expecting: before.cid)
    let after = try await writeDirectly(body)

    let megabytes = Double(body.fileSize) / 1e6
    let directSeconds = (before.seconds + after.seconds) / 2
    report(
        "upload", "direct LocalContentStore write of 1 GiB (baseline, before) throughput", megabytes / before.seconds,
        "MB/s")
    report(
        "upload", "direct LocalContentStore write of 1 GiB (baseline, after) throughput", megabytes / after.seconds,
        "MB/s")
    report("upload", "direct write peak RSS growth", Double(max(before.growth, after.growth)) / 1_048_576, "MiB")
    report(
        "upload", "POST upload-to-ipfs of 1 GiB (streamed multipart, loopback) throughput", megabytes / upload.seconds,
        "MB/s")
    report("upload", "upload peak RSS growth (server and client in-process)", Double(upload.growth) / 1_048_576, "MiB")
    report("upload", "upload / direct (mean of both) throughput ratio", directSeconds / upload.seconds, "x")
}

/// One timed transfer: wall time, peak RSS growth, the CID stored.
private struct Transfer {
    let seconds: Double
    let growth: Int
    let cid: String
}

/// The file written straight into a fresh `LocalContentStore` (the app's store, without HTTP).
private func writeDirectly(_ body: GeneratedUpload) async throws -> Transfer {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lore-bench-store-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try LocalContentStore(directory: directory, maximumContentSize: Int64(body.fileSize))
    let memory = PeakMemory.start()
    let start = DispatchTime.now().uptimeNanoseconds
    let writer = try await store.beginWrite(name: "bench.png")
    for try await block in body.fileBlocks() { try await writer.write(block) }
    let stored = try await writer.finish()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return Transfer(seconds: seconds, growth: memory.growth(), cid: stored.cid.description)
}

/// The file posted to a Lore server on loopback by a signed-in user, streamed from the client.
private func uploadThroughServer(_ body: GeneratedUpload, expecting cid: String) async throws -> Transfer {
    let server = try await BenchServer.start(["LORE_MAX_UPLOAD_MB": "1024"])
    let client = HTTPClient(
        eventLoopGroupProvider: .singleton, configuration: .init(timeout: .init(connect: .seconds(5))))
    do {
        let access = try await signIn(client: client, baseURL: server.baseURL)
        var request = HTTPClientRequest(url: server.baseURL + "/api/assets/upload-to-ipfs/")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(access)")
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(GeneratedUpload.boundary)")
        request.body = .stream(body.requestBody(), length: .known(Int64(body.requestLength)))

        let memory = PeakMemory.start()
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await client.execute(request, timeout: .seconds(1800))
        let answer = try await response.body.collect(upTo: 1 << 16)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let growth = memory.growth()
        guard response.status == .created,
            let json = try JSONSerialization.jsonObject(with: Data(buffer: answer)) as? [String: Any],
            json["cid"] as? String == cid, json["size"] as? Int == body.fileSize
        else {
            throw BenchError("upload: HTTP \(response.status.code) \(String(buffer: answer)); expected \(cid)")
        }
        try await client.shutdown()
        try await server.stop()
        return Transfer(seconds: seconds, growth: growth, cid: cid)
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
}

/// A PNG-signed file of pseudo-random bytes, produced block by block from one 1 MiB buffer, and
/// the multipart body around it.
struct GeneratedUpload: Sendable {
    static let boundary = "lore-bench-boundary-7f3a"
    static let blockSize = 1 << 20
    let fileSize: Int
    private let block: ByteBuffer
    private let firstBlock: ByteBuffer
    private let head = ByteBuffer(
        string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"asset_type\"\r\n\r\n"
            + "digital_art\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n")
    private let tail = ByteBuffer(string: "\r\n--\(boundary)--\r\n")

    init(fileSize: Int) {
        precondition(fileSize % Self.blockSize == 0)
        self.fileSize = fileSize
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        var bytes = [UInt8](repeating: 0, count: Self.blockSize)
        for index in bytes.indices {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: state >> 33)
        }
        block = ByteBuffer(bytes: bytes)
        bytes.replaceSubrange(0..<8, with: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        firstBlock = ByteBuffer(bytes: bytes)
    }

    var requestLength: Int { head.readableBytes + fileSize + tail.readableBytes }

    /// The file's bytes, one 1 MiB block at a time (the same storage, never copied).
    func fileBlocks() -> BufferSequence {
        let (count, block, first) = (fileSize / Self.blockSize, block, firstBlock)
        return BufferSequence { index in index < count ? (index == 0 ? first : block) : nil }
    }

    /// The whole multipart request body.
    func requestBody() -> BufferSequence {
        let (count, block, first, head, tail) = (fileSize / Self.blockSize, block, firstBlock, head, tail)
        return BufferSequence { index in
            switch index {
            case 0: head
            case 1: first
            case 2...count: block
            case count + 1: tail
            default: nil
            }
        }
    }
}

/// Buffers produced by index on demand: a streamed request body that is never held.
struct BufferSequence: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let buffer: @Sendable (Int) -> ByteBuffer?

    struct AsyncIterator: AsyncIteratorProtocol {
        let buffer: @Sendable (Int) -> ByteBuffer?
        var index = 0

        mutating func next() async -> ByteBuffer? {
            defer { index += 1 }
            return buffer(index)
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(buffer: buffer) }
}

/// The process' peak resident set growth over a span: the kernel's high-water mark (VmHWM) is
/// reset at the start where Linux allows (`/proc/self/clear_refs` 5), else the growth is
/// measured against the peak so far.
struct PeakMemory {
    private let baseline: Int

    static func start() -> PeakMemory {
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let status = ProcStatus.read()
        return PeakMemory(baseline: reset ? status.rss : status.peak)
    }

    /// Bytes the peak RSS rose above the start.
    func growth() -> Int {
        max(ProcStatus.read().peak - baseline, 0)
    }
}

/// `VmRSS` and `VmHWM` of /proc/self/status, in bytes.
enum ProcStatus {
    static func read() -> (rss: Int, peak: Int) {
        let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func value(_ key: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return (value("VmRSS"), value("VmHWM"))
    }
}
