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
            whole = Self.ladder(upTo: min(Int128(largest), 1_000_000)).randomElement(context)
        case 6...7:
            let steps: [Int128] = [5, 10, 100, 1_000].filter { $0 <= Int128(largest) }
            let step = steps.isEmpty ? 1 : steps.randomElement(context)
            whole = step * Int128(context.random(upTo: UInt64(min(Int128(largest) / step, 20)))) + step
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

    /// 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 … up to `limit` (at least `[1]`).
    static func ladder(upTo limit: Int128) -> [Int128] {
        var values: [Int128] = []
        var power: Int128 = 1
        while power <= limit, power < Int128(Int64.max) / 10 {
            for factor: Int128 in [1, 2, 5] where factor * power <= limit { values.append(factor * power) }
            if power >= 10, 25 * power / 10 <= limit { values.append(25 * power / 10) }
            power *= 10
        }
        return values.isEmpty ? [1] : values.sorted()
    }
}

extension Array {
    /// A random element, drawn from the context's unrecorded random source.
    fileprivate func randomElement(_ context: GenContext) -> Element {
        self[Int(context.random(upTo: UInt64(count - 1)))]
    }
}
