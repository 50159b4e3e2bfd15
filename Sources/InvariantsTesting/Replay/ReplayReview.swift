import Invariants

/// What replay makes of a case exported from review: the output a reviewer judged wrong, and the
/// correction they gave. A case without either is left to its rules.
enum ReplayReview {
    /// The review's say on one replayed output.
    enum Finding {
        /// The case carries nothing from review.
        case none
        /// The output is what the reviewer asked for: the one line saying so.
        case matches(String)
        /// The output is still wrong, or the case cannot prove anything: the lines saying why.
        case fails(String)
    }

    /// Compares `output` with the case's correction; without one, a case of a missed bug (no rule id)
    /// holds only when a rule of `set` now catches the output judged wrong.
    static func finding<Input, Output>(
        for regression: RegressionCase,
        input: Input,
        output: Output,
        set: InvariantSet<Input, Output>,
        tolerance: NumericTolerance
    ) -> Finding {
        guard regression.correction != nil || regression.output != nil else { return .none }
        let who = regression.reviewer ?? "the reviewer"
        let new = Snapshot.capture(output, byteLimit: Int.max)
        guard let value = new.value else {
            return .fails("the output is not Encodable, so it cannot be compared with what \(who) judged")
        }
        if let correction = regression.correction {
            let differences = correction.differences(from: value, tolerance: tolerance)
            if differences.isEmpty { return .matches("compared with \(who)'s correction (\(correction)): matches") }
            return .fails(
                (["compared with \(who)'s correction (\(correction)): differs"] + differences.map { "  \($0)" })
                    .joined(separator: "\n"))
        }
        let stillWrong =
            regression.output?.value.map { JSONDiff.differences(from: $0, to: value, tolerance: tolerance).isEmpty }
            ?? false
        if stillWrong { return .fails("still returns the output \(who) judged wrong") }
        if regression.invariantID != nil { return .none }
        if let wrong: Output = decoded(regression.output), case let caught = set.check(input, wrong), !caught.hasPassed
        {
            let rules = caught.violations.map(\.invariantID).joined(separator: ", ")
            return .matches("\(rules) now catches the output \(who) judged wrong, and passes this one")
        }
        return .fails(
            "no rule and no expected value: write one (a rule that fails on the output \(who) judged wrong, "
                + "or a correction: invariants review verdict \(regression.id.prefix(8)) --label missed "
                + "--expect 'field = value')")
    }

    /// The recorded output decoded as `Output`, when `Output` is `Decodable` and the snapshot decodes.
    private static func decoded<Output>(_ snapshot: Snapshot?) -> Output? {
        guard let snapshot, let type = Output.self as? any Decodable.Type else { return nil }
        return decode(type, snapshot) as? Output
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ snapshot: Snapshot) -> T? {
        try? snapshot.decode(type, allowingRedactions: true)
    }
}
