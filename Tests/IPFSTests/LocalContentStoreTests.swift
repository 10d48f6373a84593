import Crypto
import Foundation
import NIOCore
import Testing

@testable import IPFS

@Suite("Local content store")
struct LocalContentStoreTests {
    private static let limit: Int64 = 8 << 20

    private func withStore(
        faults: WriteFaults = WriteFaults(), _ body: (LocalContentStore, TemporaryDirectory) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try LocalContentStore(
            directory: directory.path, maximumContentSize: Self.limit, computesCIDv0: true, threadPool: .singleton,
            faults: faults)
        try await body(store, directory)
    }

    @Test func streamsContentToItsCIDAndServesItBack() async throws {
        try await withStore { store, directory in
            let data = TestData.random(3 * 262_144 + 1000)
            let writer = try await store.beginWrite(name: "art.bin")
            try await TestData.write(data, to: writer, piece: 100_000)
            #expect(await writer.bytesWritten == Int64(data.count))
            let stored = try await writer.finish()

            #expect(stored.cid == (try TestData.cid(data)))
            #expect(stored.cid.description.hasPrefix("bafybei"))
            #expect(stored.size == Int64(data.count))
            #expect(stored.sha256 == SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())
            #expect(stored.mimeType == "application/octet-stream")
            #expect(directory.files(under: "tmp").isEmpty)
            #expect(try await store.has(stored.cid))

            let object = try #require(try await store.open(stored.cid))
            #expect(object.size == Int64(data.count))
            #expect(object.cid == stored.cid)
            #expect(object.sha256 == stored.sha256)
            #expect(try await TestData.collect(object.chunks()) == data)
            let path = try #require(object.filePath)
            #expect(FileManager.default.contents(atPath: path) == Data(data))
            #expect(path.hasSuffix("/" + stored.cid.description))
        }
    }

