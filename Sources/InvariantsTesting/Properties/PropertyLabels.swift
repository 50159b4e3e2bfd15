/// Labels for the current case, so the report shows how the generated values were distributed.
///
/// ```swift
/// Property(over: .int.array()).check { xs, labels in
///     labels.label(xs.isEmpty ? "empty" : "non-empty")
///     labels.classify(xs.count > 10, "long")
///     return xs.sorted().count == xs.count
/// }
/// ```
public final class PropertyLabels {
    private(set) var names: [String] = []
    private(set) var shape: UInt64?

    init() {}

    /// Clears the labels for the next case (drivers reuse one object per run).
    func reset() {
        if !names.isEmpty { names.removeAll(keepingCapacity: true) }
        shape = nil
    }

    /// Labels this case with `name` (a case counts once per label).
    ///
    /// ```swift
    /// labels.label(order.isRefund ? "refund" : "sale")
    /// ```
    public func label(_ name: String) {
        if !names.contains(name) { names.append(name) }
    }

    /// Labels this case with `name` when `condition` holds.
    ///
    /// ```swift
    /// labels.classify(cart.lines.isEmpty, "empty cart")
    /// ```
    public func classify(_ condition: Bool, _ name: String) {
        if condition { label(name) }
    }

    /// Records the output the property computed for this case, so generation can search for boundaries: when
    /// two inputs that differ in one number give outputs of different shape (a price of 0 or not, `nil` or
    /// not, another enum case or `Bool`), the cases between them are bisected to the value where the shape
    /// changes, which is where `>` versus `>=` bugs live. `expectInvariants` observes the function's output.
    ///
    /// ```swift
    /// Property(over: .cart).check { cart, labels in
    ///     let quote = PricingEngine.quote(cart)
    ///     labels.observe(quote)
    ///     return quoteRules.check(cart, quote).hasPassed
    /// }
    /// ```
    public func observe<Output>(_ output: Output) {
        shape = OutputShape.of(output)
    }
}
