/// Replays captured inputs through a function and checks its outputs against a rule set.
///
/// A case exported from review is also held to what the reviewer said: its new output is compared with
/// the reviewer's correction (numbers within `tolerance`), or, without a correction, must no longer be
/// the output judged wrong; a bug the rules missed that has no correction fails until someone writes a
/// rule that fails on the output judged wrong, or gives an expected value. ``ReplayResult`` says in one
/// line per case which comparison it made.
///
/// A case of a relation (``Relation``) calls the function twice, as the relation did when it was recorded:
/// on the input and on its transform, rebuilt from the case's seed (or on the input again).
///
/// ```swift
/// let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
/// if !result.passed(allowingSkipped: false) { print(result) }
/// ```
public enum Replay {
    /// Decodes each case's input (redacted fields keep their placeholder), runs `function`, and checks it.
    ///
    /// ```swift
    /// let result = await Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
    /// let lenient = await Replay.run(quoteRules, of: PricingEngine.quote, cases: cases, tolerance: .absolute(0.005))
    /// ```
    public static func run<Input: Decodable, Output>(
        _ set: InvariantSet<Input, Output>,
        of function: (Input) async throws -> Output,
        cases: [RegressionCase],
        tolerance: NumericTolerance = .exact
    ) async -> ReplayResult {
        var result = ReplayResult()
        for regression in cases {
            if let relation = regression.invariantID.flatMap(set.relation) {
                await replay(relation, of: function, regression, into: &result)
                continue
            }
            guard belongs(regression, to: set, into: &result), let input: Input = decode(regression, into: &result)
            else { continue }
            let output: Result<Output, any Error>
            do { output = .success(try await function(input)) } catch { output = .failure(error) }
            judge(regression, input, output, set, tolerance, into: &result)
        }
        return result
    }

    /// The synchronous twin of the `async` ``run(_:of:cases:)``.
    ///
    /// ```swift
    /// let result = Replay.run(quoteRules, of: PricingEngine.quote, cases: fixture.cases)
    /// ```
    public static func run<Input: Decodable, Output>(
        _ set: InvariantSet<Input, Output>,
        of function: (Input) throws -> Output,
        cases: [RegressionCase],
        tolerance: NumericTolerance = .exact
    ) -> ReplayResult {
        var result = ReplayResult()
        for regression in cases {
            if let relation = regression.invariantID.flatMap(set.relation) {
                replay(relation, of: function, regression, into: &result)
                continue
            }
            guard belongs(regression, to: set, into: &result), let input: Input = decode(regression, into: &result)
            else { continue }
            judge(regression, input, Result { try function(input) }, set, tolerance, into: &result)
        }
        return result
    }

    /// Whether the case is for this set: a case of a rule the set still has (or of no rule) is; a case
    /// of another set is counted and ignored; a case of a rule this set no longer has is skipped.
    private static func belongs<Input, Output>(
        _ regression: RegressionCase, to set: InvariantSet<Input, Output>, into result: inout ReplayResult
    ) -> Bool {
        guard let invariantID = regression.invariantID, set.rule(invariantID) == nil else { return true }
        let caseSet = invariantID.split(separator: "/").dropLast().joined(separator: "/")
        if set.id == caseSet || set.rules.contains(where: { $0.setID == caseSet }) {
            result.skipped.append(.init(id: regression.id, reason: "rule \(invariantID) is no longer in set \(set.id)"))
        } else {
            result.otherSets += 1
        }
        return false
    }

    /// The case's input, or `nil` after noting why it was skipped.
    static func decode<Input: Decodable>(
        _ regression: RegressionCase, into result: inout ReplayResult
    ) -> Input? {
        do {
            return try regression.input.decode(Input.self, allowingRedactions: true)
        } catch {
            result.skipped.append(.init(id: regression.id, reason: "its input does not decode: \(error)"))
            return nil
        }
    }

    /// Counts a checked case, and notes it when its rules broke, its output is not what review asked
    /// for, or its function threw.
    private static func judge<Input, Output>(
        _ regression: RegressionCase,
        _ input: Input,
        _ output: Result<Output, any Error>,
        _ set: InvariantSet<Input, Output>,
        _ tolerance: NumericTolerance,
        into result: inout ReplayResult
    ) {
        result.checked += 1
        switch output {
        case .success(let output):
            let outcome = set.check(input, output)
            var problems = outcome.hasPassed ? [] : [outcome.description]
            let finding = ReplayReview.finding(
                for: regression, input: input, output: output, set: set, tolerance: tolerance)
            switch finding {
            case .none: break
            case .matches(let line):
                if problems.isEmpty { result.verified.append(.init(id: regression.id, line: line)) }
            case .fails(let lines): problems.append(lines)
            }
            if !problems.isEmpty {
                result.failures.append(.init(id: regression.id, message: problems.joined(separator: "\n")))
            }
        case .failure(let error):
            result.failures.append(.init(id: regression.id, message: "the function threw: \(error)"))
        }
    }
}
