import Foundation
import Story

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A running `lore-pure-bench ledger-crash-writer` (Sources/PureBench/LedgerCrashWriter.swift):
/// launched with its stdout and stderr in files, so every line it flushed before a SIGKILL can
/// be read afterwards without a reader having to keep up with it.
struct CrashWriterProcess {
    /// One `ACK <txhash> <kind> <key>` line.
    struct Acknowledgement: Hashable, Sendable {
        static let kinds: Set<String> = ["registration", "derivative", "faucet", "payment", "claim"]
        let transactionHash: Bytes32
        let kind: String
        let key: String
    }

    /// What the writer printed so far (complete lines only: a line cut by the kill is ignored).
    struct Output {
        var isReady = false
        var isDone = false
        var acknowledgements: [Acknowledgement] = []
        var malformedLines: [String] = []
    }

    let process: Process
    private let standardOutputURL: URL
    private let standardErrorURL: URL

    /// Starts the writer on the ledger in `directory`; its output goes to files in `scratch`.
    static func launch(
        executable: URL, directory: URL, count: Int, concurrency: Int, scratch: URL, round: Int
    ) throws -> CrashWriterProcess {
        let standardOutputURL = scratch.appendingPathComponent("round-\(round).out")
        let standardErrorURL = scratch.appendingPathComponent("round-\(round).err")
        for url in [standardOutputURL, standardErrorURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["ledger-crash-writer", directory.path, String(count), String(concurrency)]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: standardOutputURL)
        process.standardError = try FileHandle(forWritingTo: standardErrorURL)
        try process.run()
        return CrashWriterProcess(
            process: process, standardOutputURL: standardOutputURL, standardErrorURL: standardErrorURL)
    }

    /// Parses everything the writer has flushed so far.
    func output() throws -> Output {
        let text = String(decoding: try Data(contentsOf: standardOutputURL), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // "" after the final newline, or a line the kill cut short
        var output = Output()
        for line in lines {
            let fields = line.split(separator: " ")
            if fields.count == 2, fields[0] == "READY", !output.isReady, output.acknowledgements.isEmpty {
                output.isReady = true
            } else if fields == ["DONE"], !output.isDone {
                output.isDone = true
            } else if fields.count == 4, fields[0] == "ACK", output.isReady, !output.isDone,
                let hash = try? Bytes32(hex: String(fields[1])), Acknowledgement.kinds.contains(String(fields[2]))
            {
                output.acknowledgements.append(
                    Acknowledgement(transactionHash: hash, kind: String(fields[2]), key: String(fields[3])))
            } else {
                output.malformedLines.append(String(line))
            }
        }
        return output
    }

    /// What the writer wrote to stderr (its error, if it stopped by itself).
    var standardError: String {
        (try? String(contentsOf: standardErrorURL, encoding: .utf8)) ?? ""
    }

    /// Polls the output every few milliseconds until `condition` holds (true), or the writer
    /// exits or `timeout` passes (false).
    func wait(timeout: Duration, until condition: (Output) -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try condition(output()) { return true }
            if !process.isRunning { return try condition(output()) }
            try await Task.sleep(for: .milliseconds(2))
        }
        return false
    }

    /// Kills the writer without warning (SIGKILL: no handler, no flush, no clean-up runs).
    func killWithoutWarning() {
        if process.isRunning { _ = kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the writer to be gone; false if it is still running after `timeout`.
    func waitForExit(timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// True when the writer ended by the SIGKILL (rather than finishing or failing first).
    var wasKilled: Bool {
        process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }
}

/// Where `swift build` put `lore-pure-bench`: beside the test bundle, in the same build directory.
enum CrashWriterExecutable {
    static let name = "lore-pure-bench"

    static let url: URL? = {
        var directories: [URL] = []
        if let main = Bundle.main.executableURL { directories.append(main.deletingLastPathComponent()) }
        // On macOS the runner is Xcode's `xctest`; the bundle itself sits in the build directory.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        return directories.lazy.map { $0.appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isBuilt: Bool { url != nil }

    /// Under CI the writer must be there: `make test` builds every product before testing.
    static var missingUnderCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" && !isBuilt }

    static var skipReason: String {
        "\(name) is not built beside the test bundle (\(Bundle.main.bundleURL.path)); "
            + "run `swift build` before `swift test` to run the kill-and-replay test"
    }
}
