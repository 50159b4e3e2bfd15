import Foundation

/// How to run `invariants` again, for the "Next:" lines a command prints: `invariants` when an executable
/// of that name is on `PATH`, else `swift run invariants` (run from the package's directory), so the
/// suggestion works as printed on a machine that only has the clone.
///
/// ```swift
/// say("Next: \(CommandInvocation.prefix) report violations.jsonl")   // "swift run invariants report …"
/// ```
enum CommandInvocation {
    static let prefix: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let onPath = path.split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/invariants")
        }
        return onPath ? "invariants" : "swift run invariants"
    }()
}
