/// Why a property run ended.
///
/// ```swift
/// if case .gaveUp(let why) = result.stopReason { print(why) }
/// ```
public enum PropertyStopReason: Sendable, Equatable {
    /// Every case passed.
    ///
    /// ```swift
    /// Property(over: Gen.int.array()).check { $0.count >= 0 }.stopReason   // .passed
    /// ```
    case passed
    /// A counterexample was found and fully shrunk.
    ///
    /// ```swift
    /// Property(over: .int).check { $0 < 100 }.stopReason   // .failed, counterexample 100
    /// ```
    case failed
    /// A counterexample was found; shrinking stopped at the step cap (`shrinkStepLimit`).
    ///
    /// ```swift
    /// Property(over: .cart, shrinkStepLimit: 10).check { _ in false }.stopReason   // may be .shrinkStepCapHit
    /// ```
    case shrinkStepCapHit
    /// A counterexample was found; shrinking stopped at the time cap (`timeLimit`).
    ///
    /// ```swift
    /// Property(over: .cart, timeLimit: .milliseconds(1)).check(slowCheck).stopReason   // may be .shrinkTimeCapHit
    /// ```
    case shrinkTimeCapHit
    /// No verdict: the generator could not produce values (the message says why, e.g. a too strict filter).
    ///
    /// ```swift
    /// Property(over: Gen.int.filter { _ in false }).check { _ in true }.stopReason   // .gaveUp("Gen.filter …")
    /// ```
    case gaveUp(String)
}
