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
