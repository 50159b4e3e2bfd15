/// One shrinking strategy, written as a resumable state machine so that sync and async runners share it:
/// the shrinker asks for a candidate, runs the property on it, and reports whether it became the new best.
protocol ShrinkPass {
    /// The next candidate sequence derived from `best`, or `nil` when the pass is finished.
    mutating func next(_ best: ShrinkTarget) -> [UInt64]?
    /// Whether the last candidate was accepted as the new best.
    mutating func feedback(accepted: Bool)
    /// Whether a candidate that leaves the generator short of choices is run with zeros for the missing
    /// ones (`false`: such a candidate is dropped without running the property).
    var completesWithZeros: Bool { get }
}

extension ShrinkPass {
    mutating func feedback(accepted: Bool) {}

    var completesWithZeros: Bool { true }
}
