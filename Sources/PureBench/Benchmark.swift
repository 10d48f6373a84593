import Foundation

/// One named benchmark group; each prints its own figures, one per line.
struct BenchmarkSuite: Sendable {
    let name: String
    let run: @Sendable () async throws -> Void
}

/// Wall-clock seconds spent in `body`.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Wall-clock seconds spent in an async `body`.
func measureAsync(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Prints one figure as `suite: label value unit`.
func report(_ suite: String, _ label: String, _ value: Double, _ unit: String) {
    print("\(suite): \(label) \(String(format: "%.2f", value)) \(unit)")
}
