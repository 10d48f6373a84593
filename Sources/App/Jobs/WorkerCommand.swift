import Vapor

/// `lore worker`: runs the scheduler and job workers without serving HTTP, until interrupted.
struct WorkerCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Runs background jobs (the scheduler and workers) without serving HTTP." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let workers = max(1, app.lore.config.workerCount)
        let background = BackgroundWork(workerCount: workers)
        try await background.didBootAsync(app)
        context.console.print("Lore worker: \(workers) worker(s) running; press Ctrl-C to stop.")
        await TerminationSignal.wait()
        await background.shutdownAsync(app)
    }
}

/// Waits for SIGINT or SIGTERM.
enum TerminationSignal {
    /// Keeps the dispatch sources alive while waiting; they are only touched on creation.
    private final class Sources: @unchecked Sendable {
        var sources: [any DispatchSourceSignal] = []
    }

    static func wait() async {
        let holder = Sources()
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { continuation.finish() }
            source.resume()
            holder.sources.append(source)
        }
        for await _ in stream {}
        for source in holder.sources { source.cancel() }
    }
}
