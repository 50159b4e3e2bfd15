/// Decides whether a candidate's output counts as the control's: `nil` when it does, else why not.
struct Equivalence<Input, Output>: Sendable {
    let verdict: @Sendable (_ input: Input, _ control: Output, _ candidate: Output) -> String?

    /// The candidate must satisfy `equivalent(control, candidate)` and, if given, keep every rule of `rules`.
    init(equivalent: @escaping @Sendable (Output, Output) -> Bool, rules: InvariantSet<Input, Output>?) {
        verdict = { input, control, candidate in
            var reasons: [String] = []
            if !equivalent(control, candidate) { reasons.append("the candidate's output differs from the control's") }
            if let rules {
                let outcome = rules.check(input, candidate)
                if !outcome.hasPassed {
                    reasons.append(
                        "the candidate breaks "
                            + outcome.violations.map { "\($0.invariantID) (\($0.message))" }
                            .joined(separator: ", "))
                }
            }
            return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
        }
    }
}
