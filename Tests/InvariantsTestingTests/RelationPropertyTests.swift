import Foundation
import InvariantsTesting
import Synchronization
import Testing

/// Relations in tests: metamorphic properties over generated inputs and seeds, and replays of the
/// relation violations production recorded.
struct RelationPropertyTests {
    struct Line: Codable, Sendable, Hashable {
        var cents: Int
        var quantity: Int
    }

    struct Cart: Codable, Sendable, Hashable {
        var lines: [Line]
        var apiToken = "sk_live_SECRET"
    }

    static let cart: Gen<Cart> = Gen.zip(.int(in: 0...500), .int(in: 1...5))
        .map { Line(cents: $0.0, quantity: $0.1) }.array(count: 0...6).map { Cart(lines: $0) }

    static let rules = InvariantSet<Cart, Int>("pricing.cart") {
        Invariant("total-non-negative") { _, total in total >= 0 }
    }.relating {
        Metamorphic(
            "order-independent",
            seededTransform: { cart, random in
                var reordered = cart
                reordered.lines.shuffle(using: &random)
                return reordered
            }
        ) { original, reordered in original.output == reordered.output }
        Deterministic("same-cart-same-total")
    }

    static func total(_ cart: Cart) -> Int {
        cart.lines.reduce(0) { $0 + $1.cents * $1.quantity }
    }

    /// A rewrite that drops the last line of carts with more than two lines.
    static func droppingLastLine(_ cart: Cart) -> Int {
        total(Cart(lines: cart.lines.count > 2 ? Array(cart.lines.dropLast()) : cart.lines))
    }

    @Test func aCorrectFunctionKeepsItsRelations() async {
        await expectInvariants(Self.rules, of: Self.total, over: Self.cart, seed: 1, database: .disabled)
    }

    @Test func defaultSettingsCatchADroppedLineAndShowBothCalls() async {
        let comments = Mutex<[String]>([])
        await withKnownIssue {
            await expectInvariants(Self.rules, of: Self.droppingLastLine, over: Self.cart, database: .disabled)
        } matching: { issue in
            comments.withLock { $0.append(issue.comments.map(\.rawValue).joined()) }
            return true
        }
        let comment = comments.withLock { $0 }.joined()
        #expect(comment.contains("✗ pricing.cart/order-independent [error]: does not hold"))
        #expect(comment.contains("    transformed (seed "))
        #expect(!comment.contains("same-cart-same-total"))
    }

    @Test func aSetOrderPickFailsItsDeterminismRelationInATest() async {
        let recs = InvariantSet<[String], String>("recs.pick") {}.relating { Deterministic("same-skus-same-pick") }
        await withKnownIssue {
            await expectInvariants(
                recs, of: { Set($0).first ?? "" }, over: Gen.int(in: 0...99).map { "sku-\($0)" }.array(count: 0...8),
                database: .disabled)
        }
    }

    @Test func shrinkingKeepsTheSmallestCartThatStillShowsTheBug() {
        let property = Property(over: .zip(Self.cart, .uint64), seed: 7, database: .disabled)
        let result = property.verify { pair, _ in
            try Self.rules.verdict(of: Self.droppingLastLine, for: pair.0, seed: RelationSeed(pair.1))
        }
        let counterexample = result.counterexample
        #expect(counterexample?.0.lines.count == 3)
        #expect(counterexample?.0.lines.filter { $0.cents != 0 }.count == 1)
    }

    @Test func aSecondCallThatThrowsFailsTheCaseNamingTheRelationAndSeed() {
        let calls = Mutex(0)
        let secondCallThrows = { (cart: Cart) throws -> Int in
            try calls.withLock { count in
                count += 1
                if count > 1 { throw CancellationError() }
                return Self.total(cart)
            }
        }
        #expect {
            try Self.rules.verdict(of: secondCallThrows, for: Cart(lines: []), seed: RelationSeed(1))
        } throws: { error in
            String(describing: error).hasPrefix(
                "pricing.cart/order-independent: the call on the transformed input (seed 0000000000000001) threw")
        }
    }

    @Test func aRecordedMetamorphicViolationReplaysUntilTheFunctionIsFixed() async throws {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let price = monitor.guarded(Self.rules, relations: Self.patient(sampler: .always), Self.droppingLastLine)
        let cart = Cart(lines: [
            Line(cents: 100, quantity: 1), Line(cents: 200, quantity: 1), Line(cents: 400, quantity: 1),
        ])
        for _ in 0..<20 { _ = price(cart) }
        #expect(await monitor.shutdown(deadline: .seconds(30)))
        let record = try #require(sink.records.first { $0.invariantID == "pricing.cart/order-independent" })
        let url = try Self.fixture([record])
        defer { try? FileManager.default.removeItem(at: url) }
        let fixture = try RegressionFixture(contentsOf: url)
        #expect(fixture.cases.first?.seed == record.comparison?.seed)
        let broken = Replay.run(Self.rules, of: Self.droppingLastLine, cases: fixture.cases)
        #expect(broken.checked == 1 && broken.failures.count == 1)
        #expect(broken.failures.first?.message.hasPrefix("✗ pricing.cart/order-independent [error]") == true)
        #expect(Replay.run(Self.rules, of: Self.total, cases: fixture.cases).failures.isEmpty)
        await expectInvariants(Self.rules, of: Self.total, replaying: url)
        await withKnownIssue {
            await expectInvariants(Self.rules, of: Self.droppingLastLine, replaying: url)
        }
    }

    @Test func aRecordedDeterminismViolationReplays() async throws {
        let recs = InvariantSet<[String], String>("recs.pick") {}.relating { Deterministic("same-skus-same-pick") }
        let pick: @Sendable ([String]) -> String = { Set($0).first ?? "" }
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let guardedPick = monitor.guarded(recs, relations: Self.patient(sampler: .ratio(0.05)), pick)
        let skus = (0..<8).map { "sku-\($0)" }
        for index in 0..<2_000 { _ = withInvariantContext(requestID: "req-\(index)") { guardedPick(skus) } }
        #expect(await monitor.shutdown(deadline: .seconds(30)))
        let record = try #require(sink.records.first)
        let url = try Self.fixture([record])
        defer { try? FileManager.default.removeItem(at: url) }
        let cases = try RegressionFixture(contentsOf: url).cases
        let again = Replay.run(recs, of: pick, cases: cases)
        #expect(again.checked == 1 && again.failures.count == 1, "\(again)")
        #expect(Replay.run(recs, of: { $0.min() ?? "" }, cases: cases).failures.isEmpty)
    }

    /// Reruns with 30 s for each off-path second call: on a loaded machine the default 1 s times out, and a
    /// timeout is recorded instead of the relation's violation.
    static func patient(sampler: any Sampler) -> RelationChecks {
        .rerun(.pure, sampler: sampler, options: ExperimentOptions(timeout: .seconds(30)))
    }

    static func fixture(_ records: [ViolationRecord]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relations-\(UUID().uuidString).jsonl")
        try records.map { try $0.jsonLine() }.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
