import Foundation

/// An executable target of this package (a child process a test runs), as SwiftPM builds it next to the
/// test bundle; `nil` when it is not there.
func childExecutable(named name: String) -> URL? {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path(percentEncoded: false)) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    return nil
}
