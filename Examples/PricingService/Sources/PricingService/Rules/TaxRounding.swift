/// An independent statement of correct tax rounding, used by the rules: it does not call the engine's
/// rounding code, so a bug there cannot hide itself.
///
/// ```swift
/// TaxRounding.isCorrect(tax: 4, net: 50, rate: 900, rounding: .halfEven)   // true: 4.5 → 4
/// TaxRounding.isCorrect(tax: 5, net: 50, rate: 900, rounding: .halfEven)   // false
/// ```
public enum TaxRounding {
    /// Whether `tax` is `net × rate / 10_000` rounded to a whole minor unit with `rounding`: at most half
    /// a unit away from the exact amount, and on an exact tie, the neighbour the mode picks.
    public static func isCorrect(tax: Int, net: Int, rate: Int, rounding: RoundingMode) -> Bool {
        let exact = Int128(net) * Int128(rate)  // in 1/10_000 of a minor unit
        let error = Int128(tax) * 10_000 - exact
        if error.magnitude > 5_000 { return false }
        if error.magnitude < 5_000 { return true }
        switch rounding {
        case .halfUp: return error > 0
        case .halfEven: return tax.isMultiple(of: 2)
        }
    }
}
