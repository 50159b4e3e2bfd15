import Invariants

extension Replay {
    /// How many times a determinism relation's case calls the function twice before it counts as fixed:
    /// nondeterminism may not show on every pair of calls.
    public static let determinismAttempts = 20

    /// Replays a relation's case: both calls, with the case's seed; a determinism case is tried up to
    /// ``determinismAttempts`` times.
    static func replay<Input: Decodable, Output>(
        _ relation: Relation<Input, Output>, of function: (Input) throws -> Output, _ regression: RegressionCase,
        into result: inout ReplayResult
    ) {
        guard let input: Input = decode(regression, into: &result) else { return }
        let seed = regression.seed ?? RelationSeed(0)
        var failure: String?
        do {
            for attempt in 1...(relation.isDeterminism ? determinismAttempts : 1) where failure == nil {
                let original = RelatedCall(input: input, output: try function(input))
                let transformed = relation.transformed(input, seed: seed)
                let second = RelatedCall(
                    input: transformed, output: try HeapShift.during(depth: attempt) { try function(transformed) })
                failure = relation.failure(original, second, seed: seed)
            }
        } catch {
            failure = "the function threw: \(error)"
        }
        note(failure, regression, into: &result)
    }

    /// The `async` twin of the synchronous relation replay.
    static func replay<Input: Decodable, Output>(
        _ relation: Relation<Input, Output>, of function: (Input) async throws -> Output, _ regression: RegressionCase,
        into result: inout ReplayResult
    ) async {
        guard let input: Input = decode(regression, into: &result) else { return }
        let seed = regression.seed ?? RelationSeed(0)
        var failure: String?
        do {
            for attempt in 1...(relation.isDeterminism ? determinismAttempts : 1) where failure == nil {
                let original = RelatedCall(input: input, output: try await function(input))
                let transformed = relation.transformed(input, seed: seed)
                let second = RelatedCall(
                    input: transformed,
                    output: try await HeapShift.during(depth: attempt) { try await function(transformed) })
                failure = relation.failure(original, second, seed: seed)
            }
        } catch {
            failure = "the function threw: \(error)"
        }
        note(failure, regression, into: &result)
    }

    private static func note(_ failure: String?, _ regression: RegressionCase, into result: inout ReplayResult) {
        result.checked += 1
        if let failure { result.failures.append(.init(id: regression.id, message: failure)) }
    }
}