    @Test func sniffsTheMediaTypeFromTheBytes() async throws {
        try await withStore { store, _ in
            let png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] + TestData.random(20_000)
            #expect(try await store.put(bytes: png, name: nil).mimeType == "image/png")
            let json = Array(#"{"title":"Dawn","creators":[]}"#.utf8)
            let stored = try await store.put(bytes: json)
            #expect(stored.mimeType == "application/json")
            #expect(stored.cid.description.hasPrefix("bafkrei"))
            // Text for the first 8 KiB, binary later: not text.
            let mixed = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000) + [0x00, 0x01]
            #expect(try await store.put(bytes: mixed).mimeType == "application/octet-stream")
            #expect(try await store.open(stored.cid)?.mimeType == "application/json")
        }
    }

    @Test func deduplicatesIdenticalContent() async throws {
        try await withStore { store, directory in
            let data = TestData.random(300_000, seed: 9)
            let first = try await store.put(bytes: data)
            let second = try await store.put(bytes: data)
            #expect(first == second)
            #expect(
                directory.files(under: "blobs").filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".leaves") }.count == 1
            )
            #expect(directory.files(under: "tmp").isEmpty)
        }
    }

    @Test func concurrentWritesOfTheSameContentAgree() async throws {
        try await withStore { store, directory in
            let data = TestData.random(900_000, seed: 12)
            let results = try await withThrowingTaskGroup(of: StoredContent.self) { group in
                for _ in 0..<4 { group.addTask { try await store.put(bytes: data) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(results).count == 1)
            #expect(directory.files(under: "tmp").isEmpty)
            let object = try #require(try await store.open(results[0].cid))
            #expect(try await TestData.collect(object.chunks()) == data)
        }
    }

    @Test func refusesContentOverTheLimitAsSoonAsItPassesIt() async throws {
        try await withStore { store, directory in
            let writer = try await store.beginWrite(name: nil, sizeLimit: 1_000_000)
            try await writer.write(TestData.buffer(TestData.random(600_000)))
            await #expect(throws: ContentStoreError.tooLarge(limit: 1_000_000)) {
                try await writer.write(TestData.buffer(TestData.random(600_000)))
            }
            await #expect(throws: ContentStoreError.writerClosed) { try await writer.finish() }
            #expect(directory.files(under: "tmp").isEmpty)
            #expect(directory.files(under: "blobs").isEmpty)
            // A per-write limit cannot exceed the store's.
            let big = try await store.beginWrite(name: nil, sizeLimit: .max)
            await #expect(throws: ContentStoreError.tooLarge(limit: Self.limit)) {
                try await big.write(TestData.buffer([UInt8](repeating: 0, count: Int(Self.limit) + 1)))
            }
            await #expect(throws: ContentStoreError.tooLarge(limit: Self.limit)) {
                try await store.put(bytes: [UInt8](repeating: 0, count: Int(Self.limit) + 1))
            }
        }
    }

    @Test func refusesEmptyContent() async throws {
        try await withStore { store, directory in
            let writer = try await store.beginWrite()
            await #expect(throws: ContentStoreError.empty) { try await writer.finish() }
            await #expect(throws: ContentStoreError.empty) { try await store.put(bytes: []) }
            #expect(directory.files(under: "tmp").isEmpty)
            #expect(directory.files(under: "blobs").isEmpty)
        }
    }

    @Test func aFailureMidWriteLeavesNothingBehind() async throws {
        try await withStore(faults: WriteFaults(failWritesAfterBytes: 1_500_000)) { store, directory in
            let writer = try await store.beginWrite()
            await #expect(throws: ContentStoreError.self) {
                try await TestData.write(TestData.random(3_000_000), to: writer)
            }
            #expect(directory.files(under: "tmp").isEmpty)
            #expect(directory.files(under: "blobs").isEmpty)
        }
        try await withStore(faults: WriteFaults(failBeforeCommit: true)) { store, directory in
            let data = TestData.random(700_000)
            await #expect(throws: ContentStoreError.self) { try await store.put(bytes: data) }
            #expect(directory.files(under: "tmp").isEmpty)
            #expect(directory.files(under: "blobs").isEmpty)
            let cid = try TestData.cid(data)
            let present = try await store.has(cid)
            #expect(!present)
        }
    }

    @Test func cancelledAndAbandonedWritesLeaveNothingBehind() async throws {
        try await withStore { store, directory in
            let writer = try await store.beginWrite()
            try await TestData.write(TestData.random(2_500_000), to: writer)
            await writer.cancel()
            await writer.cancel()
            #expect(directory.files(under: "tmp").isEmpty)
            await #expect(throws: ContentStoreError.writerClosed) { try await writer.write(TestData.buffer([1])) }

            do {
                let abandoned = try await store.beginWrite()
                try await abandoned.write(TestData.buffer(TestData.random(10_000)))
            }
            #expect(directory.files(under: "tmp").isEmpty, "a dropped writer removes its temporary file")
            #expect(directory.files(under: "blobs").isEmpty)
        }
    }

    @Test func startUpRemovesAbandonedTemporaryFilesButNotLiveOnes() async throws {
        try await withStore { store, directory in
            let live = try await store.beginWrite()
            try await live.write(TestData.buffer([1, 2, 3]))
            let crashed = directory.path + "/tmp/incoming-crashed.tmp"
            #expect(FileManager.default.createFile(atPath: crashed, contents: Data([1, 2, 3])))
            #expect(directory.files(under: "tmp").count == 2)

            _ = try LocalContentStore(directory: directory.path, maximumContentSize: Self.limit)
            #expect(directory.files(under: "tmp").count == 1, "only the live writer's file is left")
            #expect(try await live.finish().size == 3)
            #expect(directory.files(under: "tmp").isEmpty)
        }
    }

    @Test func servesByteRanges() async throws {
        try await withStore { store, _ in
            let data = TestData.random(2 * 262_144 + 5000, seed: 4)
            let stored = try await store.put(bytes: data)
            let object = try #require(try await store.open(stored.cid))
            let size = object.size
            let ranges: [(ByteRangeRequest, Range<Int>)] = [
                (.from(first: 0, last: 99), 0..<100),  // first bytes
                (.from(first: 262_100, last: 262_299), 262_100..<262_300),  // middle, across a chunk boundary
                (.suffix(length: 500), data.count - 500..<data.count),  // suffix
                (.from(first: 524_288, last: nil), 524_288..<data.count),  // open-ended
                (.from(first: 10, last: 10_000_000), 10..<data.count),  // clamped
            ]
            for (request, expected) in ranges {
                let range = try #require(request.resolved(size: size))
                #expect(range == Int64(expected.lowerBound)..<Int64(expected.upperBound))
                #expect(try await TestData.collect(object.chunks(in: range)) == Array(data[expected]), "\(request)")
            }
            #expect(ByteRangeRequest.from(first: size, last: nil).resolved(size: size) == nil)
        }
    }

    @Test func resolvesTheCIDv0OfTheSameFile() async throws {
        try await withStore { store, _ in
            let data = TestData.random(600_000, seed: 5)
            let stored = try await store.put(bytes: data)
            let v0 = try TestData.cid(data, .cidV0)
            #expect(v0.description.hasPrefix("Qm"))
            #expect(try await store.has(v0))
            #expect(try await store.has(v0.v1), "the base32 re-encoding of the CIDv0 names the same DAG")
            let object = try #require(try await store.open(v0))
            #expect(object.cid == stored.cid)
            #expect(try await TestData.collect(object.chunks()) == data)
            #expect(try await store.open(try TestData.cid(data + [1], .cidV0)) == nil)
            #expect(try await store.has(try TestData.cid(data + [1])) == false)
        }
    }

    @Test func detectsAModifiedFileOnOpenAndWithdrawsIt() async throws {
        try await withStore { store, directory in
            let data = TestData.random(400_000, seed: 6)
            let stored = try await store.put(bytes: data)
            let path = try #require(try await store.open(stored.cid)?.filePath)
            let handle = try #require(FileHandle(forUpdatingAtPath: path))
            try handle.seek(toOffset: 300_000)
            handle.write(Data([data[300_000] ^ 0xff]))
            try handle.close()

            await #expect(throws: ContentStoreError.self) { try await store.open(stored.cid) }
            #expect(try await store.has(stored.cid) == false)
            #expect(directory.files(under: "quarantine").count == 1)
            // Uploading the content again heals the store.
            #expect(try await store.put(bytes: data) == stored)
            #expect(try await TestData.collect(try #require(try await store.open(stored.cid)).chunks()) == data)
        }
    }

    @Test func detectsCorruptionThatKeptTheFileStatusWhileReading() async throws {
        try await withStore { store, _ in
            let data = TestData.random(600_000, seed: 8)
            let stored = try await store.put(bytes: data)
            let path = store.layout.contentPath(stored.cid)
            var corrupted = data
            corrupted[400_000] ^= 0x01
            try Data(corrupted).write(to: URL(fileURLWithPath: path))
            // Pretend the change went unnoticed by the file status (bit rot): re-stamp the record.
            let recordPath = store.layout.recordPath(stored.cid)
            let record = try JSONDecoder().decode(
                LocalObjectRecord.self, from: Data(contentsOf: URL(fileURLWithPath: recordPath)))
            let restamped = LocalObjectRecord(
                format: record.format, cid: record.cid, cidV0: record.cidV0, size: record.size, sha256: record.sha256,
                mimeType: record.mimeType, verifiedFile: try #require(try FileStatus.of(path)))
            try Data(try restamped.encoded()).write(to: URL(fileURLWithPath: recordPath))

            let object = try #require(try await store.open(stored.cid))
            #expect(try await TestData.collect(object.chunks(in: 0..<1000)) == Array(data[0..<1000]), "intact chunk")
            await #expect(throws: ContentStoreError.self) {
                try await TestData.collect(object.chunks(in: 399_000..<401_000))
            }
            #expect(try await store.has(stored.cid) == false, "withdrawn after the failed chunk")
        }
    }

    @Test func rebuildsAMissingRecordByVerifyingTheFile() async throws {
        try await withStore { store, _ in
            let data = TestData.random(300_000, seed: 10)
            let stored = try await store.put(bytes: data)
            try FileManager.default.removeItem(atPath: store.layout.recordPath(stored.cid))
            try FileManager.default.removeItem(atPath: store.layout.leavesPath(stored.cid))
            let object = try #require(try await store.open(stored.cid))
            #expect(object.sha256 == stored.sha256)
            #expect(FileManager.default.fileExists(atPath: store.layout.recordPath(stored.cid)))
            #expect(try await TestData.collect(object.chunks()) == data)
        }
    }

    @Test func parsesRangeHeaders() {
        #expect(ByteRangeRequest(headerValue: "bytes=0-499") == .from(first: 0, last: 499))
        #expect(ByteRangeRequest(headerValue: "bytes=500-") == .from(first: 500, last: nil))
        #expect(ByteRangeRequest(headerValue: "bytes=-200") == .suffix(length: 200))
        #expect(ByteRangeRequest(headerValue: "bytes=5-1") == nil)
        #expect(ByteRangeRequest(headerValue: "bytes=0-1,5-6") == nil)
        #expect(ByteRangeRequest(headerValue: "items=0-1") == nil)
        #expect(ByteRangeRequest.suffix(length: 0).resolved(size: 10) == nil)
        #expect(ByteRangeRequest.suffix(length: 50).resolved(size: 10) == 0..<10)
    }
}
