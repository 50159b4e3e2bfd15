public import Foundation

extension Gen where Value == Decimal {
    /// `Decimal`s in `range` with exactly `scale` fractional digits (money: `scale: 2`), shrinking toward the
    /// value nearest zero. Bounds, 0, ± one unit of the last digit, round amounts (1, 5, 10, 20, 25, 50, 100 …,
    /// multiples of 5, 10, 100, 1000), their neighbours and cents at .00, .005, .01 and .99 are drawn often,
    /// as are values drawn earlier in the same case. `boundaries` adds values the rules are known to turn at
    /// (and their neighbours), an opt-in supplement to the round amounts.
    ///
    /// ```swift
    /// let price = Gen.decimal(in: 0...10_000, scale: 2)      // 0.00 … 10000.00
    /// let subtotal = Gen.decimal(in: 0...500, scale: 2, boundaries: [50])
    /// ```
    public static func decimal(
        in range: ClosedRange<Decimal>, scale: Int = 2, boundaries: [Decimal] = []
    ) -> Gen<Decimal> {
        precondition((0...18).contains(scale), "scale must be in 0...18")
        let lower = units(range.lowerBound, scale: scale, rounding: .up)
        let upper = units(range.upperBound, scale: scale, rounding: .down)
        precondition(lower <= upper, "no value with scale \(scale) in \(range)")
        let one = (0..<scale).reduce(Int128(1)) { value, _ in value * 10 }
        let hints = NumberHints(one: one, boundaries: boundaries.map { units($0, scale: scale, rounding: .plain) })
        return Gen { context in make(try IntegerChoice.draw(lower, upper, hints: hints, in: context), scale: scale) }
    }

    /// Any `Decimal` made of a 64-bit significand and 0 to 8 fractional digits: tiny (1e-8), huge (≈ 9.2e18),
    /// 0 and ±1 are drawn often.
    ///
    /// ```swift
    /// Property(over: .decimal).check { $0 + 0 == $0 }
    /// ```
    public static var decimal: Gen<Decimal> {
        Gen { context in
            let scale = try IntegerChoice.draw(0, 8, in: context)
            let units = try IntegerChoice.draw(Int128(Int64.min), Int128(Int64.max), in: context)
            return make(units, scale: Int(scale))
        }
    }

    static func make(_ units: Int128, scale: Int) -> Decimal {
        Decimal(
            sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(UInt64(units.magnitude))
        )
    }

    static func units(_ value: Decimal, scale: Int, rounding: Decimal.RoundingMode) -> Int128 {
        var scaled = value * Decimal(sign: .plus, exponent: scale, significand: 1)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, rounding)
        let limit = Decimal(Int64.max)
        rounded = min(max(rounded, -limit), limit)
        return Int128(NSDecimalNumber(decimal: rounded).int64Value)
    }
}
