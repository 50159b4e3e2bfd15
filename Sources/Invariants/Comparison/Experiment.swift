/// A function running beside its replacement: every call returns the control's result, and sampled calls
/// also run the candidate, off the caller's path, and record where the two disagree.
///
/// Made by ``InvariantMonitor/experiment(_:control:candidate:sampler:equivalent:rules:ignore:ignoreUntil:options:fileID:function:line:)``.
/// Call it like the control; read ``counts`` for rates.
///
/// ```swift
/// let quote = monitor.experiment("pricing.v2", control: legacyQuote, candidate: generatedQuote,
///                                sampler: .ratio(0.1), equivalent: { $0.total == $1.total })
/// let q = try quote(cart)            // legacyQuote(cart), always
/// quote.counts.mismatchRate          // among compared calls
/// ```
public final class Experiment<Input: Sendable, Output: Sendable>: Sendable {
    @usableFromInline
    let runner: ExperimentRunner<Input, Output>
    @usableFromInline
    let control: @Sendable (Input) throws -> Output
    @usableFromInline
    let candidate: @Sendable (Input) throws -> Output

    init(
        runner: ExperimentRunner<Input, Output>,
        control: @escaping @Sendable (Input) throws -> Output,
        candidate: @escaping @Sendable (Input) throws -> Output
    ) {
        self.runner = runner
        self.control = control
        self.candidate = candidate
    }

    /// The experiment's name: the set id of its records.
    ///
    /// ```swift
    /// quote.name   // "pricing.v2"
    /// ```
    public var name: String { runner.name }

    /// What the experiment did so far.
    ///
    /// ```swift
    /// if quote.counts.candidateErrorRate > 0.01 { print("the rewrite throws: \(quote.counts)") }
    /// ```
    public var counts: ExperimentCounts { runner.counts }

    /// Returns `control(input)`, or throws its error; on sampled calls, also hands the candidate the input.
    ///
    /// ```swift
    /// let q = try quote(cart)
    /// ```
    @inlinable
    public func callAsFunction(_ input: Input) throws -> Output {
        guard runner.isSampled() else { return try control(input) }
        return try runner.runSampled(input, control: control, candidate: candidate)
    }

    /// The experiment as a plain function with the control's signature.
    ///
    /// ```swift
    /// let quoteFunction: @Sendable (Cart) throws -> Quote = quote.function
    /// ```
    public var function: @Sendable (Input) throws -> Output {
        { input in try self(input) }
    }
}
