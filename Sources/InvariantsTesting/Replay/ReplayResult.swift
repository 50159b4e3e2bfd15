/// What replaying captured inputs through a function found.
///
/// ```swift
/// let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
/// print(result.checked, result.failures.count, result.skipped.count)
/// ```
public struct ReplayResult: Sendable, CustomStringConvertible {
    /// A case whose output broke rules again, or whose function threw.
    ///
    /// ```swift
    /// for failure in result.failures { print(failure.id, failure.message) }
    /// ```
    public struct Failure: Sendable {
        /// The case's id (event id of the original violation).
        ///
        /// ```swift
        /// failure.id   // the event id of the captured violation
        /// ```
        public let id: String
        /// Why it failed: the broken rules, or the error thrown.
        ///
        /// ```swift
        /// failure.message   // "✗ pricing.quote/exempt-pays-no-tax [error]: \\Quote.tax was 0.2"
        /// ```
        public let message: String
    }

    /// A case that could not be replayed, and why.
    ///
    /// ```swift
    /// for skipped in result.skipped { print(skipped.id, skipped.reason) }
    /// ```
    public struct Skipped: Sendable {
        /// The case's id.
        ///
        /// ```swift
        /// skipped.id   // "3f2a…"
        /// ```
        public let id: String
        /// Why its input could not be decoded.
        ///
        /// ```swift
        /// skipped.reason   // "the snapshot was truncated (its JSON was 20480 bytes)"
        /// ```
        public let reason: String
    }

    /// A case exported from review that proved what review asked: its new output matched the reviewer's
    /// correction, or a rule of the set now catches the output judged wrong.
    ///
    /// ```swift
    /// for verified in result.verified { print(verified.id, verified.line) }
    /// ```
    public struct Verified: Sendable {
        /// The case's id (the review item's id).
        ///
        /// ```swift
        /// verified.id   // "3f2a91c0…"
        /// ```
        public let id: String
        /// What was compared, in one line.
        ///
        /// ```swift
        /// verified.line   // "compared with ann's correction (tax = 4.80): matches"
        /// ```
        public let line: String
    }

    /// Cases whose input was decoded and checked.
    ///
    /// ```swift
    /// #expect(result.checked > 0)
    /// ```
    public var checked = 0
    /// Checked cases that failed.
    ///
    /// ```swift
    /// #expect(result.failures.isEmpty, "\(result)")
    /// ```
    public var failures: [Failure] = []
    /// Cases that could not be checked.
    ///
    /// ```swift
    /// result.skipped.map(\.reason)
    /// ```
    public var skipped: [Skipped] = []
    /// Checked cases from review that proved what review asked, with what was compared, in one line each.
    ///
    /// ```swift
    /// result.verified.map(\.line)   // ["compared with ann's correction (tax = 4.80): matches"]
    /// ```
    public var verified: [Verified] = []
    /// Cases captured for the rules of other sets (a journal holds every set's violations): not checked.
    ///
    /// ```swift
    /// result.otherSets   // lines of a journal that belong to other sets' rules
    /// ```
    public var otherSets = 0

    /// Whether the replay proved what it should: no failure, something checked, and no skipped case
    /// unless skipped cases are allowed.
    ///
    /// ```swift
    /// #expect(result.passed(allowingSkipped: true))
    /// ```
    public func passed(allowingSkipped: Bool) -> Bool {
        failures.isEmpty && checked > 0 && (allowingSkipped || skipped.isEmpty)
    }

    /// A report listing every failure and every skipped case by id.
    ///
    /// ```swift
    /// print(result)   // every failing and skipped case, by id
    /// ```
    public var description: String {
        var lines = ["replayed \(checked) cases: \(failures.count) failed, \(skipped.count) skipped"]
        if otherSets > 0 { lines[0] += ", \(otherSets) of other sets ignored" }
        if checked == 0 { lines.append("✗ no case was checked: the fixture proves nothing") }
        for failure in failures {
            lines.append("✗ case \(failure.id):")
            lines.append(contentsOf: failure.message.split(separator: "\n").map { "  \($0)" })
        }
        for verified in verified {
            lines.append("✓ case \(verified.id): \(verified.line)")
        }
        for skipped in skipped {
            lines.append("⚠︎ case \(skipped.id) skipped: \(skipped.reason)")
        }
        return lines.joined(separator: "\n")
    }
}
