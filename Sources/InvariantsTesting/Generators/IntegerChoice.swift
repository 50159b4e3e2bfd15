/// How an integer in `lower...upper` is encoded as choices, and how random draws are biased.
///
/// A range on one side of zero is one choice: the distance from the bound nearest zero. A range that spans
/// zero is two choices, magnitude then sign (0 = positive), so 0 < 1 < -1 < 2 < -2 … in shortlex order and a
/// magnitude can move between choices without changing the structure of the sequence.
enum IntegerChoice {
    static func draw(
        _ lower: Int128, _ upper: Int128, hints: NumberHints = .integers, in context: GenContext
    ) throws -> Int128 {
        precondition(lower <= upper, "empty integer range")
        // The proposal goes straight into `choose`'s closure (called only while proposing): no forced buffer.
        var proposal: (UInt64, UInt64) = (0, 0)
        if context.isProposing {
            let proposed = propose(lower, upper, hints, context)
            if lower >= 0 {
                proposal.0 = UInt64(proposed - lower)
            } else if upper <= 0 {
                proposal.0 = UInt64(upper - proposed)
            } else {
                proposal = (UInt64(proposed.magnitude), proposed < 0 ? 1 : 0)
            }
        }
        context.recordInteger(IntegerNode(start: context.choices.count, lower: lower, upper: upper))
        let value: Int128
        if lower >= 0 {
            value = lower + Int128(try context.choose(upTo: UInt64(upper - lower)) { proposal.0 })
        } else if upper <= 0 {
            value = upper - Int128(try context.choose(upTo: UInt64(upper - lower)) { proposal.0 })
        } else {
            let magnitude = Int128(try context.choose(upTo: UInt64(max(upper, -lower))) { proposal.0 })
            let negative = try context.choose(upTo: 1) { proposal.1 } == 1
            if negative {
                value = magnitude <= -lower ? -magnitude : magnitude
            } else {
                value = magnitude <= upper ? magnitude : -magnitude
            }
        }
        context.rememberInteger(value, lower: lower, upper: upper)
        return value
    }

    /// The value `choices` stand for (the inverse of `encode`, with the same clamping as `draw`).
    static func decode(_ choices: ArraySlice<UInt64>, _ lower: Int128, _ upper: Int128) -> Int128 {
        let first = Int128(choices.first ?? 0)
        if lower >= 0 { return min(lower + first, upper) }
        if upper <= 0 { return max(upper - first, lower) }
        let magnitude = min(first, max(upper, -lower))
        let negative = choices.dropFirst().first == 1
        if negative { return magnitude <= -lower ? -magnitude : magnitude }
        return magnitude <= upper ? magnitude : -magnitude
    }

    static func encode(_ value: Int128, _ lower: Int128, _ upper: Int128) -> [UInt64] {
        if lower >= 0 { return [UInt64(value - lower)] }
        if upper <= 0 { return [UInt64(upper - value)] }
        return [UInt64(value.magnitude), value < 0 ? 1 : 0]
    }

    /// The random proposal: previous values (duplicates, ±1), declared boundaries, the range's bounds and
    /// small values, round business values (see ``NumberHints``), small, uniform and log-uniform values.
    static func propose(_ lower: Int128, _ upper: Int128, _ hints: NumberHints, _ context: GenContext) -> Int128 {
        func clamp(_ value: Int128) -> Int128 { min(max(value, lower), upper) }
        let anchor = clamp(0)
        let roll = context.random(upTo: 99)
        if roll < 20, let previous = context.previousInteger(lower: lower, upper: upper) {
            // A repeat, or a neighbour 1…4 away (most often 1): equal and near-equal pairs.
            guard roll >= 8 else { return previous }
            let distance = Int128(roll < 16 ? 1 : 1 + context.random(upTo: 3))
            return clamp(previous + (context.random(upTo: 1) == 0 ? distance : -distance))
        }
        if roll < 30, !hints.boundaries.isEmpty {
            let boundary = hints.boundaries[Int(context.random(upTo: UInt64(hints.boundaries.count - 1)))]
            return clamp(boundary + Int128(context.random(upTo: 2)) - 1)
        }
        if roll < 42 {
            // 0, ±1, 2, the bounds and their inner neighbours (redrawn when out of range; no array).
            for _ in 0..<8 {
                let special: Int128
                switch context.random(upTo: 7) {
                case 0: special = 0
                case 1: special = 1
                case 2: special = -1
                case 3: special = lower
                case 4: special = upper
                case 5: special = lower + 1
                case 6: special = upper - 1
                default: special = 2
                }
                if lower <= special && special <= upper { return special }
            }
            return anchor
        }
        if roll < 60 {
            return clamp(hints.roundValue(lower, upper, context))
        }
        let negative = context.random(upTo: 1) == 1
        let offset: Int128
        if roll < 72 {
            offset = Int128(context.random(upTo: 16))
        } else if roll < 85 {
            return lower + Int128(context.random(upTo: UInt64(upper - lower)))
        } else {
            let bits = context.random(upTo: 63) + 1
            offset = Int128(context.random(upTo: bits == 64 ? .max : (1 << bits) - 1))
        }
        return clamp(negative ? anchor - offset : anchor + offset)
    }
}
