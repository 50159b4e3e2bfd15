/// Why a property run ended.
///
/// ```swift
/// if case .gaveUp(let why) = result.stopReason { print(why) }
/// ```
public enum PropertyStopReason: Sendable, Equatable {
    /// Every case passed.
    case passed
    /// A counterexample was found and fully shrunk.
    case failed
    /// A counterexample was found; shrinking stopped at the step cap (`shrinkStepLimit`).
    case shrinkStepCapHit
    /// A counterexample was found; shrinking stopped at the time cap (`timeLimit`).
    case shrinkTimeCapHit
    /// No verdict: the generator could not produce values (the message says why, e.g. a too strict filter).
    case gaveUp(String)
}
