import Foundation

/// A directory under the system's temporary directory for one test, removed with everything in it when the
/// test's suite instance (which holds it) goes away, so tests leave nothing behind.
final class ScratchDirectory: Sendable {
    let url: URL

    init(_ prefix: String = "invariants-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the directory (not created).
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }
}
