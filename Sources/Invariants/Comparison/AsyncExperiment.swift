/// An `async` function running beside its replacement; see ``Experiment``. Sampled calls run the candidate
/// in a detached task the caller never awaits (or inline, when asked).
///
/// ```swift
/// let quote = monitor.experiment("pricing.v2", control: { try await legacy.quote($0) },
///                                candidate: { try await generated.quote($0) }, equivalent: { $0.total == $1.total })
/// let q = try await quote(cart)      // the legacy quote, always
/// ```
public final class AsyncExperiment<Input: Sendable, Output: Sendable>: Sendable {
    @usableFromInline
    let runner: ExperimentRunner<Input, Output>
    @usableFromInline
    let control: @Sendable (Input) async throws -> Output
    @usableFromInline
    let candidate: @Sendable (Input) async throws -> Output

    init(
        runner: ExperimentRunner<Input, Output>,
        control: @escaping @Sendable (Input) async throws -> Output,
        candidate: @escaping @Sendable (Input) async throws -> Output
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
    /// print(quote.counts)   // sampled 10: matched 9, mismatched 1, …
    /// ```
    public var counts: ExperimentCounts { runner.counts }

    /// Returns `await control(input)`, or throws its error; on sampled calls, also starts the candidate.
    ///
    /// ```swift
    /// let q = try await quote(cart)
    /// ```
    @inlinable
    public func callAsFunction(_ input: Input) async throws -> Output {
        guard runner.isSampled() else { return try await control(input) }
        return try await runner.runSampled(input, control: control, candidate: candidate)
    }

    /// The experiment as a plain function with the control's signature.
    ///
    /// ```swift
    /// let quoteFunction: @Sendable (Cart) async throws -> Quote = quote.function
    /// ```
    public var function: @Sendable (Input) async throws -> Output {
        { input in try await self(input) }
    }
}
