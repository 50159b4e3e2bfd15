/// What a number generator knows about its values beyond their range: how many units make one whole amount
/// (100 for money with two decimals) and the boundaries the user declared. Random draws use it to propose
/// the values business rules break at: round amounts (1, 2, 5, 10, 20, 25, 50, 100 … and multiples of 5, 10,
/// 100, 1000), their neighbours one unit of the last digit away, and cents at .00, .005, .01 and .99.
struct NumberHints: Sendable {
    /// Units per whole amount (1 for integers, 10^scale for decimals).
    var one: Int128
    /// Declared boundaries, in units.
    var boundaries: [Int128]

    static let integers = NumberHints(one: 1, boundaries: [])

    /// A round value in (or near) `lower...upper`, in units, at most a million whole amounts (business
    /// thresholds are rarely larger); the caller clamps it.
    func roundValue(_ lower: Int128, _ upper: Int128, _ context: GenContext) -> Int128 {
        let largest = max(lower.magnitude, upper.magnitude) / one.magnitude
        let negative = lower < 0 && (upper <= 0 || context.random(upTo: 3) == 0)
        let whole: Int128
        switch context.random(upTo: 9) {
        case 0...5:
            whole = Self.ladderValue(upTo: min(Int128(largest), 1_000_000), context)
        case 6...7:
            let steps = largest >= 1_000 ? 4 : largest >= 100 ? 3 : largest >= 10 ? 2 : 1
            let step: Int128 = [5, 10, 100, 1_000][Int(context.random(upTo: UInt64(steps - 1)))]
            whole = step * Int128(context.random(upTo: UInt64(max(0, min(Int128(largest) / step, 20) - 1)))) + step
        default:
            whole = Int128(context.random(upTo: UInt64(min(largest, 1_000))))
        }
        var units = whole * one
        // Neighbours: one unit of the last digit either side, half a cent, .99 (the unit below the next whole).
        switch context.random(upTo: 9) {
        case 0...4: break
        case 5...6: units -= 1
        case 7: units += 1
        case 8: units += one.isMultiple(of: 200) ? one / 200 : 0
        default: units += one > 1 ? one - 1 : 0
        }
        return negative ? -units : units
    }

    /// A random value of the ladder 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 … up to `limit`
    /// (1 when `limit` < 1): a decade, then a factor of it (computed, not stored: this runs per draw).
    static func ladderValue(upTo limit: Int128, _ context: GenContext) -> Int128 {
        guard limit >= 1 else { return 1 }
        var decades: UInt64 = 0
        var power: Int128 = 1
        while power * 10 <= limit {
            power *= 10
            decades += 1
        }
        var scale: Int128 = 1
        for _ in 0..<context.random(upTo: decades) { scale *= 10 }
        let factors: (Int128, Int128, Int128, Int128) = (10, 20, 25, 50)
        var value: Int128
        switch context.random(upTo: 3) {
        case 0: value = factors.0 * scale / 10
        case 1: value = factors.1 * scale / 10
        case 2: value = scale >= 10 ? factors.2 * scale / 10 : 5 * scale
        default: value = factors.3 * scale / 10
        }
        if value > limit { value = scale }
        return value
    }
}
