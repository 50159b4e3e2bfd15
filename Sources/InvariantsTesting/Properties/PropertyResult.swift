/// What a property run found: the shrunk counterexample, the seed to replay it, counts, labels and a report.
///
/// ```swift
/// let result = Property(over: .int.array()).check { $0.reversed() == $0 }
/// result.counterexample        // [0, 1]
/// print(result.report)
/// ```
public struct PropertyResult<Value> {
    /// The name the property was run under, if any.
    ///
    /// ```swift
    /// result.name                  // "reverse"
    /// ```
    public var name: String?
    /// The shrunk failing value; `nil` when the property passed or gave up.
    ///
    /// ```swift
    /// result.counterexample        // [0, 1]
    /// ```
    public var counterexample: Value?
    /// The first failing value found, before shrinking.
    ///
    /// ```swift
    /// result.originalCounterexample   // [-7, 4138, 12]
    /// ```
    public var originalCounterexample: Value?
    /// The seed of the run: `Property(…, seed:)` or `INVARIANTS_SEED` replays it.
    ///
    /// ```swift
    /// Property(over: .int, seed: result.seed)   // replays the run
    /// ```
    public var seed: UInt64
    /// Cases run before shrinking (saved examples replayed first included).
    ///
    /// ```swift
    /// result.casesRun              // 100 when it passed
    /// ```
    public var casesRun: Int
    /// Shrink candidates run.
    ///
    /// ```swift
    /// result.shrinkSteps           // 59
    /// ```
    public var shrinkSteps: Int
    /// Shrink candidates that were simpler and still failed.
    ///
    /// ```swift
    /// result.shrinks               // 3
    /// ```
    public var shrinks: Int
    /// Why the run ended.
    ///
    /// ```swift
    /// #expect(result.stopReason == .failed)
    /// ```
    public var stopReason: PropertyStopReason
    /// The error the property threw on the counterexample, if it threw (a thrown error is a failure).
    ///
    /// ```swift
    /// result.error as? PricingError     // .negativeTotal
    /// ```
    public var error: (any Error)?
    /// The failure description (`PropertyVerdict.failed` message, or the thrown error), if it failed.
    ///
    /// ```swift
    /// result.failureMessage        // "property returned false"
    /// ```
    public var failureMessage: String?
    /// How many cases carried each label (from `PropertyLabels`).
    ///
    /// ```swift
    /// result.labels["empty"]       // 12
    /// ```
    public var labels: [String: Int]
    /// True when a saved failing example was replayed before the random cases.
    ///
    /// ```swift
    /// result.replayedSavedExample  // true when the saved example still fails
    /// ```
    public var replayedSavedExample: Bool
    /// Property bodies run in all: saved example, random cases, boundary probes and shrink candidates. While
    /// shrinking, a value already run (by choice sequence, or by value when it is `Hashable`) is not run again.
    ///
    /// ```swift
    /// result.evaluations           // 131
    /// ```
    public var evaluations = 0
    /// Property bodies run while shrinking (after the first failure).
    ///
    /// ```swift
    /// result.shrinkEvaluations     // 31
    /// ```
    public var shrinkEvaluations = 0
    /// Cases the property discarded with ``assume(_:_:)`` or ``discard(_:)``; they count neither as passes
    /// nor toward `iterations`.
    ///
    /// ```swift
    /// result.discarded             // 12
    /// ```
    public var discarded = 0

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
