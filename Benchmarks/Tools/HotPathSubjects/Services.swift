// Guards held the way a service holds them: in a property of a long-lived object, called from a method
// the caller cannot see into (`@inline(never)`, in this module, not the benchmark's). The benchmark's loop
// calls the method, so nothing of the guard is inlined into the loop, and the guard is not rebuilt or
// constant-folded around it: what a request handler pays per call.

public import Invariants

/// `combine` behind each kind of guard, one method per way of calling it.
public final class TrivialService: Sendable {
    /// `monitor.guarded(rules) { combine($0) }`, stored as the function type a service declares.
    let combineClosure: @Sendable (Pair) -> Out
    /// `monitor.guard(rules)`, called with `combine` at the call site.
    let combineGuard: InvariantGuard<Pair, Out>

    /// Guards `combine` with `rules` through `monitor`.
    public init(monitor: InvariantMonitor, rules: InvariantSet<Pair, Out>) {
        combineClosure = monitor.guarded(rules) { combine($0) }
        combineGuard = monitor.guard(rules)
    }

    /// `combine` with no guard: what the other methods are compared with.
    @inline(never)
    public func bare(_ pair: Pair) -> Out {
        combine(pair)
    }

    /// Through the closure `guarded` returned.
    @inline(never)
    public func throughClosure(_ pair: Pair) -> Out {
        combineClosure(pair)
    }

    /// Through the guard, called with the function.
    @inline(never)
    public func throughGuard(_ pair: Pair) -> Out {
        combineGuard(pair) { combine($0) }
    }
}

/// `quote` behind each kind of guard, one method per way of calling it.
public final class PricingService: Sendable {
    /// `monitor.guarded(rules) { quote($0) }`, stored as the function type a service declares.
    let quoteClosure: @Sendable (Cart) -> Quote
    /// `monitor.guard(pricingRules)`, called with `quote` at the call site.
    let quoteGuard: InvariantGuard<Cart, Quote>

    /// Guards `quote` with `rules` (`pricingRules` unless given) through `monitor`.
    public init(monitor: InvariantMonitor, rules: InvariantSet<Cart, Quote> = pricingRules) {
        quoteClosure = monitor.guarded(rules) { quote($0) }
        quoteGuard = monitor.guard(rules)
    }

    /// `quote` with no guard.
    @inline(never)
    public func bare(_ cart: Cart) -> Quote {
        quote(cart)
    }

    /// Through the closure `guarded` returned.
    @inline(never)
    public func throughClosure(_ cart: Cart) -> Quote {
        quoteClosure(cart)
    }

    /// Through the guard, called with the function.
    @inline(never)
    public func throughGuard(_ cart: Cart) -> Quote {
        quoteGuard(cart) { quote($0) }
    }
}
