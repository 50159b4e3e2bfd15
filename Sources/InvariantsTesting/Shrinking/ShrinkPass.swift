/// One shrinking strategy, written as a resumable state machine so that sync and async runners share it:
/// the shrinker asks for a candidate, runs the property on it, and reports whether it became the new best.
protocol ShrinkPass {
    /// The next candidate sequence derived from `best`, or `nil` when the pass is finished.
    mutating func next(_ best: ShrinkTarget) -> [UInt64]?
    /// Whether the last candidate was accepted as the new best.
    mutating func feedback(accepted: Bool)
}

extension ShrinkPass {
    mutating func feedback(accepted: Bool) {}
}
