// The functions, rule sets and inputs measured by the HotPath benchmarks and by InstructionCount.
// They live in their own module so both executables measure exactly the same code.

public import Foundation
public import Invariants

// MARK: - Realistic function: pricing a 3-line cart with Decimal arithmetic

public struct Line: Sendable {
    public var unitPrice: Decimal
    public var quantity: Int

    public init(unitPrice: Decimal, quantity: Int) { self.unitPrice = unitPrice; self.quantity = quantity }
}

public struct Cart: Sendable {
    public var lines: [Line]
    public var currency: String
    public var taxExempt: Bool

    public init(lines: [Line], currency: String, taxExempt: Bool) { self.lines = lines; self.currency = currency; self.taxExempt = taxExempt }
}

public struct Quote: Sendable {
    public var total: Decimal
    public var tax: Decimal
    public var currency: String
    public var lineTotals: [Decimal]

    public init(total: Decimal, tax: Decimal, currency: String, lineTotals: [Decimal]) {
        self.total = total; self.tax = tax; self.currency = currency; self.lineTotals = lineTotals
    }
}

/// 20 % tax.
public let taxRate = Decimal(sign: .plus, exponent: -2, significand: 20)

@inline(__always)
func roundedToCents(_ value: Decimal) -> Decimal {
    var value = value
    var result = Decimal()
    NSDecimalRound(&result, &value, 2, .bankers)
    return result
}

/// The function under test. Not inlined, as a service's function would not be inlined into its guard.
@inline(never)
public func quote(_ cart: Cart) -> Quote {
    var lineTotals: [Decimal] = []
    lineTotals.reserveCapacity(cart.lines.count)
    var subtotal = Decimal.zero
    for line in cart.lines {
        let lineTotal = roundedToCents(line.unitPrice * Decimal(line.quantity))
        lineTotals.append(lineTotal)
        subtotal += lineTotal
    }
    let tax = cart.taxExempt ? Decimal.zero : roundedToCents(subtotal * taxRate)
    return Quote(total: subtotal + tax, tax: tax, currency: cart.currency, lineTotals: lineTotals)
}

public let pricingRules = InvariantSet<Cart, Quote>("pricing.quote") {
    Invariant("total-covers-lines") { _, quote in
        quote.total >= quote.lineTotals.reduce(Decimal.zero, +)
    }
    Invariant("currency-preserved") { cart, quote in quote.currency == cart.currency }
    Expect(\.tax, "tax-non-negative") { $0 >= 0 }
    When({ cart, _ in cart.taxExempt }) {
        Expect(\.tax, "exempt-pays-no-tax") { $0 == 0 }
    }
    ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
}

/// The same five checks as `pricingRules`, written by hand.
@inline(never)
public func quoteHandChecked(_ cart: Cart) -> Quote {
    let quote = quote(cart)
    if !(quote.total >= quote.lineTotals.reduce(Decimal.zero, +)) { handViolation("total-covers-lines") }
    if !(quote.currency == cart.currency) { handViolation("currency-preserved") }
    if !(quote.tax >= 0) { handViolation("tax-non-negative") }
    if cart.taxExempt, !(quote.tax == 0) { handViolation("exempt-pays-no-tax") }
    for lineTotal in quote.lineTotals where !(lineTotal >= 0) {
        handViolation("line-totals-non-negative")
        break
    }
    return quote
}

// MARK: - Trivial function: three integer operations

public struct Pair: Sendable {
    public var a: Int
    public var b: Int

    public init(a: Int, b: Int) { self.a = a; self.b = b }
}

public struct Out: Sendable {
    public var sum: Int
    public var diff: Int
    public var product: Int

    public init(sum: Int, diff: Int, product: Int) { self.sum = sum; self.diff = diff; self.product = product }
}

@inline(never)
public func combine(_ pair: Pair) -> Out {
    Out(sum: pair.a &+ pair.b, diff: pair.a &- pair.b, product: pair.a &* pair.b)
}

public let trivialRules = InvariantSet<Pair, Out>("trivial") {
    Invariant("sum") { pair, out in out.sum == pair.a &+ pair.b }
    Invariant("diff") { pair, out in out.diff == pair.a &- pair.b }
    Invariant("product") { pair, out in out.product == pair.a &* pair.b }
    Expect(\.sum, "sum-not-min") { $0 != Int.min }
    Expect(\.product, "product-not-min") { $0 != Int.min }
}

/// The same five checks as `trivialRules`, written by hand.
@inline(never)
public func combineHandChecked(_ pair: Pair) -> Out {
    let out = combine(pair)
    if out.sum != pair.a &+ pair.b { handViolation("sum") }
    if out.diff != pair.a &- pair.b { handViolation("diff") }
    if out.product != pair.a &* pair.b { handViolation("product") }
    if out.sum == Int.min { handViolation("sum-not-min") }
    if out.product == Int.min { handViolation("product-not-min") }
    return out
}

/// What a hand-written check does when it fails; never called in these benchmarks.
@inline(never)
public func handViolation(_ rule: StaticString) {
    fatalError("hand-written check \(rule) failed")
}

// MARK: - Inputs

/// Power of two, so `index & inputMask` picks an input.
public let inputCount = 1024
public let inputMask = inputCount - 1

/// SplitMix64 with a fixed seed: the same inputs on every run, so allocation counts (which depend on the
/// `Decimal` values) are reproducible and can be compared with zero tolerance.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

public func makeCarts() -> [Cart] {
    var generator = SeededGenerator(state: 0x5EED_CA27)
    let currencies = ["EUR", "USD", "GBP", "CHF"]
    return (0..<inputCount).map { index in
        let lines = (0..<3).map { _ in
            Line(
                unitPrice: Decimal(Int.random(in: 1...99_999, using: &generator)) / 100,  // 0.01 ... 999.99
                quantity: Int.random(in: 1...20, using: &generator)
            )
        }
        return Cart(lines: lines, currency: currencies[index % currencies.count], taxExempt: index % 4 == 0)
    }
}

public func makePairs() -> [Pair] {
    var generator = SeededGenerator(state: 0x5EED_9A12)
    return (0..<inputCount).map { _ in
        Pair(
            a: Int.random(in: -1_000_000...1_000_000, using: &generator),
            b: Int.random(in: -1_000_000...1_000_000, using: &generator)
        )
    }
}

