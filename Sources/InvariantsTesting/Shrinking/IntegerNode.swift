/// Where an integer was drawn in a choice sequence, and its range.
struct IntegerNode: Sendable, Equatable {
    let start: Int
    let lower: Int128
    let upper: Int128

    /// One choice for a range on one side of zero, two (magnitude, sign) for a range that spans it.
    var width: Int { lower < 0 && upper > 0 ? 2 : 1 }

    /// The value nearest zero in the range: where this integer shrinks to.
    var anchor: Int128 { min(max(0, lower), upper) }

    func value(in choices: [UInt64]) -> Int128? {
        guard start + width <= choices.count else { return nil }
        return IntegerChoice.decode(choices[start..<start + width], lower, upper)
    }

    /// `choices` with this integer set to `value` (`nil` when out of range).
    func replacing(with value: Int128, in choices: [UInt64]) -> [UInt64]? {
        guard lower <= value, value <= upper, start + width <= choices.count else { return nil }
        var result = choices
        result.replaceSubrange(start..<start + width, with: IntegerChoice.encode(value, lower, upper))
        return result
    }
}
