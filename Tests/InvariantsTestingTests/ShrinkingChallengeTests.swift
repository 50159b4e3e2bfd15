import InvariantsTesting
import Testing

/// The public shrinking challenges (github.com/jlink/shrinking-challenge), each run on 20 seeds: the
/// best-known minimum must be reached in at least 19 (95 %), and the median number of property evaluations
/// after the first failure must stay at or below the committed figure: a little above today's median, and never
/// above Hypothesis 6.155's median on the same seeds, bounds and counting
/// (`Benchmarks/ShrinkingChallenges/hypothesis_challenges.py`; the table is in Benchmarks/README.md).
struct ShrinkingChallengeTests {
    static let seeds = (1...20).map(UInt64.init)

    indirect enum Expression: Hashable, Sendable, CustomStringConvertible {
        case value(Int)
        case add(Expression, Expression)
        case divide(Expression, Expression)

        var description: String {
            switch self {
            case .value(let n): "\(n)"
            case .add(let a, let b): "(\(a) + \(b))"
            case .divide(let a, let b): "(\(a) / \(b))"
            }
        }

        /// `nil` on a division by zero.
        var value: Int? {
            switch self {
            case .value(let n): return n
            case .add(let a, let b):
                guard let a = a.value, let b = b.value else { return nil }
                return a &+ b
            case .divide(let a, let b):
                guard let a = a.value, let b = b.value, b != 0 else { return nil }
                return a / b
            }
        }

        var dividesByLiteralZero: Bool {
            switch self {
            case .value: false
            case .add(let a, let b): a.dividesByLiteralZero || b.dividesByLiteralZero
            case .divide(let a, let b): b == .value(0) || a.dividesByLiteralZero || b.dividesByLiteralZero
            }
        }
    }

    /// Runs a challenge on every seed; returns how many reached `isMinimal` and the median shrink evaluations.
    static func run<Value>(
        _ name: String, over gen: Gen<Value>, iterations: Int = 100, _ body: @escaping (Value) -> Bool,
        isMinimal: (Value) -> Bool
    ) -> (minimal: Int, median: Int) {
        var minimal = 0
        var evaluations: [Int] = []
        for seed in seeds {
            let result = Property(over: gen, iterations: iterations, seed: seed, database: .disabled).check(body)
            guard let counterexample = result.counterexample else { continue }
            if isMinimal(counterexample) {
                minimal += 1
            } else {
                print("\(name) seed \(seed): \(counterexample)")
            }
            evaluations.append(result.shrinkEvaluations)
        }
        let median = evaluations.sorted()[evaluations.count / 2]
        print(
            "challenge \(name): found in \(evaluations.count), minimal in \(minimal) of \(seeds.count), "
                + "median shrink evaluations \(median)"
        )
        return (minimal, median)
    }

    @Test func reverse() {
        let outcome = Self.run("reverse", over: Gen.int.array(), { Array($0.reversed()) == $0 }) { $0 == [0, 1] }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 9)
    }

    @Test func distinct() {
        let outcome = Self.run("distinct", over: Gen.int.array(), { Set($0).count < 3 }) { $0 == [0, 1, -1] }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 33)
    }

    @Test func bound5() {
        let list = Gen.int16.array().filter { $0.reduce(0, &+) < 256 }
        let gen = Gen.zip(list, list, list, list, list)
        let outcome = Self.run(
            "bound5", over: gen, iterations: 1_000,
            { a, b, c, d, e in (a + b + c + d + e).reduce(Int16(0), &+) < 5 * 256 }
        ) { a, b, c, d, e in (a + b + c + d + e).sorted() == [-32_768, -1] }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 120)
    }

    @Test func lengthlist() {
        let gen = Gen.int(in: 1...100).flatMap { n in Gen.int(in: 0...1_000).array(count: n...n) }
        let outcome = Self.run("lengthlist", over: gen, { ($0.max() ?? 0) < 900 }) { $0 == [900] }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 69)
    }

    @Test func largeUnionList() {
        let outcome = Self.run("large_union_list", over: Gen.int.array().array(), { Set($0.joined()).count <= 4 }) {
            $0.count == 1 && Set($0[0]) == [0, 1, -1, 2, -2] && $0[0].count == 5
        }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 175)
    }

    @Test func nestedlists() {
        let outcome = Self.run("nestedlists", over: Gen.int.array().array(), { $0.map(\.count).reduce(0, +) <= 10 }) {
            $0 == [Array(repeating: 0, count: 11)]
        }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 84)
    }

    @Test func deletion() {
        let gen = Gen.int.array(count: 1...20).flatMap { xs in Gen.int(in: 0...xs.count - 1).map { (xs, $0) } }
        let outcome = Self.run(
            "deletion", over: gen,
            { xs, i in
                var rest = xs
                rest.remove(at: rest.firstIndex(of: xs[i])!)
                return !rest.contains(xs[i])
            }
        ) { xs, i in xs == [0, 0] && i == 0 }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 10)
    }

    @Test func coupling() {
        let gen = Gen.int(in: 0...10).array().filter { xs in xs.allSatisfy { $0 < xs.count } }
        let outcome = Self.run(
            "coupling", over: gen,
            { xs in
                xs.indices.allSatisfy { i in xs[i] == i || xs[xs[i]] != i }
            }
        ) { $0 == [1, 0] }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 18)
    }

    @Test func difference1() {
        let outcome = Self.run("difference_1", over: Gen.zip(Gen.int, Gen.int), { x, y in x < 10 || x != y }) {
            $0 == 10 && $1 == 10
        }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 33)
    }

    @Test func difference2() {
        let holds: (Int, Int) -> Bool = { x, y in x < 10 || !(UInt(1)...4).contains((x &- y).magnitude) }
        let outcome = Self.run("difference_2", over: Gen.zip(Gen.int, Gen.int), holds) { $0 == 10 && $1 == 6 }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 44)
    }

    @Test func difference3() {
        let holds: (Int, Int) -> Bool = { x, y in x < 10 || (x &- y).magnitude != 1 }
        let outcome = Self.run("difference_3", over: Gen.zip(Gen.int, Gen.int), holds) { $0 == 10 && $1 == 9 }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 36)
    }

    @Test func calculator() {
        let expression = Gen<Expression>.recursive(maxDepth: 4) { inner in
            .oneOf(
                Gen.int(in: -10...10).map(Expression.value),
                Gen.zip(inner, inner).map(Expression.add),
                Gen.zip(inner, inner).map(Expression.divide)
            )
        }.filter { !$0.dividesByLiteralZero }
        let outcome = Self.run("calculator", over: expression, iterations: 1_000, { $0.value != nil }) {
            $0 == .divide(.value(0), .add(.value(0), .value(0)))
        }
        #expect(outcome.minimal >= 19)
        #expect(outcome.median <= 24)
    }
}
