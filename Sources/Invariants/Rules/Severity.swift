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
    case info
    /// Probably wrong; look at it during working hours.
    case warning
    /// Wrong output. The default severity of a rule.
    case error
    /// Wrong output on a path where money, access or data is at stake.
    case critical

    /// The position of the severity in the order `info, warning, error, critical`, from 0.
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

    @inlinable
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var description: String { rawValue }
}
