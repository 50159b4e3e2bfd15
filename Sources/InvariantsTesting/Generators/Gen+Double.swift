extension Gen where Value == Double {
    /// Finite `Double`s in `range`. Three choices per value: a kind (whole number, special, uniform,
    /// log-scale), then its payload. Specials are 0, ±1, ±0.5, the bounds, the tiniest and the hugest
    /// magnitudes; values shrink toward small whole numbers, then toward the special nearest zero.
    ///
    /// ```swift
    /// let ratio = Gen.double(in: 0...1)
    /// ```
    public static func double(in range: ClosedRange<Double>) -> Gen<Double> {
        precondition(range.lowerBound.isFinite && range.upperBound.isFinite, "Gen.double needs a finite range")
        let lower = range.lowerBound
        let upper = range.upperBound
        let candidates: [Double] = [
            0, 1, -1, 0.5, -0.5, lower, upper, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-9, 1e15, -1e15,
        ]
        var inRange: [Double] = []
        for value in candidates where range.contains(value) && !inRange.contains(value) { inRange.append(value) }
        let specials = inRange.sorted { abs($0) < abs($1) || (abs($0) == abs($1) && $0 > $1) }
        let wholeLower = max(lower.rounded(.up), -0x1p53)
        let wholeUpper = min(upper.rounded(.down), 0x1p53)
        let specialsLast = UInt64(specials.count - 1)
        return Gen { context in
            let kind = try context.choose(upTo: 3) {
                let roll = context.random(upTo: 99)
                return roll < 30 ? 0 : roll < 55 ? 1 : roll < 75 ? 2 : 3
            }
            switch kind {
            case 0 where wholeLower <= wholeUpper:
                let value = try IntegerChoice.draw(Int128(wholeLower), Int128(wholeUpper), in: context)
                if wholeLower >= 0 || wholeUpper <= 0 { _ = try context.choose(upTo: 1) }
                return Double(value)
            case 1, 0:
                let index = try context.choose(upTo: specialsLast) { context.random(upTo: specialsLast) }
                _ = try context.choose(upTo: 1)
                return specials[Int(index)]
            case 2:
                let step = try context.choose(upTo: 1 << 53) { context.random(upTo: 1 << 53) }
                _ = try context.choose(upTo: 1)
                let fraction = Double(step) * 0x1p-53
                let value = lower + (upper - lower) * fraction
                return min(max(value.isFinite ? value : lower * (1 - fraction) + upper * fraction, lower), upper)
            default:
                let exponent = try context.choose(upTo: 2_000) { context.random(upTo: 2_000) }
                let negative = try context.choose(upTo: 1) { context.random(upTo: 1) } == 1
                let magnitude = Double(sign: .plus, exponent: Int(exponent) - 1_000, significand: 1)
                return min(max(negative ? -magnitude : magnitude, lower), upper)
            }
        }
    }

    /// Any finite `Double`, boundary values included (0, ±1, tiny, huge).
    ///
    /// ```swift
    /// Property(over: .double).check { $0 * 0 == 0 }
    /// ```
    public static var double: Gen<Double> {
        double(in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude)
    }
}
