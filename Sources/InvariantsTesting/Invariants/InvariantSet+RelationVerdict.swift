public import Invariants

extension InvariantSet {
    /// Checks one case with its relations: the rules on `function(input)`, then each relation with a second
    /// call of `function` (on the transform of `input`, drawn from `seed`, or on `input` again).
    ///
    /// A failure lists each broken rule and relation with the observed values of both calls.
    ///
    /// ```swift
    /// Property(over: .zip(.cart, .uint64)).verify { pair, _ in
    ///     try quoteRules.verdict(of: PricingEngine.quote, for: pair.0, seed: RelationSeed(pair.1))
    /// }
    /// ```
    public func verdict(
        of function: (Input) throws -> Output, for input: Input, seed: RelationSeed
    ) throws -> PropertyVerdict {
        let output = try function(input)
        var failures = check(input, output).violations.map { "✗ \($0)" }
        for relation in relations {
            let transformed = relation.transformed(input, seed: seed)
            let second = try Self.secondCall(relation, seed) {
                RelatedCall(input: transformed, output: try HeapShift.during { try function(transformed) })
            }
            if let failure = relation.failure(RelatedCall(input: input, output: output), second, seed: seed) {
                failures.append(failure)
            }
        }
        return failures.isEmpty ? .passed : .failed(failures.joined(separator: "\n"))
    }

    /// The `async` twin of ``verdict(of:for:seed:)``.
    ///
    /// ```swift
    /// await Property(over: .zip(.cart, .uint64)).verify { pair, _ in
    ///     try await quoteRules.verdict(of: pricing.quote, for: pair.0, seed: RelationSeed(pair.1))
    /// }
    /// ```
    public func verdict(
        of function: (Input) async throws -> Output, for input: Input, seed: RelationSeed
    ) async throws -> PropertyVerdict {
        let output = try await function(input)
        var failures = check(input, output).violations.map { "✗ \($0)" }
        for relation in relations {
            let transformed = relation.transformed(input, seed: seed)
            let second: RelatedCall<Input, Output>
            do {
                second = RelatedCall(
                    input: transformed, output: try await HeapShift.during { try await function(transformed) })
            } catch {
                throw RelationCallError(relation, seed, error)
            }
            if let failure = relation.failure(RelatedCall(input: input, output: output), second, seed: seed) {
                failures.append(failure)
            }
        }
        return failures.isEmpty ? .passed : .failed(failures.joined(separator: "\n"))
    }

    private static func secondCall(
        _ relation: Relation<Input, Output>, _ seed: RelationSeed, _ call: () throws -> RelatedCall<Input, Output>
    ) throws -> RelatedCall<Input, Output> {
        do { return try call() } catch { throw RelationCallError(relation, seed, error) }
    }
}

extension Relation {
    /// `nil` when the relation holds between the two calls; else its violation with both calls' values.
    func failure(
        _ original: RelatedCall<Input, Output>, _ transformed: RelatedCall<Input, Output>, seed: RelationSeed
    ) -> String? {
        guard let violation = check(original, transformed) else { return nil }
        var text =
            "✗ \(violation)\n    call:        \(String(reflecting: original.input)) → "
            + String(reflecting: original.output)
        if isDeterminism {
            text += "\n    called again:  → \(String(reflecting: transformed.output))"
        } else {
            text +=
                "\n    transformed\(isRandomised ? " (seed \(seed))" : ""): "
                + "\(String(reflecting: transformed.input)) → \(String(reflecting: transformed.output))"
        }
        return text
    }
}

/// The second call of a relation threw: the case fails with this error.
struct RelationCallError: Error, CustomStringConvertible {
    let description: String

    init<Input, Output>(_ relation: Relation<Input, Output>, _ seed: RelationSeed, _ error: any Error) {
        let call = relation.isDeterminism ? "the second call on the same input" : "the call on the transformed input"
        let seedText = relation.isRandomised ? " (seed \(seed))" : ""
        description = "\(relation.descriptor.id): \(call)\(seedText) threw \(String(reflecting: error))"
    }
}
