import Fluent
import Vapor

/// The scheduler and the job workers, started with the application (`lore serve` in-process,
/// `lore worker` alone) and stopped with it.
final class BackgroundWork: LifecycleHandler, @unchecked Sendable {
    // Set in didBoot and read in shutdown, which Vapor calls one after the other.
    private var tasks: [Task<Void, Never>] = []
    let workerCount: Int
    let tickInterval: Duration

    init(workerCount: Int, tickInterval: Duration = .seconds(15)) {
        self.workerCount = workerCount
        self.tickInterval = tickInterval
    }

    func didBootAsync(_ app: Application) async throws {
        guard workerCount > 0 else { return }
        let services = app.lore
        let logger = app.logger
        let tickInterval = self.tickInterval
        tasks.append(
            Task { [weak app] in
                while !Task.isCancelled {
                    guard let app else { return }
                    do {
                        try await RecurringSchedule.tick(
                            services.schedules, queue: services.jobQueue, now: services.clock.now(), on: app.db)
                    } catch {
                        logger.warning("Scheduler tick failed: \(String(reflecting: error))")
                    }
                    try? await Task.sleep(for: tickInterval)
                }
            })
        for _ in 0..<workerCount {
            let worker = app.makeJobWorker()
            tasks.append(Task { await worker.run() })
        }
    }

    func shutdownAsync(_ app: Application) async {
        for task in tasks { task.cancel() }
        for task in tasks { _ = await task.value }
        tasks = []
    }
}

extension Application {
    /// A worker with every registered handler.
    func makeJobWorker() -> JobWorker {
        let services = lore
        return JobWorker(
            queue: services.jobQueue, handlers: services.jobHandlers, clock: services.clock, logger: logger,
            database: { [unowned self] in self.db })
    }
}
