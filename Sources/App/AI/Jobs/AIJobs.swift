/// The AI assistant's background jobs, listed once for `configure`.
enum AIJobs {
    static func handlers(settings: AISettings, queue: JobQueue) -> [any JobHandler] {
        [
            AIUsageStatsJob(queue: queue), AILogRetentionJob(retentionDays: settings.logRetentionDays),
            AIHousekeepingJob(),
        ]
    }

    static let schedules = [AIUsageStatsJob.schedule, AILogRetentionJob.schedule, AIHousekeepingJob.schedule]
}
