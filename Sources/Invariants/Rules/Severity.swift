/// How serious a broken rule is.
///
/// Severities are ordered: `.info < .warning < .error < .critical`. Samplers and policies can treat
/// them differently, for example checking critical rules on every call and enforcing only those.
///
/// ```swift
/// Invariant("total-covers-lines", severity: .critical) { cart, quote in quote.total >= cart.subtotal }
/// ```
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Worth knowing; never worth waking anyone.
    ///
    /// ```swift
    /// Invariant("non-empty-quote", severity: .info) { cart, quote in cart.lines.isEmpty || !quote.lineTotals.isEmpty }
    /// ```
    case info
    /// Probably wrong; look at it during working hours.
    ///
    /// ```swift
    /// Expect(\.total, "below-retail-limit", severity: .warning) { $0 <= 10_000 }
    /// ```
    case warning
    /// Wrong output. The default severity of a rule.
    ///
    /// ```swift
    /// Expect(\.tax, "tax-non-negative") { $0 >= 0 }   // severity .error
    /// ```
    case error
    /// Wrong output on a path where money, access or data is at stake.
    ///
    /// ```swift
    /// Invariant("total-covers-lines", severity: .critical) { cart, quote in quote.total >= cart.subtotal }
    /// ```
    case critical

    /// The position of the severity in the order `info, warning, error, critical`, from 0.
    ///
    /// ```swift
    /// Severity.critical.rank   // 3
    /// ```
    @inlinable
    public var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        case .critical: 3
        }
    }

    /// A one-bit mask for this severity, used by ``RuleSelection``.
    @inlinable
    var bit: UInt8 { 1 &<< UInt8(truncatingIfNeeded: rank) }

    /// Whether `lhs` is less serious than `rhs`.
    ///
    /// ```swift
    /// Severity.warning < .critical   // true
    /// ```
    @inlinable
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The raw value: `info`, `warning`, `error` or `critical`.
    ///
    /// ```swift
    /// "\(Severity.critical)"   // "critical"
    /// ```
    public var description: String { rawValue }
}
