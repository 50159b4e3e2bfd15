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
    /// Cases captured for the rules of other sets (a journal holds every set's violations): not checked.
    public var otherSets = 0

    /// Whether the replay proved what it should: no failure, something checked, and no skipped case
    /// unless skipped cases are allowed.
    public func passed(allowingSkipped: Bool) -> Bool {
        failures.isEmpty && checked > 0 && (allowingSkipped || skipped.isEmpty)
    }

    /// A report listing every failure and every skipped case by id.
    public var description: String {
        var lines = ["replayed \(checked) cases: \(failures.count) failed, \(skipped.count) skipped"]
        if otherSets > 0 { lines[0] += ", \(otherSets) of other sets ignored" }
        if checked == 0 { lines.append("✗ no case was checked: the fixture proves nothing") }
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
