public import Foundation

extension Gen where Value == Date {
    /// Dates in `range` at millisecond precision, shrinking toward the lower bound; both bounds are drawn often.
    ///
    /// ```swift
    /// let due = Gen.date(in: Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 2_000_000_000))
    /// ```
    public static func date(in range: ClosedRange<Date>) -> Gen<Date> {
        let lower = Int128((range.lowerBound.timeIntervalSince1970 * 1_000).rounded(.up))
        let upper = Int128((range.upperBound.timeIntervalSince1970 * 1_000).rounded(.down))
        return Gen { context in
            let offset = try IntegerChoice.draw(0, upper - lower, in: context)
            return Date(timeIntervalSince1970: Double(lower + offset) / 1_000)
        }
    }

    /// Dates from 1970-01-01 to 2100-01-01 (UTC).
    ///
    /// ```swift
    /// Property(over: .date).check { $0.timeIntervalSince1970 >= 0 }
    /// ```
    public static var date: Gen<Date> {
        date(in: Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 4_102_444_800))
    }
}
