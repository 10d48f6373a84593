import Foundation

/// Locates the third-party test vectors: `$LORE_VECTORS_DIR`, else `../shared/vectors` beside
/// the project root. Tests that need them are enabled only when they are present; under
/// `CI=true` their absence is itself a failure (see ``Vectors/missingUnderCI``).
public enum Vectors {
    /// The vectors directory, whether or not it exists.
    public static let directory: URL = {
        if let dir = ProcessInfo.processInfo.environment["LORE_VECTORS_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true)
        }
        // Tests/TestVectors/Vectors.swift → project root → ../shared/vectors
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.deletingLastPathComponent().appendingPathComponent("shared/vectors", isDirectory: true)
    }()

    /// True when the vectors directory exists.
    public static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// True when running under CI without vectors — a failure, not a skip.
    public static var missingUnderCI: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true" && !isAvailable
    }

    /// The message a skipped vector test reports.
    public static var skipReason: String {
        "test vectors not found at \(directory.path); set LORE_VECTORS_DIR to run these tests"
    }

    /// The URL of a file under the vectors directory.
    public static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// Raw bytes of a vector file.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// A vector file parsed as JSON (dictionaries, arrays, strings, numbers).
    public static func json(_ relativePath: String) throws -> Any {
        try JSONSerialization.jsonObject(with: data(relativePath), options: [.fragmentsAllowed])
    }

    /// A vector file decoded into `T`.
    public static func decode<T: Decodable>(_ type: T.Type, from relativePath: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(relativePath))
    }
}
