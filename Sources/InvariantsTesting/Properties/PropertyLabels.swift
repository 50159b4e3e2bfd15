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

    init() {}

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
}
