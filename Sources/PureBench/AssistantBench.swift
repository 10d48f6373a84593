import Assistant
import Foundation

/// The assistant's in-process costs: a cache hit of generate-title (what a repeated request costs
/// before HTTP), the cache key alone, and the local provider's time per task (cache off).
let assistantSuite = BenchmarkSuite(name: "assistant") {
    let titleRequest = TitleRequest(
        description: "A mystical forest with glowing mushrooms and ethereal mist under a pale moon.",
        assetType: "digital_art")

    let cached = Assistant.local()
    _ = try await cached.generateTitles(titleRequest)  // fills the cache
    let hits = try await sampleNanoseconds(iterations: 20_000) {
        let answer = try await cached.generateTitles(titleRequest)
        precondition(answer.cacheHit)
    }
    reportSamples("cache hit generate-title", hits)
    report("assistant", "cache hit generate-title p50", hits[hits.count / 2], "ns/op")

    let keyIterations = 100_000
    var keyLength = 0
    let keySeconds = measure {
        for _ in 0..<keyIterations {
            keyLength &+=
                CacheKey(operation: .title, inputs: ["description": titleRequest.description], tier: .fast).hex.utf8
                .count
        }
    }
    precondition(keyLength == 64 * keyIterations)
    report("assistant", "cache key (SHA-256 of canonical JSON)", keySeconds / Double(keyIterations) * 1e9, "ns/op")

    let local = Assistant.local(cache: nil)
    let parent = "A mystical forest with glowing mushrooms and ethereal mist under a pale moon."
    let tasks: [(String, @Sendable () async throws -> Void)] = [
        ("generate-title", { _ = try await local.generateTitles(titleRequest) }),
        (
            "enhance-description",
            {
                _ = try await local.enhanceDescription(
                    DescriptionRequest(description: parent, title: "Mystical Forest Path"))
            }
        ),
        (
            "analyze-content",
            {
                _ = try await local.analyzeContent(
                    ContentAnalysisRequest(title: "Mystical Forest Path", description: parent))
            }
        ),
        (
            "suggest-license",
            {
                _ = try await local.suggestLicense(
                    LicenseRequest(
                        assetType: "digital_art", description: parent, intendedUse: "commercial use with royalties"))
            }
        ),
        (
            "analyze-derivative",
            {
                _ = try await local.analyzeDerivative(
                    DerivativeRequest(
                        parentDescription: parent,
                        childDescription: "A cyberpunk remix of the mystical forest: glowing mushrooms in neon colors.")
                )
            }
        ),
    ]
    for (name, task) in tasks {
        reportSamples("local \(name)", try await sampleNanoseconds(iterations: 500, task))
    }
}

/// Per-call wall times in nanoseconds, after a short warm-up.
private func sampleNanoseconds(iterations: Int, _ body: () async throws -> Void) async throws -> [Double] {
    for _ in 0..<min(100, iterations) { try await body() }
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start))
    }
    return samples.sorted()
}

/// Mean, p50 and p99 of sorted samples, in µs.
private func reportSamples(_ label: String, _ sorted: [Double]) {
    let mean = sorted.reduce(0, +) / Double(sorted.count)
    let percentile = { (p: Double) in sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
    report("assistant", "\(label) mean", mean / 1000, "µs/op")
    report("assistant", "\(label) p50", percentile(0.50) / 1000, "µs")
    report("assistant", "\(label) p99", percentile(0.99) / 1000, "µs")
}
