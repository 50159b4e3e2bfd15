/// What replaying captured inputs through a function found.
public struct ReplayResult: Sendable, CustomStringConvertible {
    /// A case whose output broke rules again, or whose function threw.
    public struct Failure: Sendable {
        /// The case's id (event id of the original violation).
        public let id: String
        /// Why it failed: the broken rules, or the error thrown.
        public let message: String
    }

    /// A case that could not be replayed, and why.
    public struct Skipped: Sendable {
        /// The case's id.
        public let id: String
        /// Why its input could not be decoded.
        public let reason: String
    }

    /// Cases whose input was decoded and checked.
    public var checked = 0
    /// Checked cases that failed.
    public var failures: [Failure] = []
    /// Cases that could not be checked.
    public var skipped: [Skipped] = []

    /// A report listing every failure and every skipped case by id.
    public var description: String {
        var lines = ["replayed \(checked) cases: \(failures.count) failed, \(skipped.count) skipped"]
        for failure in failures {
            lines.append("✗ case \(failure.id):")
            lines.append(contentsOf: failure.message.split(separator: "\n").map { "  \($0)" })
        }
        for skipped in skipped {
            lines.append("⚠︎ case \(skipped.id) skipped: \(skipped.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
