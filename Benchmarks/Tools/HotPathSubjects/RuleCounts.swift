// Trivial rule sets of 1, 5 and 10 rules over `combine`, and the same checks written by hand: the cost of
// one rule is (guarded − hand-written) / rules.

public import Invariants

/// One rule.
public let trivialRules1 = InvariantSet<Pair, Out>("trivial1") {
    Invariant("sum") { pair, out in out.sum == pair.a &+ pair.b }
}

/// Ten rules: `trivialRules` and five more of the same kind.
public let trivialRules10 = InvariantSet<Pair, Out>("trivial10") {
    Invariant("sum") { pair, out in out.sum == pair.a &+ pair.b }
    Invariant("diff") { pair, out in out.diff == pair.a &- pair.b }
    Invariant("product") { pair, out in out.product == pair.a &* pair.b }
    Expect(\.sum, "sum-not-min") { $0 != Int.min }
    Expect(\.product, "product-not-min") { $0 != Int.min }
    Invariant("sum-plus-diff") { pair, out in out.sum &+ out.diff == pair.a &* 2 }
    Invariant("sum-minus-diff") { pair, out in out.sum &- out.diff == pair.b &* 2 }
    Expect(\.diff, "diff-not-min") { $0 != Int.min }
    Expect(\.sum, "sum-not-max") { $0 != Int.max }
    Expect(\.product, "product-not-max") { $0 != Int.max }
}

/// Thirty rules like those of `trivialRules10`, in one static tree; each predicate differs from the others (and
/// from `trivialRules10`'s) so that the linker does not merge identical closures and change their cost. Measured so that a large tree's cost per
/// rule is known, and compiled in release so that a tree this size is known to compile (the Swift 6.3 optimiser
/// once crashed on a 10-rule tree whose rules were passed pointers).
public let trivialRules30 = InvariantSet<Pair, Out>("trivial30") {
    Invariant("sum-0") { pair, out in out.sum == pair.a &+ pair.b || pair.a == Int.min &+ 1 }
    Invariant("diff-0") { pair, out in out.diff == pair.a &- pair.b || pair.a == Int.min &+ 1 }
    Invariant("product-0") { pair, out in out.product == pair.a &* pair.b || pair.a == Int.min &+ 1 }
    Expect(\.sum, "sum-not-min-0") { $0 != Int.min &+ 1 }
    Expect(\.product, "product-not-min-0") { $0 != Int.min &+ 1 }
    Invariant("sum-plus-diff-0") { pair, out in out.sum &+ out.diff == pair.a &* 2 || pair.a == Int.min &+ 1 }
    Invariant("sum-minus-diff-0") { pair, out in out.sum &- out.diff == pair.b &* 2 || pair.a == Int.min &+ 1 }
    Expect(\.diff, "diff-not-min-0") { $0 != Int.min &+ 1 }
    Expect(\.sum, "sum-not-max-0") { $0 != Int.max &- 1 }
    Expect(\.product, "product-not-max-0") { $0 != Int.max &- 1 }
    Invariant("sum-1") { pair, out in out.sum == pair.a &+ pair.b || pair.a == Int.min &+ 2 }
    Invariant("diff-1") { pair, out in out.diff == pair.a &- pair.b || pair.a == Int.min &+ 2 }
    Invariant("product-1") { pair, out in out.product == pair.a &* pair.b || pair.a == Int.min &+ 2 }
    Expect(\.sum, "sum-not-min-1") { $0 != Int.min &+ 2 }
    Expect(\.product, "product-not-min-1") { $0 != Int.min &+ 2 }
    Invariant("sum-plus-diff-1") { pair, out in out.sum &+ out.diff == pair.a &* 2 || pair.a == Int.min &+ 2 }
    Invariant("sum-minus-diff-1") { pair, out in out.sum &- out.diff == pair.b &* 2 || pair.a == Int.min &+ 2 }
    Expect(\.diff, "diff-not-min-1") { $0 != Int.min &+ 2 }
    Expect(\.sum, "sum-not-max-1") { $0 != Int.max &- 2 }
    Expect(\.product, "product-not-max-1") { $0 != Int.max &- 2 }
    Invariant("sum-2") { pair, out in out.sum == pair.a &+ pair.b || pair.a == Int.min &+ 3 }
    Invariant("diff-2") { pair, out in out.diff == pair.a &- pair.b || pair.a == Int.min &+ 3 }
    Invariant("product-2") { pair, out in out.product == pair.a &* pair.b || pair.a == Int.min &+ 3 }
    Expect(\.sum, "sum-not-min-2") { $0 != Int.min &+ 3 }
    Expect(\.product, "product-not-min-2") { $0 != Int.min &+ 3 }
    Invariant("sum-plus-diff-2") { pair, out in out.sum &+ out.diff == pair.a &* 2 || pair.a == Int.min &+ 3 }
    Invariant("sum-minus-diff-2") { pair, out in out.sum &- out.diff == pair.b &* 2 || pair.a == Int.min &+ 3 }
    Expect(\.diff, "diff-not-min-2") { $0 != Int.min &+ 3 }
    Expect(\.sum, "sum-not-max-2") { $0 != Int.max &- 3 }
    Expect(\.product, "product-not-max-2") { $0 != Int.max &- 3 }
}

/// Every kind of node in one tree: nested `When`s, `ForEach`, `AnyOf` with an `AllOf`, `Not`, a nested set.
public let nestedPricingRules = InvariantSet<Cart, Quote>("pricing.nested") {
    pricingRules
    When({ cart, _ in !cart.lines.isEmpty }) {
        ForEach(\.lineTotals, "line-totals-bounded") { $0 < 1_000_000 }
        When({ cart, _ in !cart.taxExempt }) {
            Expect(\.tax, "taxed-carts-pay-tax") { $0 >= 0 }
        }
    }
    AnyOf("exempt-or-taxed") {
        Invariant("exempt") { cart, _ in cart.taxExempt }
        AllOf {
            Expect(\.tax, "taxed") { $0 >= 0 }
            Invariant("same-currency") { cart, quote in quote.currency == cart.currency }
        }
    }
    Not("no-negative-total") {
        Expect(\.total, "negative-total") { $0 < 0 }
    }
}

/// The check of `trivialRules1`, written by hand.
@inline(never)
public func combineHandChecked1(_ pair: Pair) -> Out {
    let out = combine(pair)
    if out.sum != pair.a &+ pair.b { handViolation("sum") }
    return out
}

/// The ten checks of `trivialRules10`, written by hand.
@inline(never)
public func combineHandChecked10(_ pair: Pair) -> Out {
    let out = combine(pair)
    if out.sum != pair.a &+ pair.b { handViolation("sum") }
    if out.diff != pair.a &- pair.b { handViolation("diff") }
    if out.product != pair.a &* pair.b { handViolation("product") }
    if out.sum == Int.min { handViolation("sum-not-min") }
    if out.product == Int.min { handViolation("product-not-min") }
    if out.sum &+ out.diff != pair.a &* 2 { handViolation("sum-plus-diff") }
    if out.sum &- out.diff != pair.b &* 2 { handViolation("sum-minus-diff") }
    if out.diff == Int.min { handViolation("diff-not-min") }
    if out.sum == Int.max { handViolation("sum-not-max") }
    if out.product == Int.max { handViolation("product-not-max") }
    return out
}
