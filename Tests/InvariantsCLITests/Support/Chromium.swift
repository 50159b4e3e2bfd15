import Foundation
import Testing

/// Headless Chromium for the HTML report's browser test: found on `PATH` (as `chromium` or
/// `chromium-browser`), or `nil` on a machine without it, where the test is skipped with this reason.
/// `.ci/run` installs it (`apt-get install -y chromium`), so the test always runs in CI.
enum Chromium {
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static let isAvailable = executable != nil

    static let skipReason: Comment =
        "chromium is not on PATH: skipped; .ci/run installs it (apt-get install -y chromium)"
}
