import Crypto
import Ethereum

/// One journal record: the genesis settings (record 0) or one transaction with its receipt logs.
///
/// Each record's chain hash is SHA-256(previous record's hash ‖ body), so every record seals the
/// whole history before it and an altered record is detected (framing: ``JournalFraming``).
/// Body: `u8 kind ‖ u64 index ‖ u64 blockNumber ‖ u64 timestamp ‖ payload`; a transaction's
/// payload is `from ‖ to ‖ calldata ‖ txHash ‖ logs` (calldata is Story's own ABI calldata).
struct JournalRecord: Equatable {
    enum Payload: Equatable {
        case genesis(settingsJSON: [UInt8])
        case transaction(from: Address, to: Address, calldata: [UInt8], transactionHash: Bytes32, logs: [EncodedLog])
    }

    /// A log as a chain stores it: emitter, topics, data.
    struct EncodedLog: Equatable {
        let address: Address
        let topics: [Bytes32]
        let data: [UInt8]
    }

    let index: UInt64
    let blockNumber: UInt64
    let timestamp: UInt64
    let payload: Payload
    /// Number of logs of a transaction record (known even when the logs were not decoded).
    let logCount: Int

    /// Largest body accepted when reading (a corrupted length must not allocate gigabytes).
    static let maxBodyLength = 64 << 20

    var body: [UInt8] {
        var w = ByteWriter(capacity: 512)
        switch payload {
        case .genesis(let json):
            w.u8(0)
            header(&w)
            w.blob(json)
        case .transaction(let from, let to, let calldata, let hash, let logs):
            w.u8(1)
            header(&w)
            w.raw(from.bytes)
            w.raw(to.bytes)
            w.blob(calldata)
            w.raw(hash.bytes)
            w.u32(UInt32(logs.count))
            for log in logs {
                w.raw(log.address.bytes)
                w.u8(UInt8(log.topics.count))
                for topic in log.topics { w.raw(topic.bytes) }
                w.blob(log.data)
            }
        }
        return w.bytes
    }

    private func header(_ w: inout ByteWriter) {
        w.u64(index)
        w.u64(blockNumber)
        w.u64(timestamp)
    }

    static func chainHash(previous: Bytes32, body: [UInt8]) -> Bytes32 {
        var hasher = SHA256()
        hasher.update(data: previous.bytes)
        hasher.update(data: body)
        return Bytes32(unchecked: Array(hasher.finalize()))
    }

    /// Parses a body; `withLogs: false` skips decoding the logs (replay does not need them).
    init(body: [UInt8], withLogs: Bool = true) throws(ByteReader.Truncated) {
        var r = ByteReader(body)
        let kind = try r.u8()
        index = try r.u64()
        blockNumber = try r.u64()
        timestamp = try r.u64()
        if kind == 0 {
            payload = .genesis(settingsJSON: try r.blob())
            logCount = 0
        } else {
            let from = Address(unchecked: try r.raw(20))
            let to = Address(unchecked: try r.raw(20))
            let calldata = try r.blob()
            let hash = Bytes32(unchecked: try r.raw(32))
            var logs: [EncodedLog] = []
            let count = try r.u32()
            logCount = Int(count)
            if withLogs {
                for _ in 0..<count {
                    let address = Address(unchecked: try r.raw(20))
                    let topicCount = try r.u8()
                    var topics: [Bytes32] = []
                    for _ in 0..<topicCount { topics.append(Bytes32(unchecked: try r.raw(32))) }
                    logs.append(EncodedLog(address: address, topics: topics, data: try r.blob()))
                }
            }
            payload = .transaction(from: from, to: to, calldata: calldata, transactionHash: hash, logs: logs)
        }
    }

    init(index: UInt64, blockNumber: UInt64, timestamp: UInt64, payload: Payload) {
        self.index = index
        self.blockNumber = blockNumber
        self.timestamp = timestamp
        self.payload = payload
        if case .transaction(_, _, _, _, let logs) = payload { logCount = logs.count } else { logCount = 0 }
    }
}
