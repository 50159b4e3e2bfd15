import Foundation

/// How far apart two JSON numbers may be and still count as the same when outputs are compared.
///
/// Numbers are compared by value, not by text (`1.50` equals `1.5`). With a tolerance, two numbers match
/// when they are within `absolute` of each other, or within `relative` of the larger magnitude.
///
/// ```swift
/// NumericTolerance.exact.accepts("10.00", "10.0")          // true: same value
/// NumericTolerance.absolute(0.01).accepts("10.00", "10.01") // true
/// NumericTolerance.relative(0.001).accepts("1000", "1002")  // false: 0.2 % apart
/// ```
public struct NumericTolerance: Sendable, Hashable, CustomStringConvertible {
    /// The largest accepted difference, in the numbers' own unit.
    ///
    /// ```swift
    /// NumericTolerance.absolute(0.01).absolute   // 0.01
    /// ```
    public var absolute: Double
    /// The largest accepted difference as a fraction of the larger magnitude (`0.01` is 1 %).
    ///
    /// ```swift
    /// NumericTolerance.relative(0.001).relative   // 0.001
    /// ```
    public var relative: Double

    /// Creates a tolerance; either bound accepts a pair.
    ///
    /// - Precondition: both bounds are finite and not negative.
    ///
    /// ```swift
    /// NumericTolerance(absolute: 0.01, relative: 0.001)   // either bound accepts
    /// ```
    public init(absolute: Double = 0, relative: Double = 0) {
        precondition(
            absolute.isFinite && absolute >= 0 && relative.isFinite && relative >= 0,
            "NumericTolerance: bounds must be finite and not negative, got absolute \(absolute), relative \(relative)"
        )
        self.absolute = absolute
        self.relative = relative
    }

    /// Numbers must have the same value: `NumericTolerance.exact`.
    ///
    /// ```swift
    /// JSONDiff.differences(from: old, to: new, tolerance: .exact)
    /// ```
    public static let exact = NumericTolerance()

    /// Numbers may differ by up to `amount`: `.absolute(0.01)` for cents.
    ///
    /// ```swift
    /// expectMatchesBaseline(quote, baseline: url, tolerance: .absolute(0.01))
    /// ```
    public static func absolute(_ amount: Double) -> NumericTolerance {
        NumericTolerance(absolute: amount)
    }

    /// Numbers may differ by up to `fraction` of the larger magnitude: `.relative(0.001)` for 0.1 %.
    ///
    /// ```swift
    /// expectMatchesBaseline(quote, baseline: url, tolerance: .relative(0.001))
    /// ```
    public static func relative(_ fraction: Double) -> NumericTolerance {
        NumericTolerance(relative: fraction)
    }

    /// Whether the numbers written `old` and `new` count as the same.
    ///
    /// ```swift
    /// NumericTolerance.absolute(0.005).accepts("0.10", "0.104")   // true
    /// ```
    public func accepts(_ old: String, _ new: String) -> Bool {
        if old == new { return true }
        if let left = Decimal(string: old, locale: nil), let right = Decimal(string: new, locale: nil),
            !left.isNaN, !right.isNaN, left == right
        {
            return true
        }
        guard absolute > 0 || relative > 0, let left = Double(old), let right = Double(new) else { return false }
        let difference = abs(left - right)
        if difference <= absolute { return true }
        return difference <= relative * max(abs(left), abs(right))
    }

    /// `exact`, `±0.01`, `±0.1 %` or `±0.01 or ±0.1 %`.
    ///
    /// ```swift
    /// NumericTolerance.relative(0.001).description   // "±0.1 %"
    /// ```
    public var description: String {
        let absoluteText = "±\(JSONLineWriter.text(of: absolute))"
        let relativeText = "±\(JSONLineWriter.text(of: relative * 100)) %"
        switch (absolute > 0, relative > 0) {
        case (false, false): return "exact"
        case (true, false): return absoluteText
        case (false, true): return relativeText
        case (true, true): return absoluteText + " or " + relativeText
        }
    }
}
