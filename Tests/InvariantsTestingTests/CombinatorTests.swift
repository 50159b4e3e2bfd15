import InvariantsTesting
import Testing

struct CombinatorTests {
    enum Plan: CaseIterable, Equatable, Sendable {
        case free, pro, enterprise
    }

    indirect enum Tree: Equatable, Sendable {
        case leaf
        case node(Tree, Int, Tree)

        var depth: Int {
            switch self {
            case .leaf: 0
            case .node(let left, _, let right): 1 + max(left.depth, right.depth)
            }
        }
    }

    static let tree = Gen<Tree>.recursive(maxDepth: 3) { tree in
        .oneOf(.constant(.leaf), Gen.zip(tree, Gen.int(in: 0...9), tree).map { Tree.node($0, $1, $2) })
    }

    @Test func constantAlwaysGivesTheValue() {
        #expect(Gen.constant("EUR").sample(count: 5, seed: 1) == ["EUR", "EUR", "EUR", "EUR", "EUR"])
    }

    @Test func elementOfPicksEveryElement() {
        #expect(Set(Gen.element(of: ["a", "b", "c"]).sample(count: 100, seed: 2)) == ["a", "b", "c"])
    }

    @Test func allCasesCoversEveryCase() {
        #expect(Set(Gen<Plan>.allCases.sample(count: 100, seed: 3).map { "\($0)" }) == ["free", "pro", "enterprise"])
    }

    @Test func oneOfDrawsFromEveryGenerator() {
        let values = Gen.oneOf(.constant(-1), .int(in: 10...20)).sample(count: 200, seed: 4)
        #expect(values.contains(-1))
        #expect(values.contains { (10...20).contains($0) })
        #expect(values.allSatisfy { $0 == -1 || (10...20).contains($0) })
    }

    @Test func frequencyFollowsWeights() {
        let values = Gen.frequency((9, .constant(true)), (1, .constant(false))).sample(count: 1_000, seed: 5)
        let trues = values.filter { $0 }.count
        #expect((800...980).contains(trues))
    }

    @Test func optionalGivesNilAndValues() {
        let values = Gen.int(in: 1...3).optional.sample(count: 200, seed: 6)
        #expect(values.contains(nil))
        #expect(values.compactMap { $0 }.allSatisfy { (1...3).contains($0) })
    }

    @Test func mapTransformsValues() {
        #expect(Gen.int(in: 0...50).map { $0 * 2 }.sample(count: 200, seed: 7).allSatisfy { $0.isMultiple(of: 2) })
    }

    @Test func filterKeepsOnlyAcceptedValues() {
        let odd = Gen.int(in: 0...99).filter { !$0.isMultiple(of: 2) }
        #expect(odd.sample(count: 300, seed: 8).allSatisfy { !$0.isMultiple(of: 2) })
    }

    @Test func flatMapBindsTheSecondGeneratorToTheFirstValue() {
        let lists = Gen.int(in: 0...5).flatMap { n in Gen.bool.array(count: n...n).map { (n, $0) } }
        #expect(lists.sample(count: 200, seed: 9).allSatisfy { $0.0 == $0.1.count })
    }

    @Test func zipCombinesTwoToSixGenerators() {
        let two = Gen.zip(Gen.int(in: 0...1), Gen.bool).sample(count: 50, seed: 10)
        #expect(two.allSatisfy { (0...1).contains($0.0) })
        let six = Gen.zip(
            Gen.int(in: 0...1), Gen.bool, Gen.constant("x"), Gen.int(in: 5...6), Gen.uint8(in: 1...1), Gen.string
        ).sample(count: 50, seed: 10)
        #expect(six.count == 50)
        #expect(six.allSatisfy { $0.2 == "x" && (5...6).contains($0.3) && $0.4 == 1 })
    }

    @Test func recursiveGeneratorStaysWithinDepth() {
        let trees = Self.tree.sample(count: 300, seed: 11)
        #expect(trees.allSatisfy { $0.depth <= 4 })
        #expect(trees.contains(.leaf))
        #expect(trees.contains { $0.depth >= 3 })
    }

    @Test func recursiveGeneratorShrinksToTheSmallestTree() {
        let result = Property(over: Self.tree, seed: 12, database: .disabled).check { $0.depth < 2 }
        #expect(result.counterexample == .node(.leaf, 0, .node(.leaf, 0, .leaf)))
    }

    @Test func customGeneratorsComposeWithDraw() {
        let point = Gen<[Int]> { draw in [try draw(.int(in: 0...3)), try draw(.int(in: 10...13))] }
        #expect(point.sample(count: 100, seed: 13).allSatisfy { (0...3).contains($0[0]) && (10...13).contains($0[1]) })
        let result = Property(over: point, seed: 13, database: .disabled).check { $0[0] + $0[1] < 14 }
        #expect(result.counterexample == [1, 13])
    }

    @Test func sameSeedGivesSameValuesForEveryCombinator() {
        let gen = Gen.zip(Gen.string(.unicode), Gen.double, Gen.int.array().optional, Self.tree)
        let first = gen.sample(count: 30, seed: 14).map { "\($0)" }
        let second = gen.sample(count: 30, seed: 14).map { "\($0)" }
        #expect(first == second)
    }
}
