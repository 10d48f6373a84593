/// Reads a journal from the start, verifying every frame and the hash chain.
///
/// A damaged *final* record is what a crash mid-append leaves (a torn write): it is reported
/// so the caller can cut it off. Damage anywhere else stops the scan with
/// ``JournalError/corruptRecord(index:offset:reason:)`` naming the record.
struct JournalScanner {
    struct Scanned {
        let record: JournalRecord
        let offset: UInt64
        let frameLength: Int
        let hash: Bytes32
    }

    struct Outcome: Sendable {
        /// Where the last intact record ends (the file is cut here if a torn tail was found).
        var validEnd: UInt64
        var lastHash: Bytes32
        var recordCount: UInt64
        /// Bytes of a torn final record, 0 when the file ended cleanly.
        var tornBytes: UInt64
    }

    private let file: JournalFile
    private let size: UInt64
    private var window: [UInt8] = []
    private var windowStart: UInt64 = 0
    private static let windowSize = 8 << 20

    init(file: JournalFile) throws(JournalError) {
        self.file = file
        size = try file.size()
    }

    /// Visits each intact record in order; `visit` may throw to stop (e.g. a replay failure).
    mutating func scan(_ visit: (Scanned) throws(JournalError) -> Void) throws(JournalError) -> Outcome {
        var offset = UInt64(JournalFraming.fileMagic.count)
        var previous = Bytes32.zero
        var index: UInt64 = 0
        while offset < size {
            let remaining = size - offset
            let torn = Outcome(validEnd: offset, lastHash: previous, recordCount: index, tornBytes: remaining)
            let header = try bytes(at: offset, count: min(Int(remaining), JournalFraming.headerLength))
            guard let length = JournalFraming.bodyLength(ofHeader: header) else {
                // An unreadable header is torn only if nothing but zeros (or a short header) follows.
                if try onlyZerosOrShort(from: offset, headerBytes: header) { return torn }
                throw .corruptRecord(index: index, offset: offset, reason: "invalid record header")
            }
            let frameLength = JournalFraming.headerLength + length + JournalFraming.hashLength
            let frameEnd = offset + UInt64(frameLength)
            if frameEnd > size { return torn }
            if length > JournalRecord.maxBodyLength {
                throw .corruptRecord(index: index, offset: offset, reason: "record length \(length) is implausible")
            }
            let body = try bytes(at: offset + UInt64(JournalFraming.headerLength), count: length)
            let stored = try bytes(
                at: offset + UInt64(JournalFraming.headerLength + length), count: JournalFraming.hashLength)
            let hash = JournalRecord.chainHash(previous: previous, body: body)
            guard hash.bytes == stored else {
                if frameEnd == size { return torn }
                throw .corruptRecord(index: index, offset: offset, reason: "hash chain mismatch")
            }
            guard let record = try? JournalRecord(body: body, withLogs: false) else {
                throw .corruptRecord(index: index, offset: offset, reason: "unreadable record body")
            }
            guard record.index == index else {
                throw .corruptRecord(index: index, offset: offset, reason: "record carries index \(record.index)")
            }
            try visit(Scanned(record: record, offset: offset, frameLength: frameLength, hash: hash))
            previous = hash
            index += 1
            offset = frameEnd
        }
        return Outcome(validEnd: offset, lastHash: previous, recordCount: index, tornBytes: 0)
    }

    /// A header cut short at the end of the file, or nothing but zeros to the end (pages the
    /// file system allocated but the crash kept from being written).
    private mutating func onlyZerosOrShort(from offset: UInt64, headerBytes: [UInt8]) throws(JournalError) -> Bool {
        if headerBytes.count < JournalFraming.headerLength
            && headerBytes.starts(with: JournalFraming.recordMagic.prefix(min(4, headerBytes.count)))
        {
            return true
        }
        var position = offset
        while position < size {
            let chunk = try bytes(at: position, count: Int(min(UInt64(1 << 20), size - position)))
            if chunk.contains(where: { $0 != 0 }) { return false }
            position += UInt64(chunk.count)
        }
        return true
    }

    private mutating func bytes(at offset: UInt64, count: Int) throws(JournalError) -> [UInt8] {
        if offset >= windowStart, offset + UInt64(count) <= windowStart + UInt64(window.count) {
            let start = Int(offset - windowStart)
            return Array(window[start..<(start + count)])
        }
        windowStart = offset
        window = try file.read(at: offset, count: max(count, Self.windowSize))
        return Array(window.prefix(count))
    }
}
