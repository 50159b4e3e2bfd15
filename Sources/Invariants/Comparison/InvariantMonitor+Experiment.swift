public import Foundation

extension InvariantMonitor {
    /// Runs `candidate` beside `control` on sampled calls and records where they disagree, while every call
    /// returns exactly what `control` returns (or throws what it throws).
    ///
    /// ```swift
    /// let quote = monitor.experiment(
    ///     "pricing.v2", control: legacyQuote, candidate: generatedQuote,
    ///     sampler: .ratio(0.1), equivalent: { $0.total == $1.total },
    ///     options: ExperimentOptions(candidateOrigin: .generated(by: "model-x", prompt: "sha256:…"))
    /// )
    /// let q = try quote(cart)
    /// ```
    ///
    /// On a sampled call the candidate runs on the experiment's workers, in the background (or inline, with
    /// ``ExperimentOptions/Execution/inline``); the caller pays the control, one clock read on each side of
    /// it and the enqueue. A candidate's error, a timeout or a slow candidate never reaches the caller. What
    /// it finds goes to the monitor's sinks and alert rules like a violation, with set id `name` and rule id
    /// `mismatch`, `candidate-error` or `candidate-timeout`, the input, both outputs, the field differences,
    /// both origins and both run times (``ViolationRecord/comparison``). The input and outputs are captured
    /// and redacted off the caller's thread, before the record reaches the reporter.
    ///
    /// ``flush(timeout:)`` waits for candidates in flight; ``shutdown(deadline:)`` refuses new ones, waits for
    /// those in flight until its deadline and counts later ones as ``ExperimentCounts/abandoned``.
    ///
    /// - Parameters:
    ///   - name: The experiment's name: the set id of its records, such as `pricing.v2`.
    ///   - control: The function whose results callers get.
    ///   - candidate: The replacement on trial.
    ///   - sampler: Which calls run the candidate too; every call by default.
    ///   - equivalent: Whether the candidate's output counts as the control's.
    ///   - rules: Rules the candidate's output must keep as well; a broken rule is a mismatch.
    ///   - ignore: Known, accepted differences: a mismatch for which it returns `true` is counted as
    ///     ``ExperimentCounts/ignored`` and not recorded.
    ///   - ignoreUntil: When `ignore` expires; afterwards its differences count as mismatches again.
    ///   - options: Timeout, in-flight bound, execution, origins, severity.
    public func experiment<Input: Sendable, Output: Sendable>(
        _ name: String,
        control: @escaping @Sendable (Input) throws -> Output,
        candidate: @escaping @Sendable (Input) throws -> Output,
        sampler: any Sampler = .always,
        equivalent: @escaping @Sendable (Output, Output) -> Bool,
        rules: InvariantSet<Input, Output>? = nil,
        ignore: (@Sendable (_ control: Output, _ candidate: Output) -> Bool)? = nil,
        ignoreUntil: Date? = nil,
        options: ExperimentOptions = ExperimentOptions(),
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> Experiment<Input, Output> {
        let runner = ExperimentRunner(
            name: name, monitor: self, sampler: sampler,
            equivalence: Equivalence(equivalent: equivalent, rules: rules), ignore: ignore, ignoreUntil: ignoreUntil,
            options: options, callSite: CallSite(fileID: fileID, function: function, line: line))
        return Experiment(runner: runner, control: control, candidate: candidate)
    }

    /// An experiment whose outputs are compared with `==`; see
    /// ``experiment(_:control:candidate:sampler:equivalent:rules:ignore:ignoreUntil:options:fileID:function:line:)``.
    ///
    /// ```swift
    /// let quote = monitor.experiment("pricing.v2", control: legacyQuote, candidate: generatedQuote, sampler: .ratio(0.1))
    /// ```
    public func experiment<Input: Sendable, Output: Sendable & Equatable>(
        _ name: String,
        control: @escaping @Sendable (Input) throws -> Output,
        candidate: @escaping @Sendable (Input) throws -> Output,
        sampler: any Sampler = .always,
        rules: InvariantSet<Input, Output>? = nil,
        ignore: (@Sendable (_ control: Output, _ candidate: Output) -> Bool)? = nil,
        ignoreUntil: Date? = nil,
        options: ExperimentOptions = ExperimentOptions(),
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> Experiment<Input, Output> {
        experiment(
            name, control: control, candidate: candidate, sampler: sampler, equivalent: { $0 == $1 }, rules: rules,
            ignore: ignore, ignoreUntil: ignoreUntil, options: options, fileID: fileID, function: function, line: line)
    }

    /// The `async` form: the candidate runs in a detached task the caller never awaits.
    ///
    /// ```swift
    /// let quote = monitor.experiment("pricing.v2", control: { try await legacy.quote($0) },
    ///                                candidate: { try await generated.quote($0) }, equivalent: { $0.total == $1.total })
    /// let q = try await quote(cart)
    /// ```
    public func experiment<Input: Sendable, Output: Sendable>(
        _ name: String,
        control: @escaping @Sendable (Input) async throws -> Output,
        candidate: @escaping @Sendable (Input) async throws -> Output,
        sampler: any Sampler = .always,
        equivalent: @escaping @Sendable (Output, Output) -> Bool,
        rules: InvariantSet<Input, Output>? = nil,
        ignore: (@Sendable (_ control: Output, _ candidate: Output) -> Bool)? = nil,
        ignoreUntil: Date? = nil,
        options: ExperimentOptions = ExperimentOptions(),
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> AsyncExperiment<Input, Output> {
        let runner = ExperimentRunner(
            name: name, monitor: self, sampler: sampler,
            equivalence: Equivalence(equivalent: equivalent, rules: rules), ignore: ignore, ignoreUntil: ignoreUntil,
            options: options, callSite: CallSite(fileID: fileID, function: function, line: line))
        return AsyncExperiment(runner: runner, control: control, candidate: candidate)
    }

    /// The `async` form compared with `==`.
    ///
    /// ```swift
    /// let decide = monitor.experiment("auth.v2", control: { await legacy.decide($0) }, candidate: { await v2.decide($0) })
    /// ```
    public func experiment<Input: Sendable, Output: Sendable & Equatable>(
        _ name: String,
        control: @escaping @Sendable (Input) async throws -> Output,
        candidate: @escaping @Sendable (Input) async throws -> Output,
        sampler: any Sampler = .always,
        rules: InvariantSet<Input, Output>? = nil,
        ignore: (@Sendable (_ control: Output, _ candidate: Output) -> Bool)? = nil,
        ignoreUntil: Date? = nil,
        options: ExperimentOptions = ExperimentOptions(),
        fileID: String = #fileID,
        function: String = #function,
        line: Int = #line
    ) -> AsyncExperiment<Input, Output> {
        experiment(
            name, control: control, candidate: candidate, sampler: sampler, equivalent: { $0 == $1 }, rules: rules,
            ignore: ignore, ignoreUntil: ignoreUntil, options: options, fileID: fileID, function: function, line: line)
    }

    /// Submits an experiment's record like a violation (`beforeRecord` runs on the reporter's queue).
    func submitComparison(_ record: ViolationRecord) {
        reporter.submit(record)
    }
}
