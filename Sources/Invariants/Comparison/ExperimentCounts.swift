/// What a shadow experiment did so far: how many calls were sampled, compared, matched, and what went wrong.
///
/// Every sampled call ends in exactly one of ``matched``, ``mismatched``, ``ignored``, ``candidateErrors``,
/// ``timeouts``, ``skipped`` or ``abandoned``, or is still in flight.
///
/// ```swift
/// let counts = quote.counts
/// print("\(counts.mismatched) of \(counts.compared) differ (\(counts.mismatchRate * 100) %)")
/// ```
public struct ExperimentCounts: Sendable, Hashable, CustomStringConvertible {
    /// Calls the sampler picked for the experiment.
    ///
    /// ```swift
    /// quote.counts.sampled   // calls that ran the candidate too, or tried to
    /// ```
    public var sampled = 0
    /// Calls whose candidate equalled the control's result.
    ///
    /// ```swift
    /// quote.counts.matched
    /// ```
    public var matched = 0
    /// Calls whose candidate differed (recorded as `mismatch`).
    ///
    /// ```swift
    /// quote.counts.mismatched   // as many mismatch records
    /// ```
    public var mismatched = 0
    /// Calls whose candidate differed in an accepted way (the `ignore` closure, before its expiry): not recorded.
    ///
    /// ```swift
    /// quote.counts.ignored   // accepted by `ignore:` before `ignoreUntil`
    /// ```
    public var ignored = 0
    /// Calls whose candidate threw while the control returned (recorded as `candidate-error`).
    ///
    /// ```swift
    /// quote.counts.candidateErrors
    /// ```
    public var candidateErrors = 0
    /// Calls whose candidate did not finish within the timeout (recorded as `candidate-timeout`).
    ///
    /// ```swift
    /// quote.counts.timeouts
    /// ```
    public var timeouts = 0
    /// Sampled calls whose candidate never ran: too many in flight, or the monitor was shutting down.
    ///
    /// ```swift
    /// if quote.counts.skipped > 0 { print("raise workers or maxInFlight, or sample less") }
    /// ```
    public var skipped = 0
    /// Candidates still running when the monitor shut down: their results are not recorded.
    ///
    /// ```swift
    /// quote.counts.abandoned   // after monitor.shutdown()
    /// ```
    public var abandoned = 0

    /// Creates counts, all zero.
    ///
    /// ```swift
    /// ExperimentCounts().concluded   // 0
    /// ```
    public init() {}

    /// Calls whose candidate returned and was compared: matched, mismatched or ignored.
    ///
    /// ```swift
    /// quote.counts.compared
    /// ```
    public var compared: Int { matched + mismatched + ignored }

    /// Calls whose candidate ran to a verdict: compared, threw or timed out.
    ///
    /// ```swift
    /// quote.counts.concluded
    /// ```
    public var concluded: Int { compared + candidateErrors + timeouts }

    /// Mismatches per compared call, 0 before any.
    ///
    /// ```swift
    /// quote.counts.mismatchRate   // 0.02
    /// ```
    public var mismatchRate: Double { compared == 0 ? 0 : Double(mismatched) / Double(compared) }

    /// Candidate errors and timeouts per concluded call, 0 before any.
    ///
    /// ```swift
    /// quote.counts.candidateErrorRate   // 0
    /// ```
    public var candidateErrorRate: Double {
        concluded == 0 ? 0 : Double(candidateErrors + timeouts) / Double(concluded)
    }

    /// `sampled 100: matched 95, mismatched 2, ignored 1, errors 1, timeouts 1, skipped 0, abandoned 0`.
    ///
    /// ```swift
    /// print(quote.counts)
    /// ```
    public var description: String {
        "sampled \(sampled): matched \(matched), mismatched \(mismatched), ignored \(ignored), "
            + "errors \(candidateErrors), timeouts \(timeouts), skipped \(skipped), abandoned \(abandoned)"
    }
}
