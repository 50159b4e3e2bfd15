/// How an amount that falls between two minor units is rounded.
///
/// ```swift
/// RoundingMode.halfEven.divide(25, by: 10)   // 2  (2.5 goes to the even neighbour)
/// RoundingMode.halfUp.divide(25, by: 10)     // 3
/// ```
public enum RoundingMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ties go away from zero: 2.5 → 3. What most tills and US invoices do.
    case halfUp
    /// Ties go to the even neighbour ("banker's rounding"): 2.5 → 2, 3.5 → 4. No upward drift over many lines.
    case halfEven

    /// `numerator / denominator`, rounded to a whole number with this mode.
    ///
    /// ```swift
    /// RoundingMode.halfEven.divide(35, by: 10)   // 4
    /// ```
    ///
    /// - Precondition: `numerator >= 0` and `denominator > 0`.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(numerator >= 0 && denominator > 0, "RoundingMode.divide needs a non-negative ratio")
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = remainder * 2
        if twice < denominator { return quotient }
        if twice > denominator { return quotient + 1 }
        switch self {
        case .halfUp: return quotient + 1
        case .halfEven: return quotient.isMultiple(of: 2) ? quotient : quotient + 1
        }
    }
}
