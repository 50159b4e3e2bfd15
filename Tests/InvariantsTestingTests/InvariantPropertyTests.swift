import Foundation
import InvariantsTesting
import Testing

struct InvariantPropertyTests {
    struct Item: Sendable, Hashable {
        var cents: Int
        var quantity: Int
    }

    struct Bill: Sendable, Hashable {
        var items: [Item]
        var exempt: Bool
    }

    struct Total: Sendable, Hashable {
        var net: Int
        var tax: Int
    }

    static let rules = InvariantSet<Bill, Total>("billing.total") {
        Invariant("net-is-sum-of-items") { bill, total in
            total.net == bill.items.reduce(0) { $0 + $1.cents * $1.quantity }
        }
        Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        When({ bill, _ in bill.exempt }) {
            Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
        }
    }

    static let bills = Gen.zip(
        Gen.zip(Gen.int(in: 0...10_000), Gen.int(in: 1...5)).map { Item(cents: $0, quantity: $1) }.array(count: 0...6),
        Gen.bool
    ).map { Bill(items: $0, exempt: $1) }

    static func correct(_ bill: Bill) -> Total {
        let net = bill.items.reduce(0) { $0 + $1.cents * $1.quantity }
        return Total(net: net, tax: bill.exempt ? 0 : net / 5)
    }

    /// Drops the last item once a bill has three or more: the "data silently truncated" bug.
    static func truncating(_ bill: Bill) -> Total {
        correct(Bill(items: bill.items.count >= 3 ? Array(bill.items.dropLast()) : bill.items, exempt: bill.exempt))
    }

    @Test func aCorrectFunctionKeepsEveryRule() async {
        await expectInvariants(
            Self.rules, of: Self.correct, over: Self.bills, iterations: 300, seed: 11, database: .disabled)
    }

    @Test func aBrokenFunctionIsReportedOnceWithTheRuleAndTheSmallestInput() async throws {
        await withKnownIssue {
            await expectInvariants(Self.rules, of: Self.truncating, over: Self.bills, seed: 11, database: .disabled)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("billing.total/net-is-sum-of-items") }
        }
        let result = Property(over: Self.bills, iterations: 100, seed: 11, database: .disabled).verify { bill, _ in
            Self.rules.check(bill, Self.truncating(bill)).verdict
        }
        let bill = try #require(result.counterexample)
        #expect(bill.items.count == 3)
        #expect(bill.items.dropLast().allSatisfy { $0 == Item(cents: 0, quantity: 1) })
        #expect(bill.items.last == Item(cents: 1, quantity: 1))
        #expect(result.failureMessage?.contains("✗ billing.total/net-is-sum-of-items [error]: does not hold") == true)
    }

    @Test func anErrorThrownByTheFunctionIsAFailure() async {
        struct Unavailable: Error {}
        await withKnownIssue {
            await expectInvariants(Self.rules, of: { _ in throw Unavailable() }, over: Self.bills, database: .disabled)
        }
    }
}
