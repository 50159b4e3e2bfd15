/// What a property run found: the shrunk counterexample, the seed to replay it, counts, labels and a report.
///
/// ```swift
/// let result = Property(over: .int.array()).check { $0.reversed() == $0 }
/// result.counterexample        // [0, 1]
/// print(result.report)
/// ```
public struct PropertyResult<Value> {
    /// The name the property was run under, if any.
    public var name: String?
    /// The shrunk failing value; `nil` when the property passed or gave up.
    public var counterexample: Value?
    /// The first failing value found, before shrinking.
    public var originalCounterexample: Value?
    /// The seed of the run: `Property(…, seed:)` or `INVARIANTS_SEED` replays it.
    public var seed: UInt64
    /// Cases run before shrinking (saved examples replayed first included).
    public var casesRun: Int
    /// Shrink candidates run.
    public var shrinkSteps: Int
    /// Shrink candidates that were simpler and still failed.
    public var shrinks: Int
    /// Why the run ended.
    public var stopReason: PropertyStopReason
    /// The error the property threw on the counterexample, if it threw (a thrown error is a failure).
    public var error: (any Error)?
    /// The failure description (`PropertyVerdict.failed` message, or the thrown error), if it failed.
    public var failureMessage: String?
    /// How many cases carried each label (from `PropertyLabels`).
    public var labels: [String: Int]
    /// True when a saved failing example was replayed before the random cases.
    public var replayedSavedExample: Bool

    /// True when every case passed.
    ///
    /// ```swift
    /// #expect(Property(over: .int).check { $0 == $0 }.passed)
    /// ```
    public var passed: Bool { stopReason == .passed }

    /// True when a counterexample was found.
    ///
    /// ```swift
    /// if result.failed { print(result.report) }
    /// ```
    public var failed: Bool {
        switch stopReason {
        case .failed, .shrinkStepCapHit, .shrinkTimeCapHit: true
        case .passed, .gaveUp: false
        }
    }
}
